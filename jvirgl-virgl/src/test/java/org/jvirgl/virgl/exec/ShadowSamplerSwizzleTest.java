package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.FS;
import static org.jvirgl.virgl.exec.DrawScene.draw;
import static org.jvirgl.virgl.exec.DrawScene.fullScreen;
import static org.jvirgl.virgl.exec.DrawScene.runAndRead;
import static org.jvirgl.virgl.exec.DrawScene.vertices;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.SurfaceState;

/**
 * A depth texture sampled in compare mode: the sampler view's swizzle (what the guest makes of
 * GL_DEPTH_TEXTURE_MODE) shapes the comparison result, as piglit's fs-shadow2d-red-0x and
 * glsl-fs-shadow2DRect expect. Depth is cleared to 0.25 and compared with a reference of 0.5.
 */
class ShadowSamplerSwizzleTest extends SharedHostTest {
    private static final int SIZE = 8;
    private static final int Z24X8_UNORM = TestResources.Z24X8;
    private static final int PIPE_CLEAR_DEPTH = 1;
    private static final int FUNC_LESS = 1;
    private static final int FUNC_GREATER = 4;
    /** Pipe swizzles packed as the wire does: X=0 … W=3, ZERO=4, ONE=5, three bits each. */
    private static final int X001 = 0 | 4 << 3 | 4 << 6 | 5 << 9;
    private static final int XXX1 = 0 | 0 << 3 | 0 << 6 | 5 << 9;
    private static final int ZERO_ZERO_ZERO_X = 4 | 4 << 3 | 4 << 6 | 0 << 9;

    /** Compares reference 0.5 (the third coordinate) with the depth at the centre. */
    private static final String SHADOW_FS = DrawScene.sampleAt("0.5, 0.5, 0.5, 0.0", "SHADOW2D");

    /** Gathers the four comparisons of reference 0.5 with the depths around the centre. */
    private static final String GATHER_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL SAMP[0]
        DCL SVIEW[0], 2D, FLOAT
        IMM[0] FLT32 {0.5, 0.5, 0.5, 0.0}
        IMM[1] UINT32 {0, 0, 0, 0}
          0: TG4 OUT[0], IMM[0], IMM[1].xxxx, SAMP[0], SHADOW2D
          1: END
        """;
    private static final int ONE_X_X_X = 5 | 0 << 3 | 0 << 6 | 0 << 9;
    private static final int Y_X_X_X = 1 | 0 << 3 | 0 << 6 | 0 << 9;

    /** Reads the depth texture at the centre as a colour. */
    private static final String COLOUR_FS = DrawScene.sampleAt("0.5, 0.5, 0.0, 0.0", "2D");

    /**
     * The shared scene reading depth texture 5 (cleared to 0.25) with {@code fs} through sampler
     * 41, in compare mode with {@code func} when {@code compare}; sampler views are the caller's.
     */
    private static CommandEncoder setup(ExecutorFixture f, String fs, boolean compare, int func) {
        f.resources.texture2d(5, Z24X8_UNORM, 4, 4);
        CommandEncoder depth = new CommandEncoder()
            .createSurface(11, new SurfaceState(5, Z24X8_UNORM, 0, 0, 0))
            .setFramebufferState(11)
            .clear(PIPE_CLEAR_DEPTH, RawColor.ofFloats(0f, 0f, 0f, 0f), 0.25, 0);
        int s0 = 2 | 2 << 3 | 2 << 6 | 2 << 11 | (compare ? 1 << 15 : 0) | func << 16;
        return vertices(f, DrawScene.setup(f, depth, SIZE, fs, SIZE / 2f), 2, fullScreen(0f, 0f, 0f, 0f))
            .createSamplerState(41, SamplerState.unpack(s0, 0f, 0f, 0f, new RawColor(0, 0, 0, 0)))
            .bindSamplerStates(FS, 0, 41);
    }

    /** View 40 of the depth texture with {@code swizzle}, bound in slot 0. */
    private static CommandEncoder viewWith(CommandEncoder e, int swizzle) {
        return e.createSamplerView(40, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, swizzle))
            .setSamplerViews(FS, 0, 40);
    }

    private static int centre(ExecutorFixture f, CommandEncoder e) {
        return runAndRead(f, draw(e), SIZE / 2, SIZE / 2);
    }

    /** The centre texel of a draw comparing 0.5 with the depth 0.25 by {@code func}, seen through {@code swizzle}. */
    private int compared(int func, int swizzle) {
        return compared(SHADOW_FS, func, swizzle);
    }

    private int compared(String fs, int func, int swizzle) {
        try (ExecutorFixture f = drawingFixture()) {
            return centre(f, viewWith(setup(f, fs, true, func), swizzle));
        }
    }

    @Test
    void aShadowGatherThroughARedDepthModeReturnsTheFourComparisons() {
        assertThat(compared(GATHER_FS, FUNC_GREATER, X001)).isEqualTo(0xffffffff);
        assertThat(compared(GATHER_FS, FUNC_LESS, X001)).isZero();
    }

    @Test
    void aShadowGatherReadsTheConstantTheViewPutsInRed() {
        // As a host GL with the swizzle on the texture gathers: the red channel after the swizzle.
        assertThat(compared(GATHER_FS, FUNC_GREATER, ZERO_ZERO_ZERO_X)).isZero();
        assertThat(compared(GATHER_FS, FUNC_LESS, ONE_X_X_X)).isEqualTo(0xffffffff);
    }

    @Test
    void aGreenSwizzleOnADepthViewReadsZeroAsADepthTextureHasNoGreen() {
        assertThat(compared(FUNC_GREATER, Y_X_X_X)).isEqualTo(0xffffff00);
        assertThat(compared(GATHER_FS, FUNC_GREATER, Y_X_X_X)).isZero();
    }

    @Test
    void aRedDepthModeGivesThePassedComparisonInRedOnly() {
        assertThat(compared(FUNC_GREATER, X001)).isEqualTo(0xff0000ff);
    }

    @Test
    void aLuminanceDepthModeKeepsAlphaOneWhenTheComparisonFails() {
        assertThat(compared(FUNC_LESS, XXX1)).isEqualTo(0xff000000);
    }

    @Test
    void anAlphaDepthModePutsTheResultInAlphaOnly() {
        assertThat(compared(FUNC_GREATER, ZERO_ZERO_ZERO_X)).isEqualTo(0xff000000);
    }

    @Test
    void rebindingAViewWithAnotherSwizzleChangesTheNextDrawsResult() {
        try (ExecutorFixture f = drawingFixture()) {
            CommandEncoder e = viewWith(setup(f, SHADOW_FS, true, FUNC_GREATER), X001)
                .createSamplerView(42, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, XXX1));
            assertThat(centre(f, e)).isEqualTo(0xff0000ff);
            assertThat(centre(f, new CommandEncoder().setSamplerViews(FS, 0, 42))).isEqualTo(0xffffffff);
            assertThat(centre(f, new CommandEncoder().setSamplerViews(FS, 0, 40))).isEqualTo(0xff0000ff);
        }
    }

    @Test
    void aColourSamplerOfTheSameDepthViewStillSeesTheTextureSwizzle() {
        try (ExecutorFixture f = drawingFixture()) {
            int texel = centre(f, viewWith(setup(f, COLOUR_FS, false, 0), XXX1));
            // 0.25 in r, g and b (0x3f or 0x40 after rounding), alpha one.
            assertThat(texel >>> 24).isEqualTo(0xff);
            for (int shift = 0; shift < 24; shift += 8) {
                assertThat((texel >>> shift) & 0xff).isBetween(0x3f, 0x40);
            }
        }
    }
}
