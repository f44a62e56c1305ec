package org.jvirgl.vtest.server;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import org.jvirgl.sys.UnixSocket;
import org.jvirgl.vtest.session.Transport;

/** A session over an accepted client socket. */
final class SocketTransport implements Transport {
    private final UnixSocket socket;

    SocketTransport(UnixSocket socket) {
        this.socket = socket;
    }

    @Override
    public long read(MemorySegment buffer) throws IOException {
        return socket.read(buffer);
    }

    @Override
    public void write(MemorySegment bytes) throws IOException {
        socket.write(bytes);
    }

    @Override
    public void sendFd(int fd) throws IOException {
        socket.sendFd(fd);
    }

    @Override
    public void interrupt() {
        socket.shutdown();
    }

    @Override
    public void close() {
        socket.close();
    }
}
