package org.jvirgl.virgl.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RtBlendState;
import org.junit.jupiter.api.Test;

class BlendObjectTest {
    private static final int ADD = 0;
    private static final int ONE = 0x01;
    private static final int ZERO = 0x11;

    @Test
    void blendingWithTheZeroFactorIsValidEvenThoughGlZeroIsZero() {
        var rt = new RtBlendState(true, ADD, ZERO, ONE, ADD, ONE, ZERO, 0xf);
        assertThat(BlendObject.unknownEnum(CommandEncoder.blendAll(rt))).isNull();
    }

    @Test
    void aFactorGalliumDoesNotDefineIsNamed() {
        var rt = new RtBlendState(true, ADD, ONE, 0x0b, ADD, ONE, ZERO, 0xf);
        assertThat(BlendObject.unknownEnum(CommandEncoder.blendAll(rt))).isEqualTo("rt 0 blend factor 11");
    }

    @Test
    void everyGalliumFactorHasAGlTranslation() {
        int[] defined = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a,
            0x11, 0x12, 0x13, 0x14, 0x15, 0x17, 0x18, 0x19, 0x1a};
        for (int f : defined) {
            assertThat(GalliumGl.blendFactor(f)).as("factor 0x%x", f).isGreaterThanOrEqualTo(0);
        }
    }
}
