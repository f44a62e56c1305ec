package org.jvirgl.wire;

/**
 * Per-command count limits the decoder enforces before a listener sees a command, taken from
 * the fixed array sizes of the reference host (so an executor may size its tables with them).
 */
public final class WireLimits {
    /** Colour buffers of SET_FRAMEBUFFER_STATE and render targets of a blend object. */
    public static final int MAX_COLOR_BUFS = 8;
    public static final int MAX_VIEWPORTS = 16;
    /** Vertex buffers of SET_VERTEX_BUFFERS ({@code PIPE_MAX_ATTRIBS}). */
    public static final int MAX_VERTEX_BUFFERS = 32;
    /** Elements of a VERTEX_ELEMENTS object ({@code PIPE_MAX_ATTRIBS}). */
    public static final int MAX_VERTEX_ELEMENTS = 32;
    /**
     * Sampler views per stage. Upstream's table holds 128, but hosts advertise at most 32
     * ({@code max_texture_samplers}); a guest exceeding what it was told is refused.
     */
    public static final int MAX_SAMPLER_VIEWS = 32;
    public static final int MAX_SAMPLERS = 32;
    public static final int MAX_CONSTANT_BUFFERS = 32;
    public static final int MAX_SO_TARGETS = 16;
    /** Transform-feedback outputs of one shader ({@code PIPE_MAX_SO_OUTPUTS}). */
    public static final int MAX_SO_OUTPUTS = 64;
    public static final int MAX_SHADER_BUFFERS = 32;
    public static final int MAX_SHADER_IMAGES = 32;
    public static final int MAX_ATOMIC_BUFFERS = 32;
    /** Planes of PIPE_RESOURCE_SET_TYPE. */
    public static final int MAX_PLANES = 4;
    /** Number of shader stages on the wire (VS, FS, GS, TCS, TES, CS). */
    public static final int SHADER_STAGES = 6;
    /** Largest shader text accepted, in bytes (a bound on the continuation buffer). */
    public static final int MAX_SHADER_TEXT_BYTES = 16 << 20;

    private WireLimits() {
    }
}
