package org.jvirgl.sys;

/** A failed Linux system call, with its errno. */
public final class LinuxException extends RuntimeException {
    private final int errno;

    public LinuxException(String call, int errno) {
        super(call + " failed: errno " + errno);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
