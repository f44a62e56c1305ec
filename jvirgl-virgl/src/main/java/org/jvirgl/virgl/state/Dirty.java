package org.jvirgl.virgl.state;

/**
 * Dirty bits of a sub-context: what the next draw's derivation step must push to GL. Setters
 * only record values and set bits; {@code DrawStateEmitter} clears them.
 */
public final class Dirty {
    private Dirty() {
    }

    public static final int BLEND = 1;
    public static final int DSA = 1 << 1;
    public static final int STENCIL = 1 << 2;
    public static final int RASTERIZER = 1 << 3;
    public static final int VIEWPORT = 1 << 4;
    public static final int SCISSOR = 1 << 5;
    public static final int FRAMEBUFFER = 1 << 6;
    public static final int VERTEX_BUFFERS = 1 << 7;
    public static final int BLEND_COLOR = 1 << 8;
    public static final int SAMPLE_MASK = 1 << 9;
    public static final int MIN_SAMPLES = 1 << 10;
    /** Anything a shader variant key reads (bound shaders, FS origin, integer attribs …). */
    public static final int SHADERS = 1 << 11;
    public static final int SAMPLERS = 1 << 12;
    public static final int CONSTANTS = 1 << 13;
    public static final int UNIFORM_BUFFERS = 1 << 14;
    public static final int CLIP_PLANES = 1 << 15;
    public static final int STIPPLE = 1 << 16;
    public static final int TESS = 1 << 17;
    /**
     * Only which SHADER objects are bound changed (BIND_SHADER). Unlike {@link #SHADERS} no
     * key-relevant state did, so programs selected earlier for the same shaders still hold.
     */
    public static final int SHADER_BINDINGS = 1 << 18;

    public static final int ALL = (1 << 19) - 1;
}
