package org.jvirgl.vtest.session;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.jvirgl.vtest.protocol.VtestCommand;

/** Encodes replies (little-endian dwords) onto the transport, counting what goes out. */
final class Replies {
    private static final ValueLayout.OfInt LE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int ZERO_CHUNK = 64 * 1024;

    private final Transport transport;
    private final SessionStats stats;

    Replies(Transport transport, SessionStats stats) {
        this.transport = transport;
        this.stats = stats;
    }

    /** The usual reply: header {@code [payload dwords, id]} then the payload. */
    void send(VtestCommand command, int... payload) throws IOException {
        sendHeaderThen(payload.length, command.id(), payload);
    }

    /** A header whose length is not a dword count (caps replies count bytes + 1), then dwords. */
    void sendHeaderThen(int length, int id, int... payload) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(8L + 4L * payload.length, 4);
            out.set(LE_INT, 0, length);
            out.set(LE_INT, 4, id);
            for (int i = 0; i < payload.length; i++) {
                out.set(LE_INT, 8 + 4L * i, payload[i]);
            }
            write(out);
        }
    }

    void sendBytes(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(bytes.length);
            MemorySegment.copy(bytes, 0, out, ValueLayout.JAVA_BYTE, 0, bytes.length);
            write(out);
        }
    }

    void sendBytes(MemorySegment bytes) throws IOException {
        if (bytes.byteSize() > 0) {
            write(bytes);
        }
    }

    /** Streams {@code count} zero bytes without allocating them all (a refused v0 readback). */
    void sendZeros(long count) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment zeros = arena.allocate(Math.max(1, Math.min(count, ZERO_CHUNK)));
            long left = count;
            while (left > 0) {
                long n = Math.min(left, zeros.byteSize());
                write(zeros.asSlice(0, n));
                left -= n;
            }
        }
    }

    /** The one-byte descriptor message; -1 sends the byte alone so the client stays in step. */
    void sendFd(int fd) throws IOException {
        transport.sendFd(fd);
        stats.bytesOut(1);
        if (fd >= 0) {
            stats.fdSent();
        }
    }

    private void write(MemorySegment bytes) throws IOException {
        transport.write(bytes);
        stats.bytesOut(bytes.byteSize());
    }
}
