package org.jvirgl.sys;

import java.io.IOException;

/**
 * A failed socket or file call, with its errno so callers can tell "peer gone" from real
 * faults. Checked, unlike {@link LinuxException}: a vanished peer is an expected outcome.
 */
public final class UnixException extends IOException {
    private final int errno;

    public UnixException(String call, int errno) {
        super(call + " failed: " + Libc.describe(errno) + " (errno " + errno + ")");
        this.errno = errno;
    }

    /** Throws for a raw {@link Libc} result that is {@code -errno}; returns it otherwise. */
    static long check(String call, long result) throws UnixException {
        if (result < 0) {
            throw new UnixException(call, (int) -result);
        }
        return result;
    }

    public int errno() {
        return errno;
    }
}
