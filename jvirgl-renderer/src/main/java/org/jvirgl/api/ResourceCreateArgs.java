package org.jvirgl.api;

/**
 * A classic (typed) resource, as in {@code struct virgl_renderer_resource_create_args}.
 * {@code target} is a Gallium texture target (0 BUFFER … 8 CUBE_ARRAY), {@code format} a
 * {@code VIRGL_FORMAT_*} value, {@code bind} {@code VIRGL_BIND_*} bits, {@code flags}
 * {@code VIRGL_RESOURCE_*} bits.
 */
public record ResourceCreateArgs(int handle, int target, int format, int bind, int width, int height,
        int depth, int arraySize, int lastLevel, int nrSamples, int flags) {

    public static final int TARGET_BUFFER = 0;
    public static final int TARGET_1D = 1;
    public static final int TARGET_2D = 2;
    public static final int TARGET_3D = 3;
    public static final int TARGET_CUBE = 4;
    public static final int TARGET_RECT = 5;
    public static final int TARGET_1D_ARRAY = 6;
    public static final int TARGET_2D_ARRAY = 7;
    public static final int TARGET_CUBE_ARRAY = 8;

    public static final int FLAG_Y_0_TOP = 1;
    public static final int FLAG_MAP_PERSISTENT = 1 << 1;
    public static final int FLAG_MAP_COHERENT = 1 << 2;
}
