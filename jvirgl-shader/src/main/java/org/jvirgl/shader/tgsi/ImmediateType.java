package org.jvirgl.shader.tgsi;

/** Data type of an {@code IMM} line ({@code TGSI_IMM_*}). */
public enum ImmediateType implements NamedValues.Named {
    FLT32(false), UINT32(false), INT32(false), FLT64(true), UINT64(true), INT64(true);

    private static final NamedValues<ImmediateType> NAMES = NamedValues.of(ImmediateType.class);

    private final boolean wide;

    ImmediateType(boolean wide) {
        this.wide = wide;
    }

    @Override
    public String tgsiName() {
        return name();
    }

    /** Whether each value takes two 32-bit words (so an immediate holds two values). */
    public boolean isWide() {
        return wide;
    }

    static ImmediateType lookup(String name) {
        return NAMES.lookup(name);
    }
}
