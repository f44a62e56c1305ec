package org.jvirgl.shader.tgsi;

/** A sampler view's per-channel return type ({@code TGSI_RETURN_TYPE_*}). */
public enum ReturnType implements NamedValues.Named {
    UNORM, SNORM, SINT, UINT, FLOAT;

    private static final NamedValues<ReturnType> NAMES = NamedValues.of(ReturnType.class);

    @Override
    public String tgsiName() {
        return name();
    }

    static ReturnType lookup(String name) {
        return NAMES.lookup(name);
    }
}
