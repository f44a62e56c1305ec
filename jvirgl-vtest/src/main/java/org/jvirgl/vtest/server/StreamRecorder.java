package org.jvirgl.vtest.server;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code VTEST_SAVE}: appends every byte clients send to one file, truncated once when the server
 * starts, as upstream does. The file replays with {@code jvirgl vtest <file>}. Shared by all
 * sessions; appends are serialised so concurrent clients do not interleave mid-read.
 */
final class StreamRecorder implements AutoCloseable {
    private final FileChannel channel;

    StreamRecorder(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    synchronized void record(MemorySegment bytes) throws IOException {
        var buffer = bytes.asByteBuffer();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
