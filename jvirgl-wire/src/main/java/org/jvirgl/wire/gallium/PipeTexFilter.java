package org.jvirgl.wire.gallium;

/** Image filters ({@code PIPE_TEX_FILTER_*}) and mip filters ({@code PIPE_TEX_MIPFILTER_*}). */
public final class PipeTexFilter {
    public static final int NEAREST = 0;
    public static final int LINEAR = 1;
    public static final int MIP_NEAREST = 0;
    public static final int MIP_LINEAR = 1;
    public static final int MIP_NONE = 2;

    private static final String[] NAMES = {"NEAREST", "LINEAR", "NONE"};

    private PipeTexFilter() {
    }

    /** Name of an image or mip filter value. */
    public static String name(int filter) {
        return Names.of(NAMES, filter);
    }
}
