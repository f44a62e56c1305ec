package org.jvirgl.wire.caps;

/** {@code VIRGL_CAP_*}: the v2 {@code capability_bits} word; the ordinal is the bit number. */
public enum CapabilityBit {
    TGSI_INVARIANT,
    TEXTURE_VIEW,
    SET_MIN_SAMPLES,
    COPY_IMAGE,
    TGSI_PRECISE,
    TXQS,
    MEMORY_BARRIER,
    COMPUTE_SHADER,
    FB_NO_ATTACH,
    ROBUST_BUFFER_ACCESS,
    TGSI_FBFETCH,
    SHADER_CLOCK,
    TEXTURE_BARRIER,
    TGSI_COMPONENTS,
    GUEST_MAY_INIT_LOG,
    SRGB_WRITE_CONTROL,
    QBO,
    TRANSFER,
    FBO_MIXED_COLOR_FORMATS,
    /** Also read as FAKE_FP64 by guests. */
    HOST_IS_GLES,
    BIND_COMMAND_ARGS,
    MULTI_DRAW_INDIRECT,
    INDIRECT_PARAMS,
    TRANSFORM_FEEDBACK3,
    ASTC_3D,
    INDIRECT_INPUT_ADDR,
    COPY_TRANSFER,
    CLIP_HALFZ,
    APP_TWEAK_SUPPORT,
    BGRA_SRGB_IS_EMULATED,
    CLEAR_TEXTURE,
    ARB_BUFFER_STORAGE;

    public int mask() {
        return 1 << ordinal();
    }
}
