package org.jvirgl.api;

/** virtio-gpu capability set ids. */
public final class Capset {
    public static final int VIRGL = 1;
    public static final int VIRGL2 = 2;
    public static final int GFXSTREAM_VULKAN = 3;
    public static final int VENUS = 4;
    public static final int CROSS_DOMAIN = 5;
    public static final int DRM = 6;

    private Capset() {
    }
}
