package org.jvirgl.wire.gallium;

/** Blend factors ({@code PIPE_BLENDFACTOR_*}); the "inverse" ones are 0x10 + their base. */
public final class PipeBlendFactor {
    public static final int ONE = 0x01;
    public static final int SRC_COLOR = 0x02;
    public static final int SRC_ALPHA = 0x03;
    public static final int DST_ALPHA = 0x04;
    public static final int DST_COLOR = 0x05;
    public static final int SRC_ALPHA_SATURATE = 0x06;
    public static final int CONST_COLOR = 0x07;
    public static final int CONST_ALPHA = 0x08;
    public static final int SRC1_COLOR = 0x09;
    public static final int SRC1_ALPHA = 0x0a;
    public static final int ZERO = 0x11;
    public static final int INV_SRC_COLOR = 0x12;
    public static final int INV_SRC_ALPHA = 0x13;
    public static final int INV_DST_ALPHA = 0x14;
    public static final int INV_DST_COLOR = 0x15;
    public static final int INV_CONST_COLOR = 0x17;
    public static final int INV_CONST_ALPHA = 0x18;
    public static final int INV_SRC1_COLOR = 0x19;
    public static final int INV_SRC1_ALPHA = 0x1a;

    private static final String[] NAMES = new String[0x1b];

    static {
        String[] base = {null, "ONE", "SRC_COLOR", "SRC_ALPHA", "DST_ALPHA", "DST_COLOR", "SRC_ALPHA_SATURATE",
            "CONST_COLOR", "CONST_ALPHA", "SRC1_COLOR", "SRC1_ALPHA"};
        System.arraycopy(base, 0, NAMES, 0, base.length);
        NAMES[ZERO] = "ZERO";
        for (int f : new int[] {SRC_COLOR, SRC_ALPHA, DST_ALPHA, DST_COLOR, CONST_COLOR, CONST_ALPHA, SRC1_COLOR, SRC1_ALPHA}) {
            NAMES[0x10 | f] = "INV_" + base[f];
        }
    }

    private PipeBlendFactor() {
    }

    public static String name(int factor) {
        return Names.of(NAMES, factor);
    }

    /** Whether the factor reads the second (dual-source) colour output. */
    public static boolean usesDualSource(int factor) {
        return factor == SRC1_COLOR || factor == SRC1_ALPHA || factor == INV_SRC1_COLOR || factor == INV_SRC1_ALPHA;
    }
}
