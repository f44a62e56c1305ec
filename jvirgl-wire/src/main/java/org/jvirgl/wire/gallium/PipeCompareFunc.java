package org.jvirgl.wire.gallium;

/** Depth/stencil/alpha/shadow compare functions ({@code PIPE_FUNC_*}, GL order). */
public final class PipeCompareFunc {
    public static final int NEVER = 0;
    public static final int LESS = 1;
    public static final int EQUAL = 2;
    public static final int LEQUAL = 3;
    public static final int GREATER = 4;
    public static final int NOTEQUAL = 5;
    public static final int GEQUAL = 6;
    public static final int ALWAYS = 7;

    private static final String[] NAMES = {"NEVER", "LESS", "EQUAL", "LEQUAL", "GREATER", "NOTEQUAL", "GEQUAL", "ALWAYS"};

    private PipeCompareFunc() {
    }

    public static String name(int func) {
        return Names.of(NAMES, func);
    }
}
