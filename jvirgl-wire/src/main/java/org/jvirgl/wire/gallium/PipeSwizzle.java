package org.jvirgl.wire.gallium;

/** Channel swizzles of sampler views ({@code PIPE_SWIZZLE_*}). */
public final class PipeSwizzle {
    public static final int X = 0;
    public static final int Y = 1;
    public static final int Z = 2;
    public static final int W = 3;
    public static final int ZERO = 4;
    public static final int ONE = 5;

    private static final String[] NAMES = {"X", "Y", "Z", "W", "0", "1"};

    private PipeSwizzle() {
    }

    public static String name(int swizzle) {
        return Names.of(NAMES, swizzle);
    }
}
