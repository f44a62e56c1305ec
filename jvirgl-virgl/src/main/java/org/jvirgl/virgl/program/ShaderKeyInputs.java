package org.jvirgl.virgl.program;

import org.jvirgl.virgl.state.VertexElements;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.RasterizerState;

/**
 * Which parts of the rasterizer, DSA and vertex-elements states feed the shader keys ({@link ShaderKeys}), so
 * binding another state object forces a new program selection only when one of them changed.
 * Guests switch these objects between draws for cull, scissor, depth or stencil changes that
 * no shader sees; re-keying every stage for those cost more than the draw. Keep in step with
 * {@link ShaderKeys#build}.
 */
public final class ShaderKeyInputs {
    private ShaderKeyInputs() {
    }

    /** Whether swapping rasterizer {@code a} for {@code b} can change a shader key. */
    public static boolean differ(RasterizerState a, RasterizerState b) {
        return a.clipPlaneEnable() != b.clipPlaneEnable()
            || a.flatshade() != b.flatshade()
            || a.lightTwoside() != b.lightTwoside()
            || a.polyStippleEnable() != b.polyStippleEnable()
            || a.pointQuadRasterization() != b.pointQuadRasterization()
            || a.spriteCoordEnable() != b.spriteCoordEnable()
            || a.fillFront() != b.fillFront()
            || a.fillBack() != b.fillBack();
    }

    /** Whether swapping vertex elements {@code a} for {@code b} (either may be null) can change the VS key. */
    public static boolean differ(VertexElements a, VertexElements b) {
        return a == null || b == null || a.uintMask() != b.uintMask() || a.sintMask() != b.sintMask();
    }

    /** Whether swapping DSA {@code a} for {@code b} can change a shader key (only the alpha test can). */
    public static boolean differ(DepthStencilAlphaState a, DepthStencilAlphaState b) {
        return a.alphaEnabled() != b.alphaEnabled() || a.alphaEnabled() && a.alphaFunc() != b.alphaFunc();
    }
}
