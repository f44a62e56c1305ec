package org.jvirgl.virgl.resource;

import static org.lwjgl.opengl.GL45C.GL_UNSIGNED_INT_2_10_10_10_REV;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jvirgl.virgl.format.GlFormat;

/**
 * Exchanges red and blue in staged pixels of a {@link GlFormat#swapRedBlue()} format: the
 * guest's BGRA bytes become the RGBA the ES storage takes, and back (the swap is its own
 * inverse). Works in place on whole 4-byte pixels.
 */
public final class RedBlueSwap {

    private static final ValueLayout.OfInt WORD = ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);

    private RedBlueSwap() {
    }

    static void apply(GlFormat format, MemorySegment pixels) {
        apply(format.type(), pixels);
    }

    /** @param glType the client type of the stored pixels (BYTE-per-channel or 2_10_10_10_REV) */
    public static void apply(int glType, MemorySegment pixels) {
        long words = pixels.byteSize() / 4;
        if (glType == GL_UNSIGNED_INT_2_10_10_10_REV) {
            // R in bits 0-9, B in bits 20-29 (the outer fields), G and A stay.
            for (long i = 0; i < words; i++) {
                int v = pixels.getAtIndex(WORD, i);
                int low = v & 0x3FF;
                int high = (v >>> 20) & 0x3FF;
                pixels.setAtIndex(WORD, i, (v & 0xC00FFC00) | (low << 20) | high);
            }
            return;
        }
        for (long i = 0; i < words; i++) {
            long at = i * 4;
            byte b0 = pixels.get(ValueLayout.JAVA_BYTE, at);
            pixels.set(ValueLayout.JAVA_BYTE, at, pixels.get(ValueLayout.JAVA_BYTE, at + 2));
            pixels.set(ValueLayout.JAVA_BYTE, at + 2, b0);
        }
    }
}
