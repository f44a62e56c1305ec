package org.jvirgl.shader.tgsi;

/**
 * One {@code IMM} line as four raw 32-bit words. 64-bit types hold two values, low word
 * first ({@code x|y<<32}, {@code z|w<<32}). The words are what the translator uses: TGSI
 * registers are untyped.
 */
public record Immediate(ImmediateType type, int x, int y, int z, int w) {
    public Immediate {
        if (type == null) {
            throw new IllegalArgumentException("immediate without type");
        }
    }

    public int word(int channel) {
        return switch (channel) {
            case 0 -> x;
            case 1 -> y;
            case 2 -> z;
            case 3 -> w;
            default -> throw new IllegalArgumentException("channel " + channel);
        };
    }
}
