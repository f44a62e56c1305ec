package org.jvirgl.wire.gallium;

/** CLEAR buffer bits ({@code PIPE_CLEAR_*}). */
public final class PipeClear {
    public static final int DEPTH = 1;
    public static final int STENCIL = 2;
    public static final int DEPTHSTENCIL = 3;
    /** COLOR0; COLORn is {@code COLOR0 << n}. */
    public static final int COLOR0 = 4;
    public static final int COLOR = 0x3fc;

    private static final String[] NAMES = {
        "DEPTH", "STENCIL", "COLOR0", "COLOR1", "COLOR2", "COLOR3", "COLOR4", "COLOR5", "COLOR6", "COLOR7",
    };

    private PipeClear() {
    }

    /** Colour buffer {@code index} (0..7) bit. */
    public static int color(int index) {
        return COLOR0 << index;
    }

    public static String names(int buffers) {
        return Names.bits(NAMES, buffers);
    }
}
