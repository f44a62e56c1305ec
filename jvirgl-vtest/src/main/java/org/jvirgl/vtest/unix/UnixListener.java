package org.jvirgl.vtest.unix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A listening {@code AF_UNIX} socket bound to a path. {@link #accept()} waits in {@code poll}
 * on the socket and a wake-up eventfd, so {@link #stop()} (from a shutdown hook or another
 * thread) ends the accept loop promptly without closing a descriptor under a blocked call.
 */
public final class UnixListener implements AutoCloseable {
    private final String path;
    private final int fd;
    private final EventFd wake;
    private volatile boolean stopped;
    private boolean closed;

    private UnixListener(String path, int fd, EventFd wake) {
        this.path = path;
        this.fd = fd;
        this.wake = wake;
    }

    /**
     * Binds and listens at {@code path} (which should not exist; see {@link SocketPaths}). The socket
     * is bound under a temporary name and renamed into place once it listens, so a client that
     * sees the path never meets a socket that refuses it (Mesa's client aborts on that).
     */
    public static UnixListener bind(String path, int backlog) throws UnixException {
        int fd = Libc.socket(Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0);
        String staging = path + ".binding-" + ProcessHandle.current().pid();
        if (staging.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= Libc.SUN_PATH_MAX) {
            staging = path; // no room for a longer name: bind in place
        }
        try {
            if (!staging.equals(path)) {
                Libc.unlink(staging);
            }
            Libc.bind(fd, staging);
            Libc.listen(fd, backlog);
            if (!staging.equals(path)) {
                Libc.rename(staging, path);
            }
            return new UnixListener(path, fd, EventFd.create(false));
        } catch (UnixException e) {
            if (!staging.equals(path)) {
                Libc.unlink(staging);
            }
            Libc.close(fd);
            throw e;
        }
    }

    public String path() {
        return path;
    }

    /** The next client, or null once {@link #stop()} was called. */
    public UnixSocket accept() throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(16, 4);
            fds.set(ValueLayout.JAVA_INT, 0, fd);
            fds.set(ValueLayout.JAVA_SHORT, 4, Libc.POLLIN);
            fds.set(ValueLayout.JAVA_INT, 8, wake.fd());
            fds.set(ValueLayout.JAVA_SHORT, 12, Libc.POLLIN);
            while (!stopped) {
                fds.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
                fds.set(ValueLayout.JAVA_SHORT, 14, (short) 0);
                Libc.poll(fds, 2, -1);
                if (stopped || fds.get(ValueLayout.JAVA_SHORT, 14) != 0) {
                    return null;
                }
                if (fds.get(ValueLayout.JAVA_SHORT, 6) != 0) {
                    return new UnixSocket(Libc.accept(fd));
                }
            }
            return null;
        }
    }

    /** Makes {@link #accept()} return null; safe from any thread, including shutdown hooks. */
    public void stop() {
        stopped = true;
        wake.signal();
    }

    /** Closes the socket and removes its path. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopped = true;
        Libc.close(fd);
        Libc.unlink(path);
        wake.close();
    }
}
