package org.jvirgl.vtest.unix;

import java.io.IOException;

/** A failed Linux call, carrying its errno so callers can tell "peer gone" from real faults. */
public final class UnixException extends IOException {
    private final int errno;

    public UnixException(String call, int errno) {
        super(call + " failed: " + Libc.describe(errno) + " (errno " + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
