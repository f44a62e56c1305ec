package org.jvirgl.wire.caps;

/**
 * Every field of {@code virgl_caps_v1} / {@code virgl_caps_v2} with its byte offset, element
 * kind and element count. Per-stage arrays (count 6) are indexed with the wire shader-stage
 * order VS, FS, GS, TCS, TES, CS. Fields from {@link #MAX_TCS_OUTPUTS} on exist only in the
 * 1408-byte layout of newer hosts.
 */
public enum CapsField {
    MAX_VERSION(0, Kind.U32, 1),
    SAMPLER_FORMATS(4, Kind.U32, 16),
    RENDER_FORMATS(68, Kind.U32, 16),
    /** Legacy: hosts leave it empty; guests judge depth formats by the sampler mask. */
    DEPTHSTENCIL_FORMATS(132, Kind.U32, 16),
    /** Legacy: hosts set only R11G11B10_FLOAT. */
    VERTEXBUFFER_FORMATS(196, Kind.U32, 16),
    BSET(260, Kind.U32, 1),
    GLSL_LEVEL(264, Kind.U32, 1),
    MAX_TEXTURE_ARRAY_LAYERS(268, Kind.U32, 1),
    MAX_STREAMOUT_BUFFERS(272, Kind.U32, 1),
    MAX_DUAL_SOURCE_RENDER_TARGETS(276, Kind.U32, 1),
    MAX_RENDER_TARGETS(280, Kind.U32, 1),
    MAX_SAMPLES(284, Kind.U32, 1),
    /** Bit per {@code PipePrim} value. */
    PRIM_MASK(288, Kind.U32, 1),
    MAX_TBO_SIZE(292, Kind.U32, 1),
    MAX_UNIFORM_BLOCKS(296, Kind.U32, 1),
    MAX_VIEWPORTS(300, Kind.U32, 1),
    MAX_TEXTURE_GATHER_COMPONENTS(304, Kind.U32, 1),

