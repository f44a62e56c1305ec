package org.jvirgl.shader.tgsi;

/**
 * How an opcode interprets the 32-bit words of its operands. 64-bit types occupy a pair of
 * channels (xy, zw). {@link #UNTYPED} moves bits without interpreting them.
 */
public enum ValueType {
    FLOAT, INT, UINT, DOUBLE, INT64, UINT64, UNTYPED;

    public boolean isWide() {
        return this == DOUBLE || this == INT64 || this == UINT64;
    }
}
