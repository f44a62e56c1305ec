package org.jvirgl.vtest.unix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Plain descriptor operations: open, close, readiness and a non-blocking drain. */
public final class Descriptors {
    private Descriptors() {
    }

    /** Opens a file read-only (replay input). */
    public static int openReadOnly(String path) throws UnixException {
        return Libc.open(path, Libc.O_RDONLY | Libc.O_CLOEXEC);
    }

    /** Opens a device read/write (a DRM render node). */
    public static int openReadWrite(String path) throws UnixException {
        return Libc.open(path, Libc.O_RDWR | Libc.O_CLOEXEC);
    }

    public static void close(int fd) {
        Libc.close(fd);
    }

    /** read(2) into {@code buffer}; 0 at end of file. */
    public static long read(int fd, MemorySegment buffer) throws UnixException {
        return Libc.read(fd, buffer);
    }

    /** Waits until {@code fd} is readable or {@code timeoutMs} passes (-1 = forever); true if readable. */
    public static boolean awaitReadable(int fd, int timeoutMs) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pollfd = arena.allocate(8, 4);
            pollfd.set(ValueLayout.JAVA_INT, 0, fd);
            pollfd.set(ValueLayout.JAVA_SHORT, 4, Libc.POLLIN);
            return Libc.poll(pollfd, 1, timeoutMs) > 0;
        }
    }
}
