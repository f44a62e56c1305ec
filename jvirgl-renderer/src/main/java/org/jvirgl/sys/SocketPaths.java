package org.jvirgl.sys;

/** What is at a socket path before we bind it. */
public final class SocketPaths {
    private SocketPaths() {
    }

    /** The state of a would-be listening path. */
    public enum State {
        /** Nothing there. */
        FREE,
        /** A socket file no process listens on (a crashed server's leftover); safe to remove. */
        STALE,
        /** Another server accepted our probe connection. */
        IN_USE
    }

    /** Probes {@code path} by connecting to it, as a client would. */
    public static State probe(String path) {
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return State.FREE; // the usual case; spares linking socket/connect before listening
        }
        try (UnixSocket ignored = UnixSocket.connect(path)) {
            return State.IN_USE;
        } catch (UnixException e) {
            return e.errno() == Libc.ENOENT ? State.FREE : State.STALE;
        }
    }

    /** Removes a stale socket file; returns errno (0 on success or if it was already gone). */
    public static int removeStale(String path) {
        int result = Libc.unlink(path);
        return result == 0 || result == -Libc.ENOENT ? 0 : -result;
    }
}