    MIN_ALIASED_POINT_SIZE(308, Kind.F32, 1),
    MAX_ALIASED_POINT_SIZE(312, Kind.F32, 1),
    MIN_SMOOTH_POINT_SIZE(316, Kind.F32, 1),
    MAX_SMOOTH_POINT_SIZE(320, Kind.F32, 1),
    MIN_ALIASED_LINE_WIDTH(324, Kind.F32, 1),
    MAX_ALIASED_LINE_WIDTH(328, Kind.F32, 1),
    MIN_SMOOTH_LINE_WIDTH(332, Kind.F32, 1),
    MAX_SMOOTH_LINE_WIDTH(336, Kind.F32, 1),
    MAX_TEXTURE_LOD_BIAS(340, Kind.F32, 1),
    MAX_GEOM_OUTPUT_VERTICES(344, Kind.U32, 1),
    MAX_GEOM_TOTAL_OUTPUT_COMPONENTS(348, Kind.U32, 1),
    /** In vec4 slots. */
    MAX_VERTEX_OUTPUTS(352, Kind.U32, 1),
    MAX_VERTEX_ATTRIBS(356, Kind.U32, 1),
    MAX_SHADER_PATCH_VARYINGS(360, Kind.U32, 1),
    MIN_TEXEL_OFFSET(364, Kind.I32, 1),
    MAX_TEXEL_OFFSET(368, Kind.I32, 1),
    MIN_TEXTURE_GATHER_OFFSET(372, Kind.I32, 1),
    MAX_TEXTURE_GATHER_OFFSET(376, Kind.I32, 1),
    TEXTURE_BUFFER_OFFSET_ALIGNMENT(380, Kind.U32, 1),
    UNIFORM_BUFFER_OFFSET_ALIGNMENT(384, Kind.U32, 1),
    SHADER_BUFFER_OFFSET_ALIGNMENT(388, Kind.U32, 1),
    /** {@link CapabilityBit} set. */
    CAPABILITY_BITS(392, Kind.U32, 1),
    SAMPLE_LOCATIONS(396, Kind.U32, 8),
    MAX_VERTEX_ATTRIB_STRIDE(428, Kind.U32, 1),
    MAX_SHADER_BUFFER_FRAG_COMPUTE(432, Kind.U32, 1),
    MAX_SHADER_BUFFER_OTHER_STAGES(436, Kind.U32, 1),
    MAX_SHADER_IMAGE_FRAG_COMPUTE(440, Kind.U32, 1),
    MAX_SHADER_IMAGE_OTHER_STAGES(444, Kind.U32, 1),
    MAX_IMAGE_SAMPLES(448, Kind.U32, 1),
    MAX_COMPUTE_WORK_GROUP_INVOCATIONS(452, Kind.U32, 1),
    MAX_COMPUTE_SHARED_MEMORY_SIZE(456, Kind.U32, 1),
    MAX_COMPUTE_GRID_SIZE(460, Kind.U32, 3),
    MAX_COMPUTE_BLOCK_SIZE(472, Kind.U32, 3),
    /** 0 lets the guest keep its default. */
    MAX_TEXTURE_2D_SIZE(484, Kind.U32, 1),
    MAX_TEXTURE_3D_SIZE(488, Kind.U32, 1),
    MAX_TEXTURE_CUBE_SIZE(492, Kind.U32, 1),
    MAX_COMBINED_SHADER_BUFFERS(496, Kind.U32, 1),
    MAX_ATOMIC_COUNTERS(500, Kind.U32, 6),
    MAX_ATOMIC_COUNTER_BUFFERS(524, Kind.U32, 6),
    MAX_COMBINED_ATOMIC_COUNTERS(548, Kind.U32, 1),
    MAX_COMBINED_ATOMIC_COUNTER_BUFFERS(552, Kind.U32, 1),
    /** "Host has fixes newer than cap bits can say": 15 in 0.10.4, 23 in newer hosts. */
    HOST_FEATURE_CHECK_VERSION(556, Kind.U32, 1),
    SUPPORTED_READBACK_FORMATS(560, Kind.U32, 16),
    SCANOUT_FORMATS(624, Kind.U32, 16),
    /** {@link CapabilityBitV2} set. */
    CAPABILITY_BITS_V2(688, Kind.U32, 1),
    /** In MiB. */
    MAX_VIDEO_MEMORY(692, Kind.U32, 1),
    /** NUL-terminated host renderer name. */
    RENDERER(696, Kind.CHAR, 64),
    MAX_ANISOTROPY(760, Kind.F32, 1),
    /** 0.10.4 calls it max_texture_image_units, Mesa 22.3 max_shader_sampler_views. */
    MAX_TEXTURE_SAMPLERS(764, Kind.U32, 1),
    SUPPORTED_MULTISAMPLE_FORMATS(768, Kind.U32, 16),
    /** Bytes, per stage. */
    MAX_CONST_BUFFER_SIZE(832, Kind.U32, 6),
    NUM_VIDEO_CAPS(856, Kind.U32, 1),
    /** 32 packed 16-byte video capability entries (left zero: no video). */
    VIDEO_CAPS(860, Kind.U32, 128),
    MAX_UNIFORM_BLOCK_SIZE(1372, Kind.U32, 1),

    MAX_TCS_OUTPUTS(1376, Kind.U32, 1),
    MAX_TES_OUTPUTS(1380, Kind.U32, 1),
    MAX_SHADER_STORAGE_BLOCKS(1384, Kind.U32, 6);

    /** Element type of a field. */
    public enum Kind {
        U32, I32, F32, CHAR;

        int bytes() {
            return this == CHAR ? 1 : 4;
        }
    }

    private final int offset;
    private final Kind kind;
    private final int count;

    CapsField(int offset, Kind kind, int count) {
        this.offset = offset;
        this.kind = kind;
        this.count = count;
    }

    public int offset() {
        return offset;
    }

    public Kind kind() {
        return kind;
    }

    /** Number of elements (1 for scalars). */
    public int count() {
        return count;
    }

    public int byteSize() {
        return count * kind.bytes();
    }

    /** One past the field's last byte. */
    public int end() {
        return offset + byteSize();
    }
}
