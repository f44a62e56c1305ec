package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.FS;
import static org.jvirgl.virgl.exec.DrawScene.RGBA8;
import static org.jvirgl.virgl.exec.DrawScene.TEX_FS;
import static org.jvirgl.virgl.exec.DrawScene.draw;
import static org.jvirgl.virgl.exec.DrawScene.fullScreen;
import static org.jvirgl.virgl.exec.DrawScene.runAndRead;
import static org.jvirgl.virgl.exec.DrawScene.vertices;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;

/** Sampler views GL gives no texture view of their own sample the resource texture itself. */
class SamplerViewFallbackTest extends SharedHostTest {
    private static final int SIZE = 8;

    @Test
    void aViewWithoutATextureOfItsOwnStillAppliesItsSwizzle() {
        try (ExecutorFixture f = drawingFixture()) {
            f.resources.texture2d(5, RGBA8, 4, 4);
            f.resources.fill(5, 0, 0, 4, 0x000000ff);
            // GL cannot view an RGBA8 texture as R8, so the view falls back to the resource texture;
            // its swizzle (r,g,b,a) = (b,g,r,1) must still reach the sampled values.
            CommandEncoder e = vertices(f, DrawScene.setup(f, SIZE, TEX_FS), 2, fullScreen(0f, 0f, 0f, 0f))
                .createSamplerView(40, new SamplerViewState(5, TestResources.R8, 2, 0, 0, 2 | 1 << 3 | 0 << 6 | 5 << 9))
                .setSamplerViews(FS, 0, 40)
                .createSamplerState(41, SamplerState.unpack(2 | 2 << 3 | 2 << 6 | 2 << 11, 0f, 0f, 0f,
                    new RawColor(0, 0, 0, 0)))
                .bindSamplerStates(FS, 0, 41);
            assertThat(runAndRead(f, draw(e), 4, 4)).isEqualTo(0xffff0000);
        }
    }
}
