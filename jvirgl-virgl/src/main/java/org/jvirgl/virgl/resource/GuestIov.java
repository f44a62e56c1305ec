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
        walk(iov, offset, length,
                (guest, guestStart, done, n) -> MemorySegment.copy(guest, guestStart, dst, dstOffset + done, n));
    }

    /** Copies {@code length} bytes of {@code src} from {@code srcOffset} into the guest at {@code offset}. */
    static void scatter(MemorySegment src, long srcOffset, List<MemorySegment> iov, long offset, long length) {
        walk(iov, offset, length,
                (guest, guestStart, done, n) -> MemorySegment.copy(src, srcOffset + done, guest, guestStart, n));
    }

    /** {@code n} bytes at {@code guestStart} of {@code guest}, {@code done} bytes into the walked range. */
    @FunctionalInterface
    interface Piece {
        void copy(MemorySegment guest, long guestStart, long done, long n);
    }

    /**
     * Visits the pieces of {@code [offset, offset + length)} in order, one per segment it touches;
     * throws IndexOutOfBoundsException when the segments end first (callers check the span).
     */
    static void walk(List<MemorySegment> iov, long offset, long length, Piece piece) {
        long base = 0;
        long done = 0;
        for (MemorySegment s : iov) {
            if (done == length) {
                return;
            }
            long size = s.byteSize();
            long at = offset + done;
            if (at < base + size) {
                long start = at - base;
                long n = Math.min(size - start, length - done);
                piece.copy(s, start, done, n);
                done += n;
            }
            base += size;
        }
        if (done != length) {
            throw new IndexOutOfBoundsException("guest iov ends before the transfer does");
        }
    }
}
