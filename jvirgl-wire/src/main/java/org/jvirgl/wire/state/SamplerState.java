package org.jvirgl.wire.state;

/**
 * A guest sampler object ({@code pipe_sampler_state}). Wrap modes are {@code PipeTexWrap},
 * filters {@code PipeTexFilter} values, {@code compareFunc} a {@code PipeCompareFunc}; the
 * border colour is raw (its type follows the sampled view's format).
 */
public record SamplerState(int wrapS, int wrapT, int wrapR, int minImgFilter, int minMipFilter,
                           int magImgFilter, boolean compareMode, int compareFunc,
                           boolean seamlessCubeMap, int maxAnisotropy, float lodBias, float minLod,
                           float maxLod, RawColor borderColor) {

    /** Decodes word S0 plus the float and colour words. */
    public static SamplerState unpack(int s0, float lodBias, float minLod, float maxLod, RawColor border) {
        return new SamplerState(s0 & 0x7, (s0 >>> 3) & 0x7, (s0 >>> 6) & 0x7, (s0 >>> 9) & 0x3,
                (s0 >>> 11) & 0x3, (s0 >>> 13) & 0x3, ((s0 >>> 15) & 1) != 0, (s0 >>> 16) & 0x7,
                ((s0 >>> 19) & 1) != 0, (s0 >>> 20) & 0x3f, lodBias, minLod, maxLod, border);
    }

    /** Word S0 of the wire encoding. */
    public int packS0() {
        return (wrapS & 0x7) | (wrapT & 0x7) << 3 | (wrapR & 0x7) << 6 | (minImgFilter & 0x3) << 9
                | (minMipFilter & 0x3) << 11 | (magImgFilter & 0x3) << 13 | (compareMode ? 1 << 15 : 0)
                | (compareFunc & 0x7) << 16 | (seamlessCubeMap ? 1 << 19 : 0) | (maxAnisotropy & 0x3f) << 20;
    }
}
