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

/**
 * What a fragment shader samples when its view is not one of GL's own: views GL gives no texture
 * view of their own sample the resource texture itself; an emptied slot keeps what it held.
 */
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

    @Test
    void aSlotTheGuestEmptiesKeepsSamplingWhatItHeldLikeUpstream() {
        try (ExecutorFixture f = drawingFixture()) {
            f.resources.texture2d(5, RGBA8, 4, 4);
            f.resources.fill(5, 0, 0, 4, 0xff00ff00);
            CommandEncoder e = vertices(f, DrawScene.setup(f, SIZE, TEX_FS), 2, fullScreen(0f, 0f, 0f, 0f))
                .createSamplerView(40, new SamplerViewState(5, RGBA8, 2, 0, 0, 0 | 1 << 3 | 2 << 6 | 3 << 9))
                .setSamplerViews(FS, 0, 40)
                .createSamplerState(41, SamplerState.unpack(2 | 2 << 3 | 2 << 6 | 2 << 11, 0f, 0f, 0f,
                    new RawColor(0, 0, 0, 0)))
                .bindSamplerStates(FS, 0, 41);
            assertThat(runAndRead(f, draw(e), 4, 4)).isEqualTo(0xff00ff00);
            // Mesa guests empty a used slot only where GL leaves sampling undefined (a buffer
            // texture without a buffer); rebinding nothing keeps a bind/unbind loop free of GL work.
            CommandEncoder emptied = new CommandEncoder()
                .clear(4, new RawColor(0, 0, 0, 0), 0, 0)
                .setSamplerViews(FS, 0, 0);
            assertThat(runAndRead(f, draw(emptied), 4, 4)).isEqualTo(0xff00ff00);
        }
    }
}
