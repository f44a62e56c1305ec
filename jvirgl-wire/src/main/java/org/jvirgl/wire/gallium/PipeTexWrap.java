package org.jvirgl.wire.gallium;

/** Texture wrap modes ({@code PIPE_TEX_WRAP_*}). */
public final class PipeTexWrap {
    public static final int REPEAT = 0;
    public static final int CLAMP = 1;
    public static final int CLAMP_TO_EDGE = 2;
    public static final int CLAMP_TO_BORDER = 3;
    public static final int MIRROR_REPEAT = 4;
    public static final int MIRROR_CLAMP = 5;
    public static final int MIRROR_CLAMP_TO_EDGE = 6;
    public static final int MIRROR_CLAMP_TO_BORDER = 7;

    private static final String[] NAMES = {
        "REPEAT", "CLAMP", "CLAMP_TO_EDGE", "CLAMP_TO_BORDER", "MIRROR_REPEAT", "MIRROR_CLAMP",
        "MIRROR_CLAMP_TO_EDGE", "MIRROR_CLAMP_TO_BORDER",
    };

    private PipeTexWrap() {
    }

    public static String name(int wrap) {
        return Names.of(NAMES, wrap);
    }
}
