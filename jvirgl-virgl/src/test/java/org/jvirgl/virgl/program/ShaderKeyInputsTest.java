package org.jvirgl.virgl.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.wire.state.RasterizerState.*;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.StencilState;

class ShaderKeyInputsTest {
    private static RasterizerState rasterizer(int flags, int spriteCoordEnable, int clipPlaneEnable) {
        return new RasterizerState(flags, 1f, spriteCoordEnable, 0, 0, clipPlaneEnable, 1f, 0f, 0f, 0f);
    }

    private static final RasterizerState BASE = rasterizer(DEPTH_CLIP, 0, 0);

    @Test
    void rasterizersDifferingOnlyInFixedFunctionStateKeepTheShaderKeys() {
        for (int flags : new int[] {SCISSOR, 2 << CULL_FACE_SHIFT, MULTISAMPLE, FRONT_CCW, OFFSET_TRI, CLIP_HALFZ,
            LINE_STIPPLE_ENABLE, FLATSHADE_FIRST, HALF_PIXEL_CENTER}) {
            assertThat(ShaderKeyInputs.differ(BASE, rasterizer(DEPTH_CLIP | flags, 0, 0)))
                .as("flags 0x%x", flags).isFalse();
        }
        assertThat(ShaderKeyInputs.differ(BASE, new RasterizerState(DEPTH_CLIP, 9f, 0, 0, 0, 0, 3f, 1f, 1f, 0f)))
            .as("point size, line width, polygon offset").isFalse();
    }

    @Test
    void rasterizersDifferingInWhatShadersEmulateChangeTheShaderKeys() {
        for (int flags : new int[] {FLATSHADE, LIGHT_TWOSIDE, POLY_STIPPLE_ENABLE, POINT_QUAD_RASTERIZATION,
            2 << FILL_FRONT_SHIFT, 2 << FILL_BACK_SHIFT}) {
            assertThat(ShaderKeyInputs.differ(BASE, rasterizer(DEPTH_CLIP | flags, 0, 0)))
                .as("flags 0x%x", flags).isTrue();
        }
        assertThat(ShaderKeyInputs.differ(BASE, rasterizer(DEPTH_CLIP, 1, 0))).as("sprite coords").isTrue();
        assertThat(ShaderKeyInputs.differ(BASE, rasterizer(DEPTH_CLIP, 0, 1))).as("clip planes").isTrue();
    }

    @Test
    void onlyTheAlphaTestOfADsaStateChangesTheShaderKeys() {
        StencilState off = new StencilState(false, 0, 0, 0, 0, 0, 0);
        StencilState on = new StencilState(true, 7, 1, 2, 3, 0xff, 0xff);
        var plain = new DepthStencilAlphaState(false, false, 0, false, 0, 0f, off, off);
        assertThat(ShaderKeyInputs.differ(plain, new DepthStencilAlphaState(true, true, 3, false, 5, 0.5f, on, on)))
            .as("depth, stencil, and the function of a disabled alpha test").isFalse();
        var greater = new DepthStencilAlphaState(false, false, 0, true, 4, 0.6f, off, off);
        assertThat(ShaderKeyInputs.differ(plain, greater)).as("alpha test enabled").isTrue();
        assertThat(ShaderKeyInputs.differ(greater, new DepthStencilAlphaState(false, false, 0, true, 4, 0.1f, off, off)))
            .as("another reference: a uniform, not the key").isFalse();
        assertThat(ShaderKeyInputs.differ(greater, new DepthStencilAlphaState(false, false, 0, true, 2, 0.6f, off, off)))
            .as("another function").isTrue();
    }
}
