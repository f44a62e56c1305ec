package org.jvirgl.wire.state;

/**
 * A guest depth-stencil-alpha object ({@code pipe_depth_stencil_alpha_state}). Functions are
 * {@code PipeCompareFunc} values; {@code back} applies only when its {@code enabled} is set
 * (two-sided stencil).
 */
public record DepthStencilAlphaState(boolean depthEnabled, boolean depthWritemask, int depthFunc,
                                     boolean alphaEnabled, int alphaFunc, float alphaRef,
                                     StencilState front, StencilState back) {

    /** Word S0 of the wire encoding. */
    public int packS0() {
        return (depthEnabled ? 1 : 0) | (depthWritemask ? 2 : 0) | (depthFunc & 0x7) << 2
                | (alphaEnabled ? 1 << 8 : 0) | (alphaFunc & 0x7) << 9;
    }
}
