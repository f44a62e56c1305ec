package org.jvirgl.virgl.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL45C.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL45C.GL_UNSIGNED_INT_2_10_10_10_REV;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class RedBlueSwapTest {

    private static final ValueLayout.OfInt LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    @Test
    void bgraBytesBecomeRgbaAndBackInEveryPixel() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment px = arena.allocateFrom(ValueLayout.JAVA_BYTE, (byte) 1, (byte) 2, (byte) 3, (byte) 4,
                    (byte) 5, (byte) 6, (byte) 7, (byte) 8);
            RedBlueSwap.apply(GL_UNSIGNED_BYTE, px);
            assertThat(px.toArray(ValueLayout.JAVA_BYTE)).containsExactly(3, 2, 1, 4, 7, 6, 5, 8);
            RedBlueSwap.apply(GL_UNSIGNED_BYTE, px);
            assertThat(px.toArray(ValueLayout.JAVA_BYTE)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    @Test
    void tenBitPixelsExchangeTheirOuterFieldsAndKeepGreenAndAlpha() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment px = arena.allocate(4);
            int red = 0x155;
            int green = 0x2AA;
            int blue = 0x0F0;
            int alpha = 2;
            px.set(LE, 0, red | green << 10 | blue << 20 | alpha << 30);
            RedBlueSwap.apply(GL_UNSIGNED_INT_2_10_10_10_REV, px);
            assertThat(px.get(LE, 0)).isEqualTo(blue | green << 10 | red << 20 | alpha << 30);
        }
    }
}
