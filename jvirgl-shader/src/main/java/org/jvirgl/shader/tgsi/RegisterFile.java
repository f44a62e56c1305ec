package org.jvirgl.shader.tgsi;

/** A TGSI register file ({@code TGSI_FILE_*}), spelled as in TGSI text. */
public enum RegisterFile implements NamedValues.Named {
    NULL("NULL"),
    CONSTANT("CONST"),
    INPUT("IN"),
    OUTPUT("OUT"),
    TEMPORARY("TEMP"),
    SAMPLER("SAMP"),
    ADDRESS("ADDR"),
    IMMEDIATE("IMM"),
    PREDICATE("PRED"),
    SYSTEM_VALUE("SV"),
    IMAGE("IMAGE"),
    SAMPLER_VIEW("SVIEW"),
    BUFFER("BUFFER"),
    MEMORY("MEMORY"),
    HW_ATOMIC("HWATOMIC");

    private static final NamedValues<RegisterFile> NAMES = NamedValues.of(RegisterFile.class);

    private final String tgsiName;

    RegisterFile(String tgsiName) {
        this.tgsiName = tgsiName;
    }

    @Override
    public String tgsiName() {
        return tgsiName;
    }

    static RegisterFile lookup(String name) {
        return NAMES.lookup(name);
    }
}
