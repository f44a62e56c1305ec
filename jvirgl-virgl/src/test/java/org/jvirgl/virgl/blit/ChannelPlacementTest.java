package org.jvirgl.virgl.blit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.virgl.exec.ExecFormat;

/** Where blits put guest channels when source and destination formats are stored differently. */
class ChannelPlacementTest {
    private static final int R = 0;
    private static final int G = 1;
    private static final int B = 2;
    private static final int A = 3;
    private static final int ZERO = 4;
    private static final int ONE = 5;

    private static ExecFormat stored(int... swizzle) {
        return new ExecFormat(1, 4, swizzle);
    }

    @Test
    void anAlphaTargetStoredInRedReceivesAlphaInRed() {
        assertThat(ShaderBlitter.store(new int[] {ZERO, ZERO, ZERO, R})).isEqualTo("t.w, 0, 0, 0");
    }

    @Test
    void aLuminanceAlphaTargetStoredInRedGreenReceivesLuminanceAndAlpha() {
        assertThat(ShaderBlitter.store(new int[] {R, R, R, G})).isEqualTo("t.x, t.w, 0, 0");
    }

    @Test
    void aPlainTargetReceivesEveryChannelInPlace() {
        assertThat(ShaderBlitter.store(null)).isEqualTo("t.x, t.y, t.z, t.w");
        assertThat(ShaderBlitter.store(new int[] {R, G, B, ONE})).isEqualTo("t.x, t.y, t.z, 0");
    }

    @Test
    void formatsStoredAlikeCopyThroughTheFramebuffer() {
        assertThat(Blitter.convertsChannels(stored(R, G, B, A), new ExecFormat(1, 4, null))).isFalse();
        assertThat(Blitter.convertsChannels(stored(ZERO, ZERO, ZERO, R), stored(ZERO, ZERO, ZERO, R))).isFalse();
    }

    @Test
    void aDestinationThatOnlyIgnoresAlphaCopiesThroughTheFramebuffer() {
        assertThat(Blitter.convertsChannels(stored(R, G, B, A), stored(R, G, B, ONE))).isFalse();
    }

    @Test
    void emulatedAndAlphaLessSourcesAreSampled() {
        assertThat(Blitter.convertsChannels(stored(ZERO, ZERO, ZERO, R), stored(R, G, B, A))).isTrue();
        assertThat(Blitter.convertsChannels(stored(R, G, B, A), stored(ZERO, ZERO, ZERO, R))).isTrue();
        assertThat(Blitter.convertsChannels(stored(R, G, B, ONE), stored(R, G, B, A))).isTrue();
    }
}
