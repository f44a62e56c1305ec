package org.jvirgl.virgl.resource;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * Guest memory as a list of segments (an iovec array): sizes, contiguous views and
 * gather/scatter copies. Offsets are byte offsets into the concatenation of the segments.
 */
final class GuestIov {

    private GuestIov() {
    }

    static long totalSize(List<MemorySegment> iov) {
        long total = 0;
        for (MemorySegment s : iov) {
            total += s.byteSize();
        }
        return total;
    }

    /**
     * The native memory holding {@code [offset, offset + length)} if it lies inside one native
     * segment (so GL can read or write it in place), else null.
     */
    static MemorySegment contiguous(List<MemorySegment> iov, long offset, long length) {
        long base = 0;
        for (MemorySegment s : iov) {
            long size = s.byteSize();
            if (offset < base + size) {
                long start = offset - base;
                return s.isNative() && start + length <= size ? s.asSlice(start, length) : null;
            }
            base += size;
        }
        return null;
    }

    /** Copies {@code length} guest bytes from {@code offset} into {@code dst} at {@code dstOffset}. */
    static void gather(List<MemorySegment> iov, long offset, MemorySegment dst, long dstOffset, long length) {
        long base = 0;
        for (MemorySegment s : iov) {
            long size = s.byteSize();
            if (length == 0) {
                return;
            }
            if (offset < base + size) {
                long start = offset - base;
                long n = Math.min(size - start, length);
                MemorySegment.copy(s, start, dst, dstOffset, n);
                offset += n;
                dstOffset += n;
                length -= n;
            }
            base += size;
        }
        if (length != 0) {
            throw new IndexOutOfBoundsException("guest iov ends before the transfer does");
        }
    }

    /** Copies {@code length} bytes of {@code src} from {@code srcOffset} into the guest at {@code offset}. */
    static void scatter(MemorySegment src, long srcOffset, List<MemorySegment> iov, long offset, long length) {
        long base = 0;
        for (MemorySegment s : iov) {
            long size = s.byteSize();
            if (length == 0) {
                return;
            }
            if (offset < base + size) {
                long start = offset - base;
                long n = Math.min(size - start, length);
                MemorySegment.copy(src, srcOffset, s, start, n);
                offset += n;
                srcOffset += n;
                length -= n;
            }
            base += size;
        }
        if (length != 0) {
            throw new IndexOutOfBoundsException("guest iov ends before the transfer does");
        }
    }
}
