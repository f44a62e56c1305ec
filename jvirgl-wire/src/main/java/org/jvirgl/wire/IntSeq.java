package org.jvirgl.wire;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * A read-only run of little-endian dwords inside a submitted command buffer: handle lists,
 * inline constant data, polygon stipple rows, clip planes. Reused by the decoder: valid only
 * during the listener call that receives it; copy what must outlive the call.
 */
public final class IntSeq {
    private MemorySegment segment = MemorySegment.NULL;
    private long byteOffset;
    private int size;

    IntSeq() {
    }

    /** A standalone sequence over a copy of {@code values} (for tests and encoders). */
    public static IntSeq of(int... values) {
        IntSeq seq = new IntSeq();
        MemorySegment copy = MemorySegment.ofArray(new byte[4 * values.length]);
        for (int i = 0; i < values.length; i++) {
            copy.set(CommandView.LE_INT, 4L * i, values[i]);
        }
        seq.wrap(copy, 0, values.length);
        return seq;
    }

    final IntSeq wrap(MemorySegment segment, long byteOffset, int size) {
        this.segment = segment;
        this.byteOffset = byteOffset;
        this.size = size;
        return this;
    }

    /** Number of dwords. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Dword {@code i} as raw bits. */
    public int get(int i) {
        return segment.get(CommandView.LE_INT, byteOffset + 4L * checkIndex(i));
    }

    /** Dword {@code i} read as an IEEE float. */
    public float getFloat(int i) {
        return Float.intBitsToFloat(get(i));
    }

    /** Copies all dwords into {@code dst} starting at {@code dstPos}. */
    public void copyTo(int[] dst, int dstPos) {
        MemorySegment.copy(segment, CommandView.LE_INT, byteOffset, dst, dstPos, size);
    }

    /** Copies all dwords, as little-endian bytes, into {@code dst} at {@code dstByteOffset}. */
    public void copyTo(MemorySegment dst, long dstByteOffset) {
        MemorySegment.copy(segment, byteOffset, dst, dstByteOffset, 4L * size);
    }

    /** A fresh array with the dwords. Allocates: not for the hot path. */
    public int[] toArray() {
        int[] out = new int[size];
        copyTo(out, 0);
        return out;
    }

    /** Byte length of the data ({@code 4 * size()}). */
    public long byteSize() {
        return 4L * size;
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of " + size);
        }
        return i;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
