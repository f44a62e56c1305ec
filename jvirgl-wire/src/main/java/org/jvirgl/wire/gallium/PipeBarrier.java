package org.jvirgl.wire.gallium;

/** MEMORY_BARRIER flags ({@code PIPE_BARRIER_*}) and render-condition modes ({@code PIPE_RENDER_COND_*}). */
public final class PipeBarrier {
    public static final int MAPPED_BUFFER = 1;
    public static final int SHADER_BUFFER = 1 << 1;
    public static final int QUERY_BUFFER = 1 << 2;
    public static final int VERTEX_BUFFER = 1 << 3;
    public static final int INDEX_BUFFER = 1 << 4;
    public static final int CONSTANT_BUFFER = 1 << 5;
    public static final int INDIRECT_BUFFER = 1 << 6;
    public static final int TEXTURE = 1 << 7;
    public static final int IMAGE = 1 << 8;
    public static final int FRAMEBUFFER = 1 << 9;
    public static final int STREAMOUT_BUFFER = 1 << 10;
    public static final int GLOBAL_BUFFER = 1 << 11;
    public static final int ALL = (1 << 12) - 1;

    public static final int RENDER_COND_WAIT = 0;
    public static final int RENDER_COND_NO_WAIT = 1;
    public static final int RENDER_COND_BY_REGION_WAIT = 2;
    public static final int RENDER_COND_BY_REGION_NO_WAIT = 3;

    private static final String[] NAMES = {
        "MAPPED_BUFFER", "SHADER_BUFFER", "QUERY_BUFFER", "VERTEX_BUFFER", "INDEX_BUFFER", "CONSTANT_BUFFER",
        "INDIRECT_BUFFER", "TEXTURE", "IMAGE", "FRAMEBUFFER", "STREAMOUT_BUFFER", "GLOBAL_BUFFER",
    };

    private PipeBarrier() {
    }

    public static String names(int flags) {
        return Names.bits(NAMES, flags);
    }
}
