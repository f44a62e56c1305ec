package org.jvirgl.wire.gallium;

/** Shader stages in wire order (every stage field of the protocol and per-stage caps arrays). */
public final class ShaderStage {
    public static final int VERTEX = 0;
    public static final int FRAGMENT = 1;
    public static final int GEOMETRY = 2;
    public static final int TESS_CTRL = 3;
    public static final int TESS_EVAL = 4;
    public static final int COMPUTE = 5;
    public static final int COUNT = 6;

    private static final String[] NAMES = {"VS", "FS", "GS", "TCS", "TES", "CS"};

    private ShaderStage() {
    }

    public static boolean isValid(int stage) {
        return stage >= 0 && stage < COUNT;
    }

    /** Short name (VS, FS, GS, TCS, TES, CS). */
    public static String name(int stage) {
        return Names.of(NAMES, stage);
    }
}
