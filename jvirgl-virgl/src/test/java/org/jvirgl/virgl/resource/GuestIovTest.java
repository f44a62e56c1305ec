package org.jvirgl.virgl.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuestIovTest {
    private final Arena arena = Arena.ofAuto();

    private List<MemorySegment> threeSegments() {
        List<MemorySegment> iov = List.of(arena.allocate(3), arena.allocate(1), arena.allocate(4));
        byte value = 0;
        for (MemorySegment s : iov) {
            for (long i = 0; i < s.byteSize(); i++) {
                s.set(ValueLayout.JAVA_BYTE, i, value++);
            }
        }
        return iov;
    }

    @Test
    void aGatherAcrossSegmentBoundariesReadsTheConcatenatedBytes() {
        MemorySegment dst = arena.allocate(8);
        GuestIov.gather(threeSegments(), 2, dst, 1, 5);
        assertThat(dst.toArray(ValueLayout.JAVA_BYTE)).containsExactly(0, 2, 3, 4, 5, 6, 0, 0);
    }

    @Test
    void aScatterAcrossSegmentBoundariesWritesWhereAGatherReads() {
        List<MemorySegment> iov = threeSegments();
        MemorySegment src = arena.allocate(6);
        src.copyFrom(MemorySegment.ofArray(new byte[] {10, 11, 12, 13, 14, 15}));
        GuestIov.scatter(src, 1, iov, 1, 5);
        MemorySegment all = arena.allocate(8);
        GuestIov.gather(iov, 0, all, 0, 8);
        assertThat(all.toArray(ValueLayout.JAVA_BYTE)).containsExactly(0, 11, 12, 13, 14, 15, 6, 7);
    }

    @Test
    void aRangePastTheEndOfTheGuestMemoryIsRefused() {
        MemorySegment buf = arena.allocate(8);
        assertThatThrownBy(() -> GuestIov.gather(threeSegments(), 5, buf, 0, 4))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> GuestIov.scatter(buf, 0, threeSegments(), 9, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anEmptyRangeCopiesNothingEvenPastTheEnd() {
        MemorySegment buf = arena.allocate(1);
        GuestIov.gather(threeSegments(), 100, buf, 0, 0);
        assertThat(buf.get(ValueLayout.JAVA_BYTE, 0)).isZero();
    }
}
