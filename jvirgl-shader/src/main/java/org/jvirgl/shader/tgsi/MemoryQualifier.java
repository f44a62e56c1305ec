package org.jvirgl.shader.tgsi;

/** Memory access qualifiers of LOAD/STORE/ATOM* ({@code TGSI_MEMORY_*} bits, in bit order). */
public enum MemoryQualifier implements NamedValues.Named {
    COHERENT, RESTRICT, VOLATILE;

    private static final NamedValues<MemoryQualifier> NAMES = NamedValues.of(MemoryQualifier.class);

    @Override
    public String tgsiName() {
        return name();
    }

    public int bit() {
        return 1 << ordinal();
    }

    static MemoryQualifier lookup(String name) {
        return NAMES.lookup(name);
    }
}
