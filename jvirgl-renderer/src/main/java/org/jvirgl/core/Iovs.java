package org.jvirgl.core;

import java.lang.foreign.MemorySegment;
import java.util.List;

/** Helpers for guest backing given as a list of segments (the Java form of an iovec array). */
final class Iovs {
    private Iovs() {
    }

    /** Total bytes, saturating instead of overflowing. */
    static long size(List<MemorySegment> iov) {
        long total = 0;
        for (MemorySegment s : iov) {
            total += s.byteSize();
            if (total < 0) {
                return Long.MAX_VALUE;
            }
        }
        return total;
    }

    /** A defensive copy that rejects null entries (caller error, not guest input). */
    static List<MemorySegment> copy(List<MemorySegment> iov) {
        return iov == null ? List.of() : List.copyOf(iov);
    }
}
