package org.jvirgl.virgl.caps;

import java.util.List;
import java.util.Set;
import org.jvirgl.virgl.winsys.GlVersion;

/**
 * Host GL features the backend keys behaviour on, each available from a core GL version or
 * through one of its extensions (the facts of vrend's feature table, desktop GL column).
 * Features with version 0 exist only as extensions.
 */
public enum HostFeature {
    TEXTURE_BUFFER(31, "GL_ARB_texture_buffer_object"),
    BUFFER_STORAGE(44, "GL_ARB_buffer_storage"),
    ARRAYS_OF_ARRAYS(43, "GL_ARB_arrays_of_arrays"),
    ATOMIC_COUNTERS(42, "GL_ARB_shader_atomic_counters"),
    BASE_INSTANCE(42, "GL_ARB_base_instance"),
    BARRIER(42, "GL_ARB_shader_image_load_store"),
    BIT_ENCODING(33, "GL_ARB_shader_bit_encoding"),
    CLEAR_TEXTURE(44, "GL_ARB_clear_texture"),
    CLIP_CONTROL(45, "GL_ARB_clip_control"),
    COMPUTE_SHADER(43, "GL_ARB_compute_shader"),
    COPY_IMAGE(43, "GL_ARB_copy_image"),
    CONDITIONAL_RENDER_INVERTED(45, "GL_ARB_conditional_render_inverted"),
    CONSERVATIVE_DEPTH(42, "GL_ARB_conservative_depth"),
    CUBE_MAP_ARRAY(40, "GL_ARB_texture_cube_map_array"),
    CULL_DISTANCE(45, "GL_ARB_cull_distance"),
    DIRECT_STATE_ACCESS(45, "GL_ARB_direct_state_access"),
    DRAW_INSTANCE(31, "GL_ARB_draw_instanced"),
    DUAL_SRC_BLEND(33, "GL_ARB_blend_func_extended"),
    DEPTH_CLAMP(32, "GL_ARB_depth_clamp"),
    ENHANCED_LAYOUTS(44, "GL_ARB_enhanced_layouts"),
    FB_NO_ATTACH(43, "GL_ARB_framebuffer_no_attachments"),
    GEOMETRY_SHADER(32),
    CONDITIONAL_RENDER(30),
    PRIMITIVE_RESTART(31, "GL_NV_primitive_restart"),
    GET_TEXTURE_SUB_IMAGE(45, "GL_ARB_get_texture_sub_image"),
    GPU_SHADER5(40, "GL_ARB_gpu_shader5"),
    GPU_SHADER_FP64(40, "GL_ARB_gpu_shader_fp64"),
    IMAGES(42, "GL_ARB_shader_image_load_store"),
    INDEP_BLEND(30, "GL_EXT_draw_buffers2"),
    INDEP_BLEND_FUNC(40, "GL_ARB_draw_buffers_blend"),
    INDIRECT_DRAW(40, "GL_ARB_draw_indirect"),
    INDIRECT_PARAMS(46, "GL_ARB_indirect_parameters"),
    KHR_DEBUG(43, "GL_KHR_debug"),
    MULTI_DRAW_INDIRECT(43, "GL_ARB_multi_draw_indirect"),
    POLYGON_OFFSET_CLAMP(46, "GL_ARB_polygon_offset_clamp", "GL_EXT_polygon_offset_clamp"),
    QBO(44, "GL_ARB_query_buffer_object"),
    ROBUST_BUFFER_ACCESS(43, "GL_ARB_robust_buffer_access_behavior", "GL_KHR_robust_buffer_access_behavior"),
    SAMPLE_SHADING(40, "GL_ARB_sample_shading"),
    SAMPLERS(33, "GL_ARB_sampler_objects"),
    SEAMLESS_CUBE_MAP(32, "GL_ARB_seamless_cube_map"),
    SEPARATE_SHADER_OBJECTS(41, "GL_ARB_separate_shader_objects"),
    SHADER_CLOCK(0, "GL_ARB_shader_clock"),
    SHADER_STENCIL_EXPORT(0, "GL_ARB_shader_stencil_export"),
    SSBO(43, "GL_ARB_shader_storage_buffer_object"),
    SRGB_WRITE_CONTROL(30, "GL_EXT_sRGB_write_control"),
    STENCIL_TEXTURING(43, "GL_ARB_stencil_texturing"),
    STORAGE_MULTISAMPLE(43, "GL_ARB_texture_storage_multisample"),
    TESSELLATION(40, "GL_ARB_tessellation_shader"),
    TEXTURE_ARRAY(30, "GL_EXT_texture_array"),
    TEXTURE_BARRIER(45, "GL_ARB_texture_barrier"),
    TEXTURE_BUFFER_RANGE(43, "GL_ARB_texture_buffer_range"),
    TEXTURE_GATHER(40, "GL_ARB_texture_gather"),
    TEXTURE_MULTISAMPLE(32, "GL_ARB_texture_multisample"),
    TEXTURE_QUERY_LOD(40, "GL_ARB_texture_query_lod"),
    TEXTURE_SHADOW_LOD(0, "GL_EXT_texture_shadow_lod"),
    TEXTURE_SRGB_DECODE(0, "GL_EXT_texture_sRGB_decode"),
    TEXTURE_STORAGE(42, "GL_ARB_texture_storage"),
    TEXTURE_VIEW(43, "GL_ARB_texture_view"),
    TIMER_QUERY(33, "GL_ARB_timer_query"),
    TRANSFORM_FEEDBACK(30, "GL_EXT_transform_feedback"),
    TRANSFORM_FEEDBACK2(40, "GL_ARB_transform_feedback2"),
    TRANSFORM_FEEDBACK3(40, "GL_ARB_transform_feedback3"),
    TRANSFORM_FEEDBACK_OVERFLOW_QUERY(46, "GL_ARB_transform_feedback_overflow_query"),
    TXQS(45, "GL_ARB_shader_texture_image_samples"),
    UBO(31, "GL_ARB_uniform_buffer_object"),
    VIEWPORT_ARRAY(41, "GL_ARB_viewport_array"),
    ANISOTROPIC_FILTER(46, "GL_EXT_texture_filter_anisotropic", "GL_ARB_texture_filter_anisotropic"),
    MIRROR_CLAMP(0, "GL_EXT_texture_mirror_clamp", "GL_ARB_texture_mirror_clamp_to_edge",
            "GL_EXT_texture_mirror_clamp_to_edge"),
    DERIVATIVE_CONTROL(45, "GL_ARB_derivative_control"),
    VERTEX_TYPE_10F_11F_11F(44, "GL_ARB_vertex_type_10f_11f_11f_rev"),
    SEAMLESS_CUBE_MAP_PER_TEXTURE(0, "GL_AMD_seamless_cube_map_per_texture"),
    S3TC(0, "GL_EXT_texture_compression_s3tc", "GL_S3_s3tc"),
    RGTC(30, "GL_ARB_texture_compression_rgtc", "GL_EXT_texture_compression_rgtc"),
    BPTC(42, "GL_ARB_texture_compression_bptc", "GL_EXT_texture_compression_bptc"),
    ASTC(0, "GL_KHR_texture_compression_astc_ldr"),
    ASTC_SLICED_3D(0, "GL_KHR_texture_compression_astc_sliced_3d"),
    ETC2(43, "GL_ARB_ES3_compatibility"),
    BLEND_EQUATION_ADVANCED(0, "GL_KHR_blend_equation_advanced"),
    ATI_MEMINFO(0, "GL_ATI_meminfo"),
    NVX_GPU_MEMORY_INFO(0, "GL_NVX_gpu_memory_info"),
    MESA_PACK_INVERT(0, "GL_MESA_pack_invert"),
    FRAMEBUFFER_FETCH(0, "GL_EXT_shader_framebuffer_fetch");

    private final int glVersion;
    private final List<String> extensions;

    HostFeature(int glVersion, String... extensions) {
        this.glVersion = glVersion;
        this.extensions = List.of(extensions);
    }

    /** Core since this GL version ({@code 10*major+minor}), 0 if extension-only. */
    public int coreSince() {
        return glVersion;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether a host with this version and extension set has the feature. */
    public boolean availableOn(GlVersion version, Set<String> hostExtensions) {
        if (glVersion != 0 && version.asInt() >= glVersion) {
            return true;
        }
        for (String e : extensions) {
            if (hostExtensions.contains(e)) {
                return true;
            }
        }
        return false;
    }
}
