package org.jvirgl.wire.state;

/**
 * A guest rasterizer object ({@code pipe_rasterizer_state}).
 *
 * <p>The 32 one-bit switches of word S0 are kept in {@link #flags()} (bit constants below) and
 * read through named accessors; two-bit fields ({@link #cullFace()}, {@link #fillFront()},
 * {@link #fillBack()}) are unpacked from the same word. Cull face uses {@code PipeFace}
 * numbering, fill modes {@code PipePolygonMode}.
 */
public record RasterizerState(int flags, float pointSize, int spriteCoordEnable,
                              int lineStipplePattern, int lineStippleFactor, int clipPlaneEnable,
                              float lineWidth, float offsetUnits, float offsetScale, float offsetClamp) {

    public static final int FLATSHADE = 1;
    public static final int DEPTH_CLIP = 1 << 1;
    public static final int CLIP_HALFZ = 1 << 2;
    public static final int RASTERIZER_DISCARD = 1 << 3;
    public static final int FLATSHADE_FIRST = 1 << 4;
    public static final int LIGHT_TWOSIDE = 1 << 5;
    public static final int SPRITE_COORD_MODE = 1 << 6;
    public static final int POINT_QUAD_RASTERIZATION = 1 << 7;
    /** Shift of the two-bit cull-face field. */
    public static final int CULL_FACE_SHIFT = 8;
    public static final int FILL_FRONT_SHIFT = 10;
    public static final int FILL_BACK_SHIFT = 12;
    public static final int SCISSOR = 1 << 14;
    public static final int FRONT_CCW = 1 << 15;
    public static final int CLAMP_VERTEX_COLOR = 1 << 16;
    public static final int CLAMP_FRAGMENT_COLOR = 1 << 17;
    public static final int OFFSET_LINE = 1 << 18;
    public static final int OFFSET_POINT = 1 << 19;
    public static final int OFFSET_TRI = 1 << 20;
    public static final int POLY_SMOOTH = 1 << 21;
    public static final int POLY_STIPPLE_ENABLE = 1 << 22;
    public static final int POINT_SMOOTH = 1 << 23;
    public static final int POINT_SIZE_PER_VERTEX = 1 << 24;
    public static final int MULTISAMPLE = 1 << 25;
    public static final int LINE_SMOOTH = 1 << 26;
    public static final int LINE_STIPPLE_ENABLE = 1 << 27;
    public static final int LINE_LAST_PIXEL = 1 << 28;
    public static final int HALF_PIXEL_CENTER = 1 << 29;
    public static final int BOTTOM_EDGE_RULE = 1 << 30;
    public static final int FORCE_PERSAMPLE_INTERP = 1 << 31;

    private boolean bit(int mask) {
        return (flags & mask) != 0;
    }

    public boolean flatshade() { return bit(FLATSHADE); }
    public boolean depthClip() { return bit(DEPTH_CLIP); }
    public boolean clipHalfz() { return bit(CLIP_HALFZ); }
    public boolean rasterizerDiscard() { return bit(RASTERIZER_DISCARD); }
    public boolean flatshadeFirst() { return bit(FLATSHADE_FIRST); }
    public boolean lightTwoside() { return bit(LIGHT_TWOSIDE); }
    /** Point-sprite origin: false = upper left, true = lower left. */
    public boolean spriteCoordMode() { return bit(SPRITE_COORD_MODE); }
    public boolean pointQuadRasterization() { return bit(POINT_QUAD_RASTERIZATION); }
    public int cullFace() { return (flags >>> CULL_FACE_SHIFT) & 3; }
    public int fillFront() { return (flags >>> FILL_FRONT_SHIFT) & 3; }
    public int fillBack() { return (flags >>> FILL_BACK_SHIFT) & 3; }
    public boolean scissor() { return bit(SCISSOR); }
    public boolean frontCcw() { return bit(FRONT_CCW); }
    public boolean clampVertexColor() { return bit(CLAMP_VERTEX_COLOR); }
    public boolean clampFragmentColor() { return bit(CLAMP_FRAGMENT_COLOR); }
    public boolean offsetLine() { return bit(OFFSET_LINE); }
    public boolean offsetPoint() { return bit(OFFSET_POINT); }
    public boolean offsetTri() { return bit(OFFSET_TRI); }
    public boolean polySmooth() { return bit(POLY_SMOOTH); }
    public boolean polyStippleEnable() { return bit(POLY_STIPPLE_ENABLE); }
    public boolean pointSmooth() { return bit(POINT_SMOOTH); }
    public boolean pointSizePerVertex() { return bit(POINT_SIZE_PER_VERTEX); }
    public boolean multisample() { return bit(MULTISAMPLE); }
    public boolean lineSmooth() { return bit(LINE_SMOOTH); }
    public boolean lineStippleEnable() { return bit(LINE_STIPPLE_ENABLE); }
    public boolean lineLastPixel() { return bit(LINE_LAST_PIXEL); }
    public boolean halfPixelCenter() { return bit(HALF_PIXEL_CENTER); }
    public boolean bottomEdgeRule() { return bit(BOTTOM_EDGE_RULE); }
    public boolean forcePersampleInterp() { return bit(FORCE_PERSAMPLE_INTERP); }

    /** Word S3 of the wire encoding (stipple pattern, stipple factor, clip plane enables). */
    public int packS3() {
        return (lineStipplePattern & 0xffff) | (lineStippleFactor & 0xff) << 16 | (clipPlaneEnable & 0xff) << 24;
    }
}
