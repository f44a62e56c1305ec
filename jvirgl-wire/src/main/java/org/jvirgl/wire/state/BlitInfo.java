package org.jvirgl.wire.state;

/**
 * A BLIT command ({@code pipe_blit_info}).
 *
 * @param mask            {@code PipeMask} bits (R, G, B, A, Z, S)
 * @param filter          {@code PipeTexFilter} image filter
 * @param scissorEnable   whether the scissor rectangle applies
 * @param renderCondition whether the current render condition applies
 * @param alphaBlend      whether to blend with the destination alpha
 * @param scissorMinX     scissor rectangle (16-bit fields)
 */
public record BlitInfo(int mask, int filter, boolean scissorEnable, boolean renderCondition, boolean alphaBlend,
                       int scissorMinX, int scissorMinY, int scissorMaxX, int scissorMaxY,
                       BlitRegion dst, BlitRegion src) {

    /** Word S0 of the wire encoding. */
    public int packS0() {
        return (mask & 0xff) | (filter & 0x3) << 8 | (scissorEnable ? 1 << 10 : 0)
                | (renderCondition ? 1 << 11 : 0) | (alphaBlend ? 1 << 12 : 0);
    }
}
