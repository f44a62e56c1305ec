package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/**
 * Border colours are given in the guest format's channels; a format the host keeps in other
 * channels (A8 as R8 read through 000R) must still show the guest's border alpha (piglit
 * ext_texture_integer texwrap formats bordercolor, GL_ALPHA8UI). Gallium's CLAMP wrap with
 * linear filtering blends the border into the edge texels, as GL_CLAMP does (piglit
 * arb_depth_buffer_float texwrap formats bordercolor).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorderColorTest {
    private static final int VS = 0;
    private static final int FS = 1;
    private static final int TRIANGLES = 4;
    private static final int SIZE = 8;
    private static final int RGBA8 = TestResources.R8G8B8A8;
    private static final int IDENTITY_SWIZZLE = 0 | 1 << 3 | 2 << 6 | 3 << 9;
    private static final int PIPE_TEX_WRAP_CLAMP = 1;
    private static final int PIPE_TEX_WRAP_CLAMP_TO_BORDER = 3;
    private static final int PIPE_TEX_MIPFILTER_NONE = 2;
    private static final int PIPE_TEX_FILTER_LINEAR = 1;

    /** Samples far outside the texture, so only the border colour can come back. */
    static final String OUTSIDE_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL SAMP[0]
        DCL SVIEW[0], 2D, FLOAT
        IMM[0] FLT32 {   -4.0000,    -4.0000,     0.0000,     0.0000}
          0: TEX OUT[0], IMM[0], SAMP[0], 2D
          1: END
        """;

    /** Left of the texture in s, between the two rows in t: s decides between border and edge. */
    private static final String LEFT_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL SAMP[0]
        DCL SVIEW[0], 2D, FLOAT
        IMM[0] FLT32 {   -4.0000,     0.5000,     0.0000,     0.0000}
          0: TEX OUT[0], IMM[0], SAMP[0], 2D
          1: END
        """;

    private GlHost host;

    @BeforeAll
    void openHost() {
        host = ExecutorFixture.openHost();
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    /** Draws with texture 5 in {@code format} and a clamp-to-border sampler; returns the centre texel. */
    private static int sampleBorder(ExecutorFixture f, int format) {
        int wrap = PIPE_TEX_WRAP_CLAMP_TO_BORDER;
        int s0 = wrap | wrap << 3 | wrap << 6 | PIPE_TEX_MIPFILTER_NONE << 11;
        f.resources.texture2d(5, format, 4, 4);
        return draw(f, format, OUTSIDE_FS, s0, new CommandEncoder());
    }

    /**
     * Draws a full-screen triangle sampling texture 5 through view 40 and sampler 41 (border
     * 0.2, 0.4, 0.6, 0.8) with {@code fs}, after {@code before}; returns the centre texel.
     */
    private static int draw(ExecutorFixture f, int format, String fs, int s0, CommandEncoder before) {
        f.resources.texture2d(1, RGBA8, SIZE, SIZE);
        f.resources.buffer(2, 3 * 32);
        f.resources.upload(2, new float[] {
            -1, -1, 0, 1, 0, 0, 0, 0,
            3, -1, 0, 1, 0, 0, 0, 0,
            -1, 3, 0, 1, 0, 0, 0, 0,
        });
        CommandEncoder e = before
            .createSurface(10, new SurfaceState(1, RGBA8, 0, 0, 0))
            .setFramebufferState(0, 10)
            .setViewportStates(0, SIZE / 2f, SIZE / 2f, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
            .createShader(20, VS, DrawTest.PASS_VS, 100, StreamOutputInfo.NONE)
            .createShader(21, FS, fs, 100, StreamOutputInfo.NONE)
            .bindShader(20, VS)
            .bindShader(21, FS)
            .createVertexElements(30, List.of(new VertexElement(0, 0, 0, TestResources.R32G32B32A32_FLOAT),
                new VertexElement(16, 0, 0, TestResources.R32G32B32A32_FLOAT)))
            .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
            .createSamplerState(41, SamplerState.unpack(s0, 0f, 0f, 0f, RawColor.ofFloats(0.2f, 0.4f, 0.6f, 0.8f)))
            .bindSamplerStates(FS, 0, 41)
            .createSamplerView(40, new SamplerViewState(5, format, 2, 0, 0, IDENTITY_SWIZZLE))
            .setSamplerViews(FS, 0, 40)
            .setVertexBuffers(32, 0, 2)
            .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
        DecodeResult r = f.run(e);
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(f.log).isEmpty();
        return f.resources.texel(1, SIZE / 2, SIZE / 2);
    }

    private ExecutorFixture fixture() {
        return new ExecutorFixture(host, (shader, key) -> GlslTranslator.translate(shader, key,
            HostProfile.LLVMPIPE_CORE));
    }

    @Test
    void anAlphaFormatKeptInRedShowsTheBorderAlpha() {
        try (ExecutorFixture f = fixture()) {
            assertThat(sampleBorder(f, TestResources.A8_UNORM)).isEqualTo(0xcc000000);
        }
    }

    @Test
    void glClampWithLinearFilteringBlendsTheBorderIntoTheEdgeTexels() {
        try (ExecutorFixture f = fixture()) {
            f.resources.texture2d(5, RGBA8, 2, 2);
            CommandEncoder fill = new CommandEncoder()
                .createSurface(11, new SurfaceState(5, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 11)
                .clear(4, RawColor.ofFloats(0f, 1f, 0f, 1f), 1.0, 0);
            int wrap = PIPE_TEX_WRAP_CLAMP;
            int linear = PIPE_TEX_FILTER_LINEAR;
            int s0 = wrap | wrap << 3 | wrap << 6 | linear << 9 | PIPE_TEX_MIPFILTER_NONE << 11 | linear << 13;
            int texel = draw(f, RGBA8, LEFT_FS, s0, fill);
            // Half border (0.2, 0.4, 0.6, 0.8), half green: GL_CLAMP_TO_EDGE would give pure green.
            assertThat(texel & 0xff).isBetween(0x19, 0x1b);
            assertThat(texel >>> 8 & 0xff).isBetween(0xb2, 0xb4);
            assertThat(texel >>> 16 & 0xff).isBetween(0x4c, 0x4e);
            assertThat(texel >>> 24).isBetween(0xe5, 0xe7);
        }
    }

    @Test
    void aFormatStoredAsItIsShowsTheWholeBorderColour() {
        try (ExecutorFixture f = fixture()) {
            assertThat(sampleBorder(f, RGBA8)).isEqualTo(0xcc996633);
        }
    }
}
