package org.jvirgl.vtest.session;

import java.io.IOException;
import java.lang.foreign.MemorySegment;

/**
 * The byte stream a session talks over: a client socket, a replay file, or a test double.
 * Only {@link #interrupt()} may be called from another thread.
 */
public interface Transport extends AutoCloseable {

    /** Reads what is available into {@code buffer}, blocking for at least one byte; 0 at end of stream. */
    long read(MemorySegment buffer) throws IOException;

    void write(MemorySegment bytes) throws IOException;

    /** Sends the one-byte descriptor message; a negative fd sends the byte without a descriptor. */
    void sendFd(int fd) throws IOException;

    /** Wakes a blocked {@link #read} so the session ends (used by server shutdown). */
    void interrupt();

    @Override
    void close();
}
