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

/** Sampler views GL gives no texture view of their own sample the resource texture itself. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplerViewFallbackTest {
    private static final int VS = 0;
    private static final int FS = 1;
    private static final int RGBA8 = TestResources.R8G8B8A8;
    private static final int SIZE = 8;
    private GlHost host;

    @BeforeAll
    void openHost() {
        host = ExecutorFixture.openHost();
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    @Test
    void aViewWithoutATextureOfItsOwnStillAppliesItsSwizzle() {
        try (ExecutorFixture f = new ExecutorFixture(host, (shader, key) -> GlslTranslator.translate(shader, key,
                HostProfile.LLVMPIPE_CORE))) {
            f.resources.texture2d(1, RGBA8, SIZE, SIZE);
            f.resources.texture2d(5, RGBA8, 4, 4);
            f.resources.fill(5, 0, 0, 4, 0x000000ff);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, new float[] {-1, -1, 0, 1, 0, 0, 0, 0, 3, -1, 0, 1, 0, 0, 0, 0,
                -1, 3, 0, 1, 0, 0, 0, 0});
            // GL cannot view an RGBA8 texture as R8, so the view falls back to the resource texture;
            // its swizzle (r,g,b,a) = (b,g,r,1) must still reach the sampled values.
            CommandEncoder e = new CommandEncoder()
                .createSurface(10, new SurfaceState(1, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(4, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
                .setViewportStates(0, SIZE / 2f, SIZE / 2f, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
                .createShader(20, VS, DrawTest.PASS_VS, 100, StreamOutputInfo.NONE)
                .createShader(21, FS, DrawTest.TEX_FS, 100, StreamOutputInfo.NONE)
                .bindShader(20, VS)
                .bindShader(21, FS)
                .createVertexElements(30, List.of(new VertexElement(0, 0, 0, TestResources.R32G32B32A32_FLOAT),
                    new VertexElement(16, 0, 0, TestResources.R32G32B32A32_FLOAT)))
                .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
                .createSamplerView(40, new SamplerViewState(5, TestResources.R8, 2, 0, 0, 2 | 1 << 3 | 0 << 6 | 5 << 9))
                .setSamplerViews(FS, 0, 40)
                .createSamplerState(41, SamplerState.unpack(2 | 2 << 3 | 2 << 6 | 2 << 11, 0f, 0f, 0f,
                    new RawColor(0, 0, 0, 0)))
                .bindSamplerStates(FS, 0, 41)
                .setVertexBuffers(32, 0, 2).drawVbo(0, 3, 4, false, 1, 0, 0, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 4, 4)).isEqualTo(0xffff0000);
        }
    }
}
