package org.jvirgl.shader.tgsi;

/**
 * A register operand without modifiers: file, index, optional indirect addressing
 * ({@code index} is then the constant offset added to the address register) and optional
 * outer dimension.
 */
public record RegisterRef(RegisterFile file, int index, Indirect indirect, Dimension dimension) {
    public RegisterRef {
        if (file == null) {
            throw new IllegalArgumentException("register without a file");
        }
    }

    public static RegisterRef of(RegisterFile file, int index) {
        return new RegisterRef(file, index, null, null);
    }

    public boolean isIndirect() {
        return indirect != null;
    }

    public boolean hasDimension() {
        return dimension != null;
    }
}
