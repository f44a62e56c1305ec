package org.jvirgl.vtest.server;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.vtest.session.Transport;

/**
 * Replays a recorded client byte stream (upstream's {@code VTEST_SAVE} format: every byte the
 * client sent). Replies and descriptors go nowhere, as upstream sends them to /dev/null.
 */
final class ReplayTransport implements Transport {
    private final int fd;
    private volatile boolean interrupted;

    ReplayTransport(int fd) {
        this.fd = fd;
    }

    @Override
    public long read(MemorySegment buffer) throws IOException {
        return interrupted ? 0 : Descriptors.read(fd, buffer);
    }

    @Override
    public void write(MemorySegment bytes) {
    }

    @Override
    public void sendFd(int passedFd) {
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }

    @Override
    public void close() {
        Descriptors.close(fd);
    }
}
