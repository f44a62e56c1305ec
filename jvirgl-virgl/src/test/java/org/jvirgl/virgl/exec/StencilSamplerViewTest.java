package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.IDENTITY_SWIZZLE;

import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.SamplerViewState;
import org.junit.jupiter.api.Test;

class StencilSamplerViewTest extends SharedHostTest {
    private static final int S8_UINT_Z24_UNORM = 20;
    private static final int S8X24_UINT = 137;
    private static final int X32_S8X24_UINT = 138;
    @Test
    void aStencilOnlyViewOfAPackedDepthStencilTextureIsCreated() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, S8_UINT_Z24_UNORM, 8, 8);
            DecodeResult r = f.run(new CommandEncoder()
                .createSamplerView(40, new SamplerViewState(1, S8X24_UINT, 2, 0, 0, IDENTITY_SWIZZLE)));
            assertThat(r.ok()).as(r.toString()).isTrue();
        }
    }

    @Test
    void aStencilOnlyViewOfAFloatDepthStencilTextureIsCreated() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z32F_S8X24, 8, 8);
            DecodeResult r = f.run(new CommandEncoder()
                .createSamplerView(40, new SamplerViewState(1, X32_S8X24_UINT, 2, 0, 0, IDENTITY_SWIZZLE)));
            assertThat(r.ok()).as(r.toString()).isTrue();
        }
    }
}
