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
 * A depth texture sampled in compare mode: the sampler view's swizzle (what the guest makes of
 * GL_DEPTH_TEXTURE_MODE) shapes the comparison result, as piglit's fs-shadow2d-red-0x and
 * glsl-fs-shadow2DRect expect. Depth is cleared to 0.25 and compared with a reference of 0.5.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadowSamplerSwizzleTest {
    private static final int VS = 0;
    private static final int FS = 1;
    private static final int TRIANGLES = 4;
    private static final int SIZE = 8;
    private static final int RGBA8 = TestResources.R8G8B8A8;
    private static final int Z24X8_UNORM = TestResources.Z24X8;
    private static final int PIPE_CLEAR_DEPTH = 1;
    private static final int PIPE_CLEAR_COLOR0 = 4;
    private static final int FUNC_LESS = 1;
    private static final int FUNC_GREATER = 4;
    /** Pipe swizzles packed as the wire does: X=0 … W=3, ZERO=4, ONE=5, three bits each. */
    private static final int X001 = 0 | 4 << 3 | 4 << 6 | 5 << 9;
    private static final int XXX1 = 0 | 0 << 3 | 0 << 6 | 5 << 9;
    private static final int ZERO_ZERO_ZERO_X = 4 | 4 << 3 | 4 << 6 | 0 << 9;

    private static final String SHADOW_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL SAMP[0]
        DCL SVIEW[0], 2D, FLOAT
        IMM[0] FLT32 {    0.5000,     0.5000,     0.5000,     0.0000}
          0: TEX OUT[0], IMM[0], SAMP[0], SHADOW2D
          1: END
        """;

    private static final String COLOUR_FS = """
        FRAG
        DCL OUT[0], COLOR
        DCL SAMP[0]
        DCL SVIEW[0], 2D, FLOAT
        IMM[0] FLT32 {    0.5000,     0.5000,     0.0000,     0.0000}
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

    private ExecutorFixture fixture() {
        return new ExecutorFixture(host, (shader, key) -> GlslTranslator.translate(shader, key,
            HostProfile.LLVMPIPE_CORE));
    }

    /**
     * Render target 1, depth texture 5 cleared to 0.25, shaders, vertex buffer 2, sampler 41 in
     * compare mode with {@code func}; sampler views are the caller's.
     */
    private static CommandEncoder setup(ExecutorFixture f, String fs, boolean compare, int func) {
        f.resources.texture2d(1, RGBA8, SIZE, SIZE);
        f.resources.texture2d(5, Z24X8_UNORM, 4, 4);
        f.resources.buffer(2, 3 * 32);
        f.resources.upload(2, new float[] {
            -1, -1, 0, 1, 0, 0, 0, 0,
            3, -1, 0, 1, 0, 0, 0, 0,
            -1, 3, 0, 1, 0, 0, 0, 0,
        });
        int s0 = 2 | 2 << 3 | 2 << 6 | 2 << 11 | (compare ? 1 << 15 : 0) | func << 16;
        return new CommandEncoder()
            .createSurface(11, new SurfaceState(5, Z24X8_UNORM, 0, 0, 0))
            .setFramebufferState(11)
            .clear(PIPE_CLEAR_DEPTH, RawColor.ofFloats(0f, 0f, 0f, 0f), 0.25, 0)
            .createSurface(10, new SurfaceState(1, RGBA8, 0, 0, 0))
            .setFramebufferState(0, 10)
            .clear(PIPE_CLEAR_COLOR0, RawColor.ofFloats(0.5f, 0.5f, 0.5f, 0.5f), 1.0, 0)
            .setViewportStates(0, SIZE / 2f, SIZE / 2f, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
            .createShader(20, VS, DrawTest.PASS_VS, 100, StreamOutputInfo.NONE)
            .createShader(21, FS, fs, 100, StreamOutputInfo.NONE)
            .bindShader(20, VS)
            .bindShader(21, FS)
            .createVertexElements(30, List.of(new VertexElement(0, 0, 0, TestResources.R32G32B32A32_FLOAT),
                new VertexElement(16, 0, 0, TestResources.R32G32B32A32_FLOAT)))
            .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
            .createSamplerState(41, SamplerState.unpack(s0, 0f, 0f, 0f, new RawColor(0, 0, 0, 0)))
            .bindSamplerStates(FS, 0, 41)
            .setVertexBuffers(32, 0, 2);
    }

    private static CommandEncoder draw(CommandEncoder e) {
        return e.drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
    }

    private static int run(ExecutorFixture f, CommandEncoder e) {
        DecodeResult r = f.run(e);
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(f.log).isEmpty();
        return f.resources.texel(1, SIZE / 2, SIZE / 2);
    }

    @Test
    void aRedDepthModeGivesThePassedComparisonInRedOnly() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, SHADOW_FS, true, FUNC_GREATER)
                .createSamplerView(40, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, X001))
                .setSamplerViews(FS, 0, 40);
            assertThat(run(f, draw(e))).isEqualTo(0xff0000ff);
        }
    }

    @Test
    void aLuminanceDepthModeKeepsAlphaOneWhenTheComparisonFails() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, SHADOW_FS, true, FUNC_LESS)
                .createSamplerView(40, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, XXX1))
                .setSamplerViews(FS, 0, 40);
            assertThat(run(f, draw(e))).isEqualTo(0xff000000);
        }
    }

    @Test
    void anAlphaDepthModePutsTheResultInAlphaOnly() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, SHADOW_FS, true, FUNC_GREATER)
                .createSamplerView(40, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, ZERO_ZERO_ZERO_X))
                .setSamplerViews(FS, 0, 40);
            assertThat(run(f, draw(e))).isEqualTo(0xff000000);
        }
    }

    @Test
    void rebindingAViewWithAnotherSwizzleChangesTheNextDrawsResult() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, SHADOW_FS, true, FUNC_GREATER)
                .createSamplerView(40, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, X001))
                .createSamplerView(42, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, XXX1))
                .setSamplerViews(FS, 0, 40);
            assertThat(run(f, draw(e))).isEqualTo(0xff0000ff);
            assertThat(run(f, draw(new CommandEncoder().setSamplerViews(FS, 0, 42)))).isEqualTo(0xffffffff);
            assertThat(run(f, draw(new CommandEncoder().setSamplerViews(FS, 0, 40)))).isEqualTo(0xff0000ff);
        }
    }

    @Test
    void aColourSamplerOfTheSameDepthViewStillSeesTheTextureSwizzle() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup(f, COLOUR_FS, false, 0)
                .createSamplerView(40, new SamplerViewState(5, Z24X8_UNORM, 2, 0, 0, XXX1))
                .setSamplerViews(FS, 0, 40);
            int texel = run(f, draw(e));
            // 0.25 in r, g and b (0x3f or 0x40 after rounding), alpha one.
            assertThat(texel >>> 24).isEqualTo(0xff);
            for (int shift = 0; shift < 24; shift += 8) {
                assertThat((texel >>> shift) & 0xff).isBetween(0x3f, 0x40);
            }
        }
    }
}
