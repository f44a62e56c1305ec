package org.jvirgl.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A listening {@code AF_UNIX} socket bound to a path. {@link #accept()} waits in {@code poll}
 * on the socket and a wake-up eventfd, so {@link #stop()} (from a shutdown hook or another
 * thread) ends the accept loop promptly without closing a descriptor under a blocked call.
 */
public final class UnixListener implements AutoCloseable {
    private static final long POLLFD_SIZE = Libc.POLLFD.byteSize();

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
        String staging = path + ".binding-" + ProcessHandle.current().pid();
        if (!SocketAddress.fits(staging)) {
            staging = path; // no room for a longer name: bind in place
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment address = SocketAddress.of(arena, staging);
            int fd = (int) UnixException.check("socket",
                    Libc.socket(Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0));
            try {
                if (!staging.equals(path)) {
                    Libc.unlink(staging);
                }
                UnixException.check("bind(" + staging + ")", Libc.bind(fd, address));
                UnixException.check("listen", Libc.listen(fd, backlog));
                if (!staging.equals(path)) {
                    UnixException.check("rename(" + staging + ", " + path + ")", Libc.rename(staging, path));
                }
                return new UnixListener(path, fd, new EventFd());
            } catch (UnixException | LinuxException e) {
                if (!staging.equals(path)) {
                    Libc.unlink(staging);
                }
                Libc.close(fd);
                throw e;
            }
        }
    }

    public String path() {
        return path;
    }

    /** The next client, or null once {@link #stop()} was called. */
    public UnixSocket accept() throws UnixException {
        return accept(-1);
    }

    /**
     * The next client, or null once {@link #stop()} was called or when none came within
     * {@code timeoutMillis} (negative: wait until one comes or {@link #stop()}).
     */
    public UnixSocket accept(int timeoutMillis) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(Libc.POLLFD, 2);
            fds.set(ValueLayout.JAVA_INT, 0, fd);
            fds.set(ValueLayout.JAVA_SHORT, 4, Libc.POLLIN);
            fds.set(ValueLayout.JAVA_INT, POLLFD_SIZE, wake.fd());
            fds.set(ValueLayout.JAVA_SHORT, POLLFD_SIZE + 4, Libc.POLLIN);
            while (!stopped) {
                int ready = Libc.poll(fds, 2, timeoutMillis);
                if (ready == -Libc.EINTR) {
                    continue;
                }
                UnixException.check("poll", ready);
                if (stopped || ready == 0 || fds.get(ValueLayout.JAVA_SHORT, POLLFD_SIZE + 6) != 0) {
                    return null;
                }
                if (fds.get(ValueLayout.JAVA_SHORT, 6) != 0) {
                    return new UnixSocket((int) UnixException.check("accept4", Libc.accept(fd)));
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
