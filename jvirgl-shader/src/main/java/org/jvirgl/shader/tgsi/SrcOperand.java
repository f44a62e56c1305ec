package org.jvirgl.shader.tgsi;

/**
 * A source operand: register, swizzle and the negate/absolute modifiers. The swizzle packs
 * four 2-bit channel selectors, x in the lowest bits ({@link #IDENTITY} = .xyzw).
 */
public record SrcOperand(RegisterRef register, int swizzle, boolean negate, boolean absolute) {
    public static final int IDENTITY = 0b11_10_01_00;

    public SrcOperand {
        if (register == null || (swizzle & ~0xFF) != 0) {
            throw new IllegalArgumentException("bad source operand");
        }
    }

    public static SrcOperand of(RegisterRef register) {
        return new SrcOperand(register, IDENTITY, false, false);
    }

    /** The source channel (0–3) read for destination channel {@code channel}. */
    public int channel(int channel) {
        return (swizzle >> (2 * channel)) & 3;
    }

    public static int swizzle(int x, int y, int z, int w) {
        return x | y << 2 | z << 4 | w << 6;
    }
}
