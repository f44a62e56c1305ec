package org.jvirgl.wire.state;

/**
 * One face of the stencil test ({@code pipe_stencil_state}); {@code func} is a
 * {@code PipeCompareFunc}, the ops are {@code PipeStencilOp} values.
 */
public record StencilState(boolean enabled, int func, int failOp, int zpassOp, int zfailOp,
                           int valueMask, int writeMask) {

    public static StencilState unpack(int w) {
        return new StencilState((w & 1) != 0, (w >>> 1) & 0x7, (w >>> 4) & 0x7, (w >>> 7) & 0x7,
                (w >>> 10) & 0x7, (w >>> 13) & 0xff, (w >>> 21) & 0xff);
    }

    public int pack() {
        return (enabled ? 1 : 0) | (func & 0x7) << 1 | (failOp & 0x7) << 4 | (zpassOp & 0x7) << 7
                | (zfailOp & 0x7) << 10 | (valueMask & 0xff) << 13 | (writeMask & 0xff) << 21;
    }
}
