package org.jvirgl.wire.state;

/**
 * CLEAR_SURFACE (newer than 0.10.4): clear a rectangle of one surface.
 *
 * @param renderCondition whether the current render condition applies
 * @param buffers         3-bit {@code PipeClear}-style mask from S0 bits 1-3 (color, depth, stencil)
 * @param surface         surface object handle
 * @param color           colour words, or depth (double in words 0-1) and stencil (word 3), as vrend reads them
 */
public record ClearSurface(boolean renderCondition, int buffers, int surface, RawColor color,
                           int x, int y, int width, int height) {

    public int packS0() {
        return (renderCondition ? 1 : 0) | (buffers & 0x7) << 1;
    }
}
