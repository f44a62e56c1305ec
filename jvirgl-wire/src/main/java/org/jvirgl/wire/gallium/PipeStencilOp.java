package org.jvirgl.wire.gallium;

/** Stencil operations ({@code PIPE_STENCIL_OP_*}). */
public final class PipeStencilOp {
    public static final int KEEP = 0;
    public static final int ZERO = 1;
    public static final int REPLACE = 2;
    public static final int INCR = 3;
    public static final int DECR = 4;
    public static final int INCR_WRAP = 5;
    public static final int DECR_WRAP = 6;
    public static final int INVERT = 7;

    private static final String[] NAMES = {"KEEP", "ZERO", "REPLACE", "INCR", "DECR", "INCR_WRAP", "DECR_WRAP", "INVERT"};

    private PipeStencilOp() {
    }

    public static String name(int op) {
        return Names.of(NAMES, op);
    }
}
