package org.jvirgl.wire.state;

/**
 * Blend state of one render target ({@code pipe_rt_blend_state}). Functions are
 * {@code PipeBlendFunc} values, factors {@code PipeBlendFactor} values, colormask bits
 * R=1, G=2, B=4, A=8.
 */
public record RtBlendState(boolean blendEnable, int rgbFunc, int rgbSrcFactor, int rgbDstFactor,
                           int alphaFunc, int alphaSrcFactor, int alphaDstFactor, int colormask) {

    /** Decodes one per-RT dword of CREATE_OBJECT(BLEND). */
    public static RtBlendState unpack(int w) {
        return new RtBlendState((w & 1) != 0, (w >>> 1) & 0x7, (w >>> 4) & 0x1f, (w >>> 9) & 0x1f,
                (w >>> 14) & 0x7, (w >>> 17) & 0x1f, (w >>> 22) & 0x1f, (w >>> 27) & 0xf);
    }

    /** The wire encoding of this state. */
    public int pack() {
        return (blendEnable ? 1 : 0) | (rgbFunc & 0x7) << 1 | (rgbSrcFactor & 0x1f) << 4
                | (rgbDstFactor & 0x1f) << 9 | (alphaFunc & 0x7) << 14 | (alphaSrcFactor & 0x1f) << 17
                | (alphaDstFactor & 0x1f) << 22 | (colormask & 0xf) << 27;
    }
}
