package org.jvirgl.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A non-blocking eventfd: a counter that makes the descriptor readable while it is non-zero.
 * {@link #signal()} may be called from any thread; {@link #drain()} resets it.
 */
public final class EventFd implements AutoCloseable {
    private final int fd;
    private volatile boolean closed;

    public EventFd() {
        this.fd = Libc.eventfd(0, Libc.EFD_CLOEXEC | Libc.EFD_NONBLOCK);
    }

    public int fd() {
        return closed ? -1 : fd;
    }

    /** Adds one to the counter (wakes pollers). */
    public void signal() {
        if (closed) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(ValueLayout.JAVA_LONG);
            one.set(ValueLayout.JAVA_LONG, 0, 1L);
            Libc.write(fd, one); // EAGAIN only when the counter is saturated: still readable then
        }
    }

    /** Resets the counter; returns the value it had (0 if it was not signalled). */
    public long drain() {
        if (closed) {
            return 0;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocate(ValueLayout.JAVA_LONG);
            long n = Libc.read(fd, value);
            return n == 8 ? value.get(ValueLayout.JAVA_LONG, 0) : 0;
        }
    }

    /** Whether a poll(2) would report the descriptor readable within {@code timeoutMillis}. */
    public boolean awaitReadable(int timeoutMillis) {
        return !closed && (Libc.pollOne(fd, Libc.POLLIN, timeoutMillis) & Libc.POLLIN) != 0;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
