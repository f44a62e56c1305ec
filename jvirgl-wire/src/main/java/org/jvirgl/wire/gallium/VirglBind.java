package org.jvirgl.wire.gallium;

/**
 * Resource bind flags as the host sees them ({@code VIRGL_BIND_*}). These differ from
 * Mesa's internal PIPE_BIND values in several places; guests convert before sending.
 */
public final class VirglBind {
    public static final int DEPTH_STENCIL = 1;
    public static final int RENDER_TARGET = 1 << 1;
    public static final int SAMPLER_VIEW = 1 << 3;
    public static final int VERTEX_BUFFER = 1 << 4;
    public static final int INDEX_BUFFER = 1 << 5;
    public static final int CONSTANT_BUFFER = 1 << 6;
    public static final int DISPLAY_TARGET = 1 << 7;
    public static final int COMMAND_ARGS = 1 << 8;
    public static final int STREAM_OUTPUT = 1 << 11;
    public static final int SHADER_BUFFER = 1 << 14;
    public static final int QUERY_BUFFER = 1 << 15;
    public static final int CURSOR = 1 << 16;
    public static final int CUSTOM = 1 << 17;
    public static final int SCANOUT = 1 << 18;
    public static final int STAGING = 1 << 19;
    public static final int SHARED = 1 << 20;
    /** Advertised by older guests; has no effect. */
    public static final int PREFER_EMULATED_BGRA = 1 << 21;
    public static final int LINEAR = 1 << 22;

    private static final String[] NAMES = new String[23];

    static {
        NAMES[0] = "DEPTH_STENCIL";
        NAMES[1] = "RENDER_TARGET";
        NAMES[3] = "SAMPLER_VIEW";
        NAMES[4] = "VERTEX_BUFFER";
        NAMES[5] = "INDEX_BUFFER";
        NAMES[6] = "CONSTANT_BUFFER";
        NAMES[7] = "DISPLAY_TARGET";
        NAMES[8] = "COMMAND_ARGS";
        NAMES[11] = "STREAM_OUTPUT";
        NAMES[14] = "SHADER_BUFFER";
        NAMES[15] = "QUERY_BUFFER";
        NAMES[16] = "CURSOR";
        NAMES[17] = "CUSTOM";
        NAMES[18] = "SCANOUT";
        NAMES[19] = "STAGING";
        NAMES[20] = "SHARED";
        NAMES[21] = "PREFER_EMULATED_BGRA";
        NAMES[22] = "LINEAR";
    }

    private VirglBind() {
    }

    public static String names(int bind) {
        return Names.bits(NAMES, bind);
    }
}
