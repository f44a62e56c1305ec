package org.jvirgl.virgl.state;

/** {@code enum virgl_object_type} numbers. */
public final class ObjectType {
    private ObjectType() {
    }

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
}
