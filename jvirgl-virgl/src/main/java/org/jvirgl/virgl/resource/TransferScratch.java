package org.jvirgl.virgl.resource;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Reusable native staging memory for transfers that cannot go straight between guest memory
 * and GL (multi-segment iovs, row inversion, depth conversion, compressed formats). One per
 * backend, used from the owner thread only. Large one-off needs get their own arena so the
 * kept buffer stays bounded.
 */
public final class TransferScratch implements AutoCloseable {

    private static final long KEEP_LIMIT = 64L << 20;

    private Arena arena = Arena.ofShared();
    private MemorySegment buffer = MemorySegment.NULL;

    /** A lease on at least {@code size} bytes; close it when the transfer is done. */
    Lease lease(long size) {
        if (size > KEEP_LIMIT) {
            Arena oneOff = Arena.ofConfined();
            return new Lease(oneOff.allocate(size, 16), oneOff);
        }
        if (buffer.byteSize() < size) {
            arena.close();
            arena = Arena.ofShared();
            buffer = arena.allocate(Math.max(size, Math.min(KEEP_LIMIT, buffer.byteSize() * 2)), 16);
        }
        return new Lease(buffer.asSlice(0, size), null);
    }

    @Override
    public void close() {
        arena.close();
        buffer = MemorySegment.NULL;
    }

    /** Staging memory for one transfer. */
    record Lease(MemorySegment memory, Arena own) implements AutoCloseable {
        @Override
        public void close() {
            if (own != null) {
                own.close();
            }
        }
    }
}
