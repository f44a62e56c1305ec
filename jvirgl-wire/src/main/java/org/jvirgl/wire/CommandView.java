package org.jvirgl.wire;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Base of the reusable flyweights the decoder hands to listeners: a window onto one command
 * in the submitted buffer, read in place. Dword 0 is the header, payload dwords start at 1
 * (the numbering upstream's {@code VIRGL_*} offsets use).
 *
 * <p>A view is only valid during the listener call that receives it: the decoder rewraps it
 * for the next command, so a listener must copy what it keeps.
 */
abstract class CommandView {
    static final ValueLayout.OfInt LE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);

    private MemorySegment segment = MemorySegment.NULL;
    private long headerOffset;
    private int length;

    /** Points this view at the command whose header is at {@code headerOffset} (bytes). */
    final void wrap(MemorySegment segment, long headerOffset, int length) {
        this.segment = segment;
        this.headerOffset = headerOffset;
        this.length = length;
    }

    /** Payload length in dwords (header excluded). */
    final int length() {
        return length;
    }

    /** Dword {@code index} of the command (0 = header); the decoder validated the length. */
    final int dword(int index) {
        return segment.get(LE_INT, headerOffset + 4L * index);
    }

    final float floatAt(int index) {
        return Float.intBitsToFloat(dword(index));
    }

    final MemorySegment segment() {
        return segment;
    }

    final long byteOffsetOf(int index) {
        return headerOffset + 4L * index;
    }
}
