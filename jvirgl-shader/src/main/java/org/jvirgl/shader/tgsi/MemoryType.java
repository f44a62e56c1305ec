package org.jvirgl.shader.tgsi;

/** The address space of a {@code MEMORY} declaration ({@code TGSI_MEMORY_TYPE_*}). */
public enum MemoryType implements NamedValues.Named {
    GLOBAL, SHARED, PRIVATE, INPUT;

    private static final NamedValues<MemoryType> NAMES = NamedValues.of(MemoryType.class);

    @Override
    public String tgsiName() {
        return name();
    }

    static MemoryType lookup(String name) {
        return NAMES.lookup(name);
    }
}
