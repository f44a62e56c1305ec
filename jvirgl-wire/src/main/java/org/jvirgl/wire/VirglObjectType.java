package org.jvirgl.wire;

/**
 * Object types of CREATE/BIND/DESTROY_OBJECT ({@code enum virgl_object_type}), carried in
 * header bits 8-15.
 */
public final class VirglObjectType {
    public static final int NULL = 0;
    public static final int BLEND = 1;
    public static final int RASTERIZER = 2;
    public static final int DSA = 3;
    public static final int SHADER = 4;
    public static final int VERTEX_ELEMENTS = 5;
    public static final int SAMPLER_VIEW = 6;
    public static final int SAMPLER_STATE = 7;
    public static final int SURFACE = 8;
    public static final int QUERY = 9;
    public static final int STREAMOUT_TARGET = 10;
    public static final int MSAA_SURFACE = 11;
    public static final int MAX = 12;

    private static final String[] NAMES = {
        "NULL", "BLEND", "RASTERIZER", "DSA", "SHADER", "VERTEX_ELEMENTS", "SAMPLER_VIEW",
        "SAMPLER_STATE", "SURFACE", "QUERY", "STREAMOUT_TARGET", "MSAA_SURFACE",
    };

    private VirglObjectType() {
    }

    /** The upstream name without the {@code VIRGL_OBJECT_} prefix, or {@code "UNKNOWN(n)"}. */
    public static String name(int type) {
        return type >= 0 && type < NAMES.length ? NAMES[type] : "UNKNOWN(" + type + ")";
    }
}
