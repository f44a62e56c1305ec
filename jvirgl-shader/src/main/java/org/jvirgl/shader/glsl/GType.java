package org.jvirgl.shader.glsl;

/** The three 32-bit GLSL scalar kinds registers are reinterpreted as. */
enum GType {
    FLOAT("float", "vec"),
    INT("int", "ivec"),
    UINT("uint", "uvec");

    private final String scalar;
    private final String vectorPrefix;

    GType(String scalar, String vectorPrefix) {
        this.scalar = scalar;
        this.vectorPrefix = vectorPrefix;
    }

    /** The GLSL type of {@code n} components (scalar for 1). */
    String type(int n) {
        return n == 1 ? scalar : vectorPrefix + n;
    }

    /** A literal zero of {@code n} components. */
    String zero(int n) {
        String z = switch (this) {
            case FLOAT -> "0.0";
            case INT -> "0";
            case UINT -> "0u";
        };
        return n == 1 ? z : type(n) + "(" + z + ")";
    }

    /** Reinterprets {@code expr}, of type {@code from} with {@code n} components, as this type. */
    String convert(String expr, GType from, int n) {
        if (from == this) {
            return expr;
        }
        return switch (this) {
            case FLOAT -> (from == UINT ? "uintBitsToFloat(" : "intBitsToFloat(") + expr + ")";
            case UINT -> from == FLOAT ? "floatBitsToUint(" + expr + ")" : type(n) + "(" + expr + ")";
            case INT -> from == FLOAT ? "floatBitsToInt(" + expr + ")" : type(n) + "(" + expr + ")";
        };
    }
}
