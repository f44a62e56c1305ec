package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.FS;
import static org.jvirgl.virgl.exec.DrawScene.IDENTITY_SWIZZLE;
import static org.jvirgl.virgl.exec.DrawScene.RGBA8;
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
 * Border colours are given in the guest format's channels; a format the host keeps in other
 * channels (A8 as R8 read through 000R) must still show the guest's border alpha (piglit
 * ext_texture_integer texwrap formats bordercolor, GL_ALPHA8UI). Gallium's CLAMP wrap with
 * linear filtering blends the border into the edge texels, as GL_CLAMP does (piglit
 * arb_depth_buffer_float texwrap formats bordercolor).
 */
class BorderColorTest extends SharedHostTest {
    private static final int SIZE = 8;
    private static final int PIPE_TEX_WRAP_CLAMP = 1;
    private static final int PIPE_TEX_WRAP_CLAMP_TO_BORDER = 3;
    private static final int PIPE_TEX_MIPFILTER_NONE = 2;
    private static final int PIPE_TEX_FILTER_LINEAR = 1;

    /** Samples far outside the texture, so only the border colour can come back. */
    static final String OUTSIDE_FS = DrawScene.sampleAt("-4.0, -4.0, 0.0, 0.0", "2D");

    /** Left of the texture in s, between the two rows in t: s decides between border and edge. */
    private static final String LEFT_FS = DrawScene.sampleAt("-4.0, 0.5, 0.0, 0.0", "2D");

    /** Draws with texture 5 in {@code format} and a clamp-to-border sampler; returns the centre texel. */
    private static int sampleBorder(ExecutorFixture f, int format) {
        int wrap = PIPE_TEX_WRAP_CLAMP_TO_BORDER;
        int s0 = wrap | wrap << 3 | wrap << 6 | PIPE_TEX_MIPFILTER_NONE << 11;
        f.resources.texture2d(5, format, 4, 4);
        return sampleTexture(f, format, OUTSIDE_FS, s0, new CommandEncoder());
    }

    /**
     * Draws a full-screen triangle sampling texture 5 through view 40 and sampler 41 (border
     * 0.2, 0.4, 0.6, 0.8) with {@code fs}, after {@code before}; returns the centre texel.
     */
    private static int sampleTexture(ExecutorFixture f, int format, String fs, int s0, CommandEncoder before) {
        CommandEncoder e = vertices(f, DrawScene.setup(f, before, SIZE, fs, SIZE / 2f), 2, fullScreen(0f, 0f, 0f, 0f))
            .createSamplerState(41, SamplerState.unpack(s0, 0f, 0f, 0f, RawColor.ofFloats(0.2f, 0.4f, 0.6f, 0.8f)))
            .bindSamplerStates(FS, 0, 41)
            .createSamplerView(40, new SamplerViewState(5, format, 2, 0, 0, IDENTITY_SWIZZLE))
            .setSamplerViews(FS, 0, 40);
        return runAndRead(f, draw(e), SIZE / 2, SIZE / 2);
    }

    @Test
    void anAlphaFormatKeptInRedShowsTheBorderAlpha() {
        try (ExecutorFixture f = drawingFixture()) {
            assertThat(sampleBorder(f, TestResources.A8_UNORM)).isEqualTo(0xcc000000);
        }
    }

    @Test
    void glClampWithLinearFilteringBlendsTheBorderIntoTheEdgeTexels() {
        try (ExecutorFixture f = drawingFixture()) {
            f.resources.texture2d(5, RGBA8, 2, 2);
            CommandEncoder fill = new CommandEncoder()
                .createSurface(11, new SurfaceState(5, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 11)
                .clear(4, RawColor.ofFloats(0f, 1f, 0f, 1f), 1.0, 0);
            int wrap = PIPE_TEX_WRAP_CLAMP;
            int linear = PIPE_TEX_FILTER_LINEAR;
            int s0 = wrap | wrap << 3 | wrap << 6 | linear << 9 | PIPE_TEX_MIPFILTER_NONE << 11 | linear << 13;
            int texel = sampleTexture(f, RGBA8, LEFT_FS, s0, fill);
            // Half border (0.2, 0.4, 0.6, 0.8), half green: GL_CLAMP_TO_EDGE would give pure green.
            assertThat(texel & 0xff).isBetween(0x19, 0x1b);
            assertThat(texel >>> 8 & 0xff).isBetween(0xb2, 0xb4);
            assertThat(texel >>> 16 & 0xff).isBetween(0x4c, 0x4e);
            assertThat(texel >>> 24).isBetween(0xe5, 0xe7);
        }
    }

    @Test
    void aFormatStoredAsItIsShowsTheWholeBorderColour() {
        try (ExecutorFixture f = drawingFixture()) {
            assertThat(sampleBorder(f, RGBA8)).isEqualTo(0xcc996633);
        }
    }
}
