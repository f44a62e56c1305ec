package org.jvirgl.sys;

/**
 * A failed Linux call that only fails when something is exhausted or misused (eventfd, memfd,
 * mmap, dup), with its errno. Descriptor I/O a peer can break throws {@link UnixException}.
 */
public final class LinuxException extends RuntimeException {
    private final int errno;

    public LinuxException(String call, int errno) {
        super(call + " failed: " + Libc.describe(errno) + " (errno " + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
