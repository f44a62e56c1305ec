package org.jvirgl.wire.gallium;

/** Blend equations ({@code PIPE_BLEND_*}). */
public final class PipeBlendFunc {
    public static final int ADD = 0;
    public static final int SUBTRACT = 1;
    public static final int REVERSE_SUBTRACT = 2;
    public static final int MIN = 3;
    public static final int MAX = 4;

    private static final String[] NAMES = {"ADD", "SUBTRACT", "REVERSE_SUBTRACT", "MIN", "MAX"};

    private PipeBlendFunc() {
    }

    public static String name(int func) {
        return Names.of(NAMES, func);
    }
}
