package org.jvirgl.shader.tgsi;

/** A texel offset operand of a texture instruction, e.g. {@code IMM[2].xyz}. */
public record TexOffset(RegisterFile file, int index, int swizzleX, int swizzleY, int swizzleZ) {
    public TexOffset {
        if (file == null || (swizzleX | swizzleY | swizzleZ) > 3 || swizzleX < 0 || swizzleY < 0 || swizzleZ < 0) {
            throw new IllegalArgumentException("bad texture offset");
        }
    }

    public int swizzle(int channel) {
        return switch (channel) {
            case 0 -> swizzleX;
            case 1 -> swizzleY;
            default -> swizzleZ;
        };
    }
}
