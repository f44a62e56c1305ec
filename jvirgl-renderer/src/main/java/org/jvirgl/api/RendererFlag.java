package org.jvirgl.api;

import java.util.EnumSet;
import java.util.Set;

/** Initialisation flags, with the bit values of virglrenderer's {@code VIRGL_RENDERER_*} flags. */
public enum RendererFlag {
    USE_EGL(1),
    THREAD_SYNC(1 << 1),
    USE_GLX(1 << 2),
    USE_SURFACELESS(1 << 3),
    USE_GLES(1 << 4),
    USE_EXTERNAL_BLOB(1 << 5),
    VENUS(1 << 6),
    NO_VIRGL(1 << 7),
    ASYNC_FENCE_CB(1 << 8),
    RENDER_SERVER(1 << 9),
    DRM(1 << 10),
    USE_VIDEO(1 << 11),
    D3D11_SHARE_TEXTURE(1 << 12),
    COMPAT_PROFILE(1 << 13),
    USE_GUEST_VRAM(1 << 14);

    private final int bit;

    RendererFlag(int bit) {
        this.bit = bit;
    }

    /** The C flag bit. */
    public int bit() {
        return bit;
    }

    /** Decodes a C flags word; bits that name no flag are rejected. */
    public static Set<RendererFlag> fromBits(int bits) {
        EnumSet<RendererFlag> set = EnumSet.noneOf(RendererFlag.class);
        int known = 0;
        for (RendererFlag f : values()) {
            known |= f.bit;
            if ((bits & f.bit) != 0) {
                set.add(f);
            }
        }
        if ((bits & ~known) != 0) {
            throw new VirglException(VirglException.EINVAL,
                    "unknown renderer flag bits 0x" + Integer.toHexString(bits & ~known));
        }
        return set;
    }

    /** Encodes a flag set as the C flags word. */
    public static int toBits(Set<RendererFlag> flags) {
        int bits = 0;
        for (RendererFlag f : flags) {
            bits |= f.bit;
        }
        return bits;
    }
}
