package org.jvirgl.wire.caps;

/** {@code VIRGL_CAP_V2_*}: the v2 {@code capability_bits_v2} word; the ordinal is the bit number. */
public enum CapabilityBitV2 {
    /** Advanced blend equations. */
    BLEND_EQUATION,
    UNTYPED_RESOURCE,
    VIDEO_MEMORY,
    MEMINFO,
    STRING_MARKER,
    DIFFERENT_GPU,
    IMPLICIT_MSAA,
    COPY_TRANSFER_BOTH_DIRECTIONS,
    SCANOUT_USES_GBM,
    SSO,
    TEXTURE_SHADOW_LOD,
    VS_VERTEX_LAYER,
    VS_VIEWPORT_INDEX,
    PIPELINE_STATISTICS_QUERY,
    DRAW_PARAMETERS,
    GROUP_VOTE,
    MIRROR_CLAMP_TO_EDGE,
    MIRROR_CLAMP,
    RESOURCE_LAYOUT;

    public int mask() {
        return 1 << ordinal();
    }
}
