package org.jvirgl.shader.tgsi;

/** Fragment input interpolation mode ({@code TGSI_INTERPOLATE_*}). */
public enum Interpolation implements NamedValues.Named {
    CONSTANT, LINEAR, PERSPECTIVE,
    /** Flat or smooth depending on the rasterizer's flatshade state. */
    COLOR;

    private static final NamedValues<Interpolation> NAMES = NamedValues.of(Interpolation.class);

    @Override
    public String tgsiName() {
        return name();
    }

    static Interpolation lookup(String name) {
        return NAMES.lookup(name);
    }
}
