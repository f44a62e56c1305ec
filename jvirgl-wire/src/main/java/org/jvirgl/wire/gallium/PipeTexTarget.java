package org.jvirgl.wire.gallium;

/** Resource and view targets ({@code enum pipe_texture_target}). */
public final class PipeTexTarget {
    public static final int BUFFER = 0;
    public static final int TEXTURE_1D = 1;
    public static final int TEXTURE_2D = 2;
    public static final int TEXTURE_3D = 3;
    public static final int TEXTURE_CUBE = 4;
    public static final int TEXTURE_RECT = 5;
    public static final int TEXTURE_1D_ARRAY = 6;
    public static final int TEXTURE_2D_ARRAY = 7;
    public static final int TEXTURE_CUBE_ARRAY = 8;
    public static final int COUNT = 9;

    private static final String[] NAMES = {
        "BUFFER", "1D", "2D", "3D", "CUBE", "RECT", "1D_ARRAY", "2D_ARRAY", "CUBE_ARRAY",
    };

    private PipeTexTarget() {
    }

    public static String name(int target) {
        return Names.of(NAMES, target);
    }
}
