package org.jvirgl.vtest.unix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** An eventfd: a wake-up for the accept loop and the pollable descriptor SYNC_WAIT hands to clients. */
public final class EventFd implements AutoCloseable {
    private final int fd;
    private boolean closed;

    private EventFd(int fd) {
        this.fd = fd;
    }

    public static EventFd create(boolean nonBlocking) throws UnixException {
        return new EventFd(Libc.eventfd(Libc.EFD_CLOEXEC | (nonBlocking ? Libc.EFD_NONBLOCK : 0)));
    }

    public int fd() {
        return fd;
    }

    /** Adds one to the counter, making the descriptor readable. Never blocks in practice. */
    public void signal() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(ValueLayout.JAVA_LONG);
            one.set(ValueLayout.JAVA_LONG, 0, 1L);
            Libc.writeFully(fd, one, false);
        } catch (UnixException e) {
            // EAGAIN means the counter is saturated: it is readable already, which is all we want.
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
