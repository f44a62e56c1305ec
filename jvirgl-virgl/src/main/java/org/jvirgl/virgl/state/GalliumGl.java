package org.jvirgl.virgl.state;

import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.gl.HostGl;

/**
 * Translation of the frozen Gallium enums the guest puts on the wire into host GL enums.
 * Every method answers 0 for a value outside the Gallium range so callers can refuse the
 * guest object at creation time instead of passing garbage to GL.
 */
public final class GalliumGl {
    private GalliumGl() {
    }

    private static final int[] BLEND_FUNC = {
        GL_FUNC_ADD, GL_FUNC_SUBTRACT, GL_FUNC_REVERSE_SUBTRACT, GL_MIN, GL_MAX,
    };

    private static final int[] STENCIL_OP = {
        GL_KEEP, GL_ZERO, GL_REPLACE, GL_INCR, GL_DECR, GL_INCR_WRAP, GL_DECR_WRAP, GL_INVERT,
    };

    // Gallium logic ops are numbered CLEAR..SET in the same order as GL's 0x1500..0x150F, but
    // the middle of the list differs, so keep it explicit.
    private static final int[] LOGIC_OP = {
        GL_CLEAR, GL_NOR, GL_AND_INVERTED, GL_COPY_INVERTED, GL_AND_REVERSE, GL_INVERT, GL_XOR,
        GL_NAND, GL_AND, GL_EQUIV, GL_NOOP, GL_OR_INVERTED, GL_COPY, GL_OR_REVERSE, GL_OR, GL_SET,
    };

    private static final int[] WRAP = {
        GL_REPEAT, GL_CLAMP_TO_EDGE /* CLAMP: legacy, nearest core-profile equivalent */,
        GL_CLAMP_TO_EDGE, GL_CLAMP_TO_BORDER, GL_MIRRORED_REPEAT,
        0x8742 /* MIRROR_CLAMP_EXT */, GL_MIRROR_CLAMP_TO_EDGE, 0x8912 /* MIRROR_CLAMP_TO_BORDER_EXT */,
    };

    private static final int[] POLYGON_MODE = {GL_FILL, GL_LINE, GL_POINT};

    private static final int[] SWIZZLE = {GL_RED, GL_GREEN, GL_BLUE, GL_ALPHA, GL_ZERO, GL_ONE};

    /** PIPE_FUNC_NEVER..ALWAYS are GL_NEVER..GL_ALWAYS in the same order. */
    public static int compareFunc(int pipeFunc) {
        return pipeFunc >= 0 && pipeFunc <= 7 ? GL_NEVER + pipeFunc : 0;
    }

    public static int blendFunc(int pipeBlend) {
        return lookup(BLEND_FUNC, pipeBlend);
    }

    public static int stencilOp(int pipeOp) {
        return lookup(STENCIL_OP, pipeOp);
    }

    public static int logicOp(int pipeOp) {
        return lookup(LOGIC_OP, pipeOp);
    }

    public static int wrap(int pipeWrap) {
        return lookup(WRAP, pipeWrap);
    }

    public static int polygonMode(int pipeMode) {
        return lookup(POLYGON_MODE, pipeMode);
    }

    public static int swizzle(int pipeSwizzle) {
        return lookup(SWIZZLE, pipeSwizzle);
    }

    /** The GL factor, or -1 for a value Gallium does not define (GL_ZERO is 0, so 0 cannot mean "unknown"). */
    public static int blendFactor(int pipeFactor) {
        return switch (pipeFactor) {
            case 0x01 -> GL_ONE;
            case 0x02 -> GL_SRC_COLOR;
            case 0x03 -> GL_SRC_ALPHA;
            case 0x04 -> GL_DST_ALPHA;
            case 0x05 -> GL_DST_COLOR;
            case 0x06 -> GL_SRC_ALPHA_SATURATE;
            case 0x07 -> GL_CONSTANT_COLOR;
            case 0x08 -> GL_CONSTANT_ALPHA;
            case 0x09 -> GL_SRC1_COLOR;
            case 0x0a -> GL_SRC1_ALPHA;
            case 0x11 -> GL_ZERO;
            case 0x12 -> GL_ONE_MINUS_SRC_COLOR;
            case 0x13 -> GL_ONE_MINUS_SRC_ALPHA;
            case 0x14 -> GL_ONE_MINUS_DST_ALPHA;
            case 0x15 -> GL_ONE_MINUS_DST_COLOR;
            case 0x17 -> GL_ONE_MINUS_CONSTANT_COLOR;
            case 0x18 -> GL_ONE_MINUS_CONSTANT_ALPHA;
            case 0x19 -> GL_ONE_MINUS_SRC1_COLOR;
            case 0x1a -> GL_ONE_MINUS_SRC1_ALPHA;
            default -> -1;
        };
    }

    public static int magFilter(int pipeFilter) {
        return pipeFilter == 0 ? GL_NEAREST : GL_LINEAR;
    }

    /** Combines the image filter with the mip filter (NEAREST 0, LINEAR 1, NONE 2). */
    public static int minFilter(int pipeFilter, int pipeMipFilter) {
        boolean linear = pipeFilter != 0;
        return switch (pipeMipFilter) {
            case 0 -> linear ? GL_LINEAR_MIPMAP_NEAREST : GL_NEAREST_MIPMAP_NEAREST;
            case 1 -> linear ? GL_LINEAR_MIPMAP_LINEAR : GL_NEAREST_MIPMAP_LINEAR;
            case 2 -> linear ? GL_LINEAR : GL_NEAREST;
            default -> 0;
        };
    }

    /**
     * Gallium primitive numbering equals GL's for POINTS..POLYGON (0..9) and the adjacency
     * and patch modes (10..14); QUADS, QUAD_STRIP and POLYGON are absent from core profile
     * hosts, which the caps keep out of the guest's prim mask.
     */
    public static int primitive(int pipePrim) {
        return switch (pipePrim) {
            case 0, 1, 2, 3, 4, 5, 6 -> pipePrim;
            case 10, 11, 12, 13 -> pipePrim;
            case 14 -> GL_PATCHES;
            default -> -1;
        };
    }

    /** GL texture target for a Gallium texture target (0 BUFFER … 8 CUBE_ARRAY). */
    public static int textureTarget(int pipeTarget, int samples) {
        return HostGl.hostTextureTarget(desktopTextureTarget(pipeTarget, samples));
    }

    private static int desktopTextureTarget(int pipeTarget, int samples) {
        boolean ms = samples > 1;
        return switch (pipeTarget) {
            case 0 -> GL_TEXTURE_BUFFER;
            case 1 -> GL_TEXTURE_1D;
            case 2 -> ms ? GL_TEXTURE_2D_MULTISAMPLE : GL_TEXTURE_2D;
            case 3 -> GL_TEXTURE_3D;
            case 4 -> GL_TEXTURE_CUBE_MAP;
            case 5 -> GL_TEXTURE_RECTANGLE;
            case 6 -> GL_TEXTURE_1D_ARRAY;
            case 7 -> ms ? GL_TEXTURE_2D_MULTISAMPLE_ARRAY : GL_TEXTURE_2D_ARRAY;
            case 8 -> GL_TEXTURE_CUBE_MAP_ARRAY;
            default -> 0;
        };
    }

    private static int lookup(int[] table, int index) {
        return index >= 0 && index < table.length ? table[index] : 0;
    }
}
