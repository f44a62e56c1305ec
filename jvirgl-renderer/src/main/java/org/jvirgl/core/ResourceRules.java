package org.jvirgl.core;

import static org.jvirgl.api.ResourceCreateArgs.TARGET_1D;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_1D_ARRAY;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_2D;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_2D_ARRAY;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_BUFFER;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_CUBE;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_CUBE_ARRAY;
import static org.jvirgl.api.ResourceCreateArgs.TARGET_RECT;

import org.jvirgl.api.ResourceCreateArgs;

/**
 * The host-independent half of upstream's {@code check_resource_valid}: the shape rules a
 * classic resource must satisfy whatever the host. The host-dependent half (format known,
 * multisample-capable, size limits, optional GL features) belongs to the backend, which sees
 * the arguments after these rules passed.
 */
final class ResourceRules {
    private ResourceRules() {
    }

    static final int TARGET_COUNT = 9;

    // VIRGL_BIND_* bits (virglrenderer's frozen numbering, not Mesa's PIPE_BIND_*).
    static final int BIND_DEPTH_STENCIL = 1;
    static final int BIND_RENDER_TARGET = 1 << 1;
    static final int BIND_SAMPLER_VIEW = 1 << 3;
    static final int BIND_VERTEX_BUFFER = 1 << 4;
    static final int BIND_INDEX_BUFFER = 1 << 5;
    static final int BIND_CONSTANT_BUFFER = 1 << 6;
    static final int BIND_COMMAND_ARGS = 1 << 8;
    static final int BIND_STREAM_OUTPUT = 1 << 11;
    static final int BIND_SHADER_BUFFER = 1 << 14;
    static final int BIND_QUERY_BUFFER = 1 << 15;
    static final int BIND_CURSOR = 1 << 16;
    static final int BIND_CUSTOM = 1 << 17;
    static final int BIND_STAGING = 1 << 19;
    static final int BIND_SHARED = 1 << 20;
    static final int BIND_LINEAR = 1 << 22;

    private static final int SUPPORTED_FLAGS = ResourceCreateArgs.FLAG_Y_0_TOP
            | ResourceCreateArgs.FLAG_MAP_PERSISTENT | ResourceCreateArgs.FLAG_MAP_COHERENT;

    private static final int TEXTURE_BINDS = BIND_SAMPLER_VIEW | BIND_DEPTH_STENCIL | BIND_RENDER_TARGET
            | BIND_CURSOR | BIND_SHARED | BIND_LINEAR;

    /** Why the arguments are invalid, or null when they pass. */
    static String violation(ResourceCreateArgs a) {
        int target = a.target();
        if (target < 0 || target >= TARGET_COUNT) {
            return "invalid texture target " + target;
        }
        // Gallium treats 0 and 1 samples alike (single-sampled); only real MSAA is restricted.
        if (Integer.compareUnsigned(a.nrSamples(), 1) > 0) {
            if (target != TARGET_2D && target != TARGET_2D_ARRAY) {
                return "multisample resources must be 2D or 2D arrays (target " + target + ")";
            }
            if (a.lastLevel() != 0) {
                return "multisample resources cannot have mipmaps";
            }
        }
        if (a.lastLevel() != 0) {
            if (target == TARGET_BUFFER) {
                return "buffers cannot have mipmaps";
            }
            if (target == TARGET_RECT) {
                return "RECT textures cannot have mipmaps";
            }
            long largest = Math.max(Integer.toUnsignedLong(a.width()), Integer.toUnsignedLong(a.height()));
            long maxLevel = largest == 0 ? 0 : 63 - Long.numberOfLeadingZeros(largest) + 1;
            if (Integer.toUnsignedLong(a.lastLevel()) > maxLevel) {
                return "last level " + Integer.toUnsignedString(a.lastLevel()) + " too large for "
                        + Integer.toUnsignedString(a.width()) + "x" + Integer.toUnsignedString(a.height());
            }
        }
        if ((a.flags() & ~SUPPORTED_FLAGS) != 0) {
            return "unsupported resource flags 0x" + Integer.toHexString(a.flags());
        }
        if ((a.flags() & ResourceCreateArgs.FLAG_Y_0_TOP) != 0 && target != TARGET_2D && target != TARGET_RECT) {
            return "Y_0_TOP is only valid for 2D and RECT textures";
        }
        if (target == TARGET_CUBE) {
            if (a.arraySize() != 6) {
                return "cube maps need an array size of 6, not " + Integer.toUnsignedString(a.arraySize());
            }
        } else if (target == TARGET_CUBE_ARRAY) {
            if (Integer.remainderUnsigned(a.arraySize(), 6) != 0) {
                return "cube map arrays need a multiple of 6 layers, not " + Integer.toUnsignedString(a.arraySize());
            }
        } else if (Integer.compareUnsigned(a.arraySize(), 1) > 0
                && target != TARGET_2D_ARRAY && target != TARGET_1D_ARRAY) {
            return "target " + target + " cannot be an array";
        }
        if (target != TARGET_BUFFER && a.width() == 0) {
            return "textures need a non-zero width";
        }
        return isBufferOnlyBind(a.bind()) ? bufferViolation(a) : textureViolation(a);
    }

    /** Binds that only make sense for buffers: none, or exactly one buffer-ish usage. */
    private static boolean isBufferOnlyBind(int bind) {
        return switch (bind) {
            case 0, BIND_CUSTOM, BIND_STAGING, BIND_INDEX_BUFFER, BIND_STREAM_OUTPUT, BIND_VERTEX_BUFFER,
                    BIND_CONSTANT_BUFFER, BIND_QUERY_BUFFER, BIND_COMMAND_ARGS, BIND_SHADER_BUFFER -> true;
            default -> false;
        };
    }

    private static String bufferViolation(ResourceCreateArgs a) {
        if (a.target() != TARGET_BUFFER) {
            return "bind 0x" + Integer.toHexString(a.bind()) + " requires the buffer target, not " + a.target();
        }
        if (a.height() != 1 || a.depth() != 1) {
            return "buffers must have height and depth 1, not " + Integer.toUnsignedString(a.height()) + ", "
                    + Integer.toUnsignedString(a.depth());
        }
        return null;
    }

    private static String textureViolation(ResourceCreateArgs a) {
        if ((a.bind() & TEXTURE_BINDS) == 0) {
            return "invalid texture bind flags 0x" + Integer.toHexString(a.bind());
        }
        int target = a.target();
        boolean twoD = target == TARGET_2D || target == TARGET_RECT || target == TARGET_CUBE
                || target == TARGET_2D_ARRAY || target == TARGET_CUBE_ARRAY;
        if (twoD && a.depth() != 1) {
            return "2D texture targets need depth 1, not " + Integer.toUnsignedString(a.depth());
        }
        if ((target == TARGET_1D || target == TARGET_1D_ARRAY) && (a.height() != 1 || a.depth() != 1)) {
            return "1D textures need height and depth 1";
        }
        if ((target == TARGET_CUBE || target == TARGET_CUBE_ARRAY) && a.width() != a.height()) {
            return "cube maps need width == height";
        }
        return null;
    }
}
