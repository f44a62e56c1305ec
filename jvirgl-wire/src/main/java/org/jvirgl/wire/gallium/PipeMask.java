package org.jvirgl.wire.gallium;

/** BLIT channel masks ({@code PIPE_MASK_*}). */
public final class PipeMask {
    public static final int R = 0x1;
    public static final int G = 0x2;
    public static final int B = 0x4;
    public static final int A = 0x8;
    public static final int RGBA = 0xf;
    public static final int Z = 0x10;
    public static final int S = 0x20;
    public static final int ZS = 0x30;

    private static final String[] NAMES = {"R", "G", "B", "A", "Z", "S"};

    private PipeMask() {
    }

    public static String names(int mask) {
        return Names.bits(NAMES, mask);
    }
}
