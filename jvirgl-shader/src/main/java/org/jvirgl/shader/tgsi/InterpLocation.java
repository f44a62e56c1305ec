package org.jvirgl.shader.tgsi;

/** Where an interpolated input is sampled ({@code TGSI_INTERPOLATE_LOC_*}). */
public enum InterpLocation implements NamedValues.Named {
    CENTER, CENTROID, SAMPLE;

    private static final NamedValues<InterpLocation> NAMES = NamedValues.of(InterpLocation.class);

    @Override
    public String tgsiName() {
        return name();
    }

    static InterpLocation lookup(String name) {
        return NAMES.lookup(name);
    }
}
