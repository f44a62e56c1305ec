package org.jvirgl.vtest.server;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import org.jvirgl.vtest.session.Transport;

/** A transport decorator that records what the client sends (see {@link StreamRecorder}). */
final class RecordingTransport implements Transport {
    private final Transport inner;
    private final StreamRecorder recorder;

    RecordingTransport(Transport inner, StreamRecorder recorder) {
        this.inner = inner;
        this.recorder = recorder;
    }

    @Override
    public long read(MemorySegment buffer) throws IOException {
        long n = inner.read(buffer);
        if (n > 0) {
            recorder.record(buffer.asSlice(0, n));
        }
        return n;
    }

    @Override
    public void write(MemorySegment bytes) throws IOException {
        inner.write(bytes);
    }

    @Override
    public void sendFd(int fd) throws IOException {
        inner.sendFd(fd);
    }

    @Override
    public void interrupt() {
        inner.interrupt();
    }

    @Override
    public void close() {
        inner.close();
    }
}
