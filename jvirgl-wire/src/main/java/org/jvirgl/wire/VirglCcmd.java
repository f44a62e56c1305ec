package org.jvirgl.wire;

/**
 * VirGL command opcodes ({@code enum virgl_context_cmd}): header bits 0-7 of every command.
 * Values are frozen by the protocol. 0.10.4 and Mesa 22.3 know 0..61; 62 and 63 are newer.
 */
public final class VirglCcmd {
    public static final int NOP = 0;
    public static final int CREATE_OBJECT = 1;
    public static final int BIND_OBJECT = 2;
    public static final int DESTROY_OBJECT = 3;
    public static final int SET_VIEWPORT_STATE = 4;
    public static final int SET_FRAMEBUFFER_STATE = 5;
    public static final int SET_VERTEX_BUFFERS = 6;
    public static final int CLEAR = 7;
    public static final int DRAW_VBO = 8;
    public static final int RESOURCE_INLINE_WRITE = 9;
    public static final int SET_SAMPLER_VIEWS = 10;
    public static final int SET_INDEX_BUFFER = 11;
    public static final int SET_CONSTANT_BUFFER = 12;
    public static final int SET_STENCIL_REF = 13;
    public static final int SET_BLEND_COLOR = 14;
    public static final int SET_SCISSOR_STATE = 15;
    public static final int BLIT = 16;
    public static final int RESOURCE_COPY_REGION = 17;
    public static final int BIND_SAMPLER_STATES = 18;
    public static final int BEGIN_QUERY = 19;
    public static final int END_QUERY = 20;
    public static final int GET_QUERY_RESULT = 21;
    public static final int SET_POLYGON_STIPPLE = 22;
    public static final int SET_CLIP_STATE = 23;
    public static final int SET_SAMPLE_MASK = 24;
    public static final int SET_STREAMOUT_TARGETS = 25;
    public static final int SET_RENDER_CONDITION = 26;
    public static final int SET_UNIFORM_BUFFER = 27;
    public static final int SET_SUB_CTX = 28;
    public static final int CREATE_SUB_CTX = 29;
    public static final int DESTROY_SUB_CTX = 30;
    public static final int BIND_SHADER = 31;
    public static final int SET_TESS_STATE = 32;
    public static final int SET_MIN_SAMPLES = 33;
    public static final int SET_SHADER_BUFFERS = 34;
    public static final int SET_SHADER_IMAGES = 35;
    public static final int MEMORY_BARRIER = 36;
    public static final int LAUNCH_GRID = 37;
    public static final int SET_FRAMEBUFFER_STATE_NO_ATTACH = 38;
    public static final int TEXTURE_BARRIER = 39;
    public static final int SET_ATOMIC_BUFFERS = 40;
    public static final int SET_DEBUG_FLAGS = 41;
    public static final int GET_QUERY_RESULT_QBO = 42;
    public static final int TRANSFER3D = 43;
    public static final int END_TRANSFERS = 44;
    public static final int COPY_TRANSFER3D = 45;
    public static final int SET_TWEAKS = 46;
    public static final int CLEAR_TEXTURE = 47;
    public static final int PIPE_RESOURCE_CREATE = 48;
    public static final int PIPE_RESOURCE_SET_TYPE = 49;
    public static final int GET_MEMORY_INFO = 50;
    public static final int SEND_STRING_MARKER = 51;
    public static final int LINK_SHADER = 52;
    public static final int CREATE_VIDEO_CODEC = 53;
    public static final int DESTROY_VIDEO_CODEC = 54;
    public static final int CREATE_VIDEO_BUFFER = 55;
    public static final int DESTROY_VIDEO_BUFFER = 56;
    public static final int BEGIN_FRAME = 57;
    public static final int DECODE_MACROBLOCK = 58;
    public static final int DECODE_BITSTREAM = 59;
    public static final int ENCODE_BITSTREAM = 60;
    public static final int END_FRAME = 61;
    public static final int CLEAR_SURFACE = 62;
    public static final int GET_PIPE_RESOURCE_LAYOUT = 63;
    /** One past the last opcode this decoder knows. */
    public static final int MAX_COMMANDS = 64;

    private static final String[] NAMES = {
        "NOP", "CREATE_OBJECT", "BIND_OBJECT", "DESTROY_OBJECT", "SET_VIEWPORT_STATE",
        "SET_FRAMEBUFFER_STATE", "SET_VERTEX_BUFFERS", "CLEAR", "DRAW_VBO", "RESOURCE_INLINE_WRITE",
        "SET_SAMPLER_VIEWS", "SET_INDEX_BUFFER", "SET_CONSTANT_BUFFER", "SET_STENCIL_REF",
        "SET_BLEND_COLOR", "SET_SCISSOR_STATE", "BLIT", "RESOURCE_COPY_REGION", "BIND_SAMPLER_STATES",
        "BEGIN_QUERY", "END_QUERY", "GET_QUERY_RESULT", "SET_POLYGON_STIPPLE", "SET_CLIP_STATE",
        "SET_SAMPLE_MASK", "SET_STREAMOUT_TARGETS", "SET_RENDER_CONDITION", "SET_UNIFORM_BUFFER",
        "SET_SUB_CTX", "CREATE_SUB_CTX", "DESTROY_SUB_CTX", "BIND_SHADER", "SET_TESS_STATE",
        "SET_MIN_SAMPLES", "SET_SHADER_BUFFERS", "SET_SHADER_IMAGES", "MEMORY_BARRIER", "LAUNCH_GRID",
        "SET_FRAMEBUFFER_STATE_NO_ATTACH", "TEXTURE_BARRIER", "SET_ATOMIC_BUFFERS", "SET_DEBUG_FLAGS",
        "GET_QUERY_RESULT_QBO", "TRANSFER3D", "END_TRANSFERS", "COPY_TRANSFER3D", "SET_TWEAKS",
        "CLEAR_TEXTURE", "PIPE_RESOURCE_CREATE", "PIPE_RESOURCE_SET_TYPE", "GET_MEMORY_INFO",
        "SEND_STRING_MARKER", "LINK_SHADER", "CREATE_VIDEO_CODEC", "DESTROY_VIDEO_CODEC",
        "CREATE_VIDEO_BUFFER", "DESTROY_VIDEO_BUFFER", "BEGIN_FRAME", "DECODE_MACROBLOCK",
        "DECODE_BITSTREAM", "ENCODE_BITSTREAM", "END_FRAME", "CLEAR_SURFACE", "GET_PIPE_RESOURCE_LAYOUT",
    };

    private VirglCcmd() {
    }

    /** The upstream name without the {@code VIRGL_CCMD_} prefix, or {@code "UNKNOWN(n)"}. */
    public static String name(int opcode) {
        return opcode >= 0 && opcode < NAMES.length ? NAMES[opcode] : "UNKNOWN(" + opcode + ")";
    }

    /** Builds a command header dword. */
    public static int header(int opcode, int objectType, int payloadDwords) {
        return (opcode & 0xff) | (objectType & 0xff) << 8 | payloadDwords << 16;
    }
}
