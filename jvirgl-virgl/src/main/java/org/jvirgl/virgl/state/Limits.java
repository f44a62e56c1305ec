package org.jvirgl.virgl.state;

/** Gallium's fixed slot counts; every guest slot index is checked against these. */
public final class Limits {
    private Limits() {
    }

    public static final int STAGES = 6;
    public static final int STAGE_VERTEX = 0;
    public static final int STAGE_FRAGMENT = 1;
    public static final int STAGE_GEOMETRY = 2;
    public static final int STAGE_TESS_CTRL = 3;
    public static final int STAGE_TESS_EVAL = 4;
    public static final int STAGE_COMPUTE = 5;

    public static final int COLOR_BUFS = 8;
    public static final int VIEWPORTS = 16;
    public static final int VERTEX_BUFFERS = 32;
    public static final int SAMPLER_VIEWS = 32;
    public static final int SAMPLERS = 32;
    public static final int UNIFORM_BUFFERS = 32;
    public static final int SHADER_BUFFERS = 32;
    public static final int SHADER_IMAGES = 32;
    public static final int ATOMIC_BUFFERS = 32;
    public static final int STREAMOUT_TARGETS = 4;
    /** Largest default uniform block accepted inline (in dwords): 4096 vec4 slots. */
    public static final int CONSTANT_DWORDS = 4096 * 4;
}
