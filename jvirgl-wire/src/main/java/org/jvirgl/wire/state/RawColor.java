package org.jvirgl.wire.state;

/**
 * Four 32-bit colour words exactly as sent. Whether they are floats, signed or unsigned
 * integers is decided by the format of the surface or texture they apply to.
 */
public record RawColor(int word0, int word1, int word2, int word3) {

    /** Word {@code i} (0..3) as raw bits. */
    public int word(int i) {
        return switch (i) {
            case 0 -> word0;
            case 1 -> word1;
            case 2 -> word2;
            case 3 -> word3;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    /** Word {@code i} read as an IEEE float. */
    public float asFloat(int i) {
        return Float.intBitsToFloat(word(i));
    }

    public static RawColor ofFloats(float r, float g, float b, float a) {
        return new RawColor(Float.floatToRawIntBits(r), Float.floatToRawIntBits(g),
                Float.floatToRawIntBits(b), Float.floatToRawIntBits(a));
    }
}
