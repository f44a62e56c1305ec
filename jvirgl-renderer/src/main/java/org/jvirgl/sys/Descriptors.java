package org.jvirgl.sys;

import java.lang.foreign.MemorySegment;

/** Plain descriptor operations: open, close, a read and readiness. */
public final class Descriptors {
    private Descriptors() {
    }

    /** Opens a file read-only (e.g. a recorded stream to replay). */
    public static int openReadOnly(String path) throws UnixException {
        return (int) UnixException.check("open(" + path + ")", Libc.open(path, Libc.O_RDONLY | Libc.O_CLOEXEC));
    }

    /** Opens a device read/write (e.g. a DRM render node). */
    public static int openReadWrite(String path) throws UnixException {
        return (int) UnixException.check("open(" + path + ")", Libc.open(path, Libc.O_RDWR | Libc.O_CLOEXEC));
    }

    public static void close(int fd) {
        Libc.close(fd);
    }

    /** read(2) into {@code buffer}; 0 at end of file. */
    public static long read(int fd, MemorySegment buffer) throws UnixException {
        return UnixException.check("read", Libc.read(fd, buffer));
    }

    /** Waits until {@code fd} is readable or {@code timeoutMillis} passes (negative = forever). */
    public static boolean awaitReadable(int fd, int timeoutMillis) {
        return Libc.pollOne(fd, Libc.POLLIN, timeoutMillis) != 0;
    }
}
