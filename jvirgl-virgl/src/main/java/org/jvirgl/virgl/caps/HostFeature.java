package org.jvirgl.virgl.caps;

import static org.jvirgl.virgl.caps.EsAvailability.NO_ES;
import static org.jvirgl.virgl.caps.EsAvailability.es;

import java.util.List;
import java.util.Set;
import org.jvirgl.virgl.winsys.GlVersion;

/**
 * Host GL features the backend keys behaviour on (the facts of vrend 0.10.4's feature table).
 * Each has two columns: on desktop GL, core from a GL version or through one of its
 * extensions (version 0: extensions only); on OpenGL ES, an {@link EsAvailability}. ES columns
 * follow vrend's, plus the ES 3.2 core facts vrend leaves to extensions (texture buffers) and
 * the ES names of extensions whose desktop names vrend lists. Features a GLES host cannot have
 * ({@link EsAvailability#NO_ES}) read as unavailable there, so callers need no API checks.
 */
public enum HostFeature {
    TEXTURE_BUFFER(31, es(32, "GL_EXT_texture_buffer", "GL_OES_texture_buffer"), "GL_ARB_texture_buffer_object"),
    BUFFER_STORAGE(44, es(0, "GL_EXT_buffer_storage"), "GL_ARB_buffer_storage"),
    ARRAYS_OF_ARRAYS(43, es(31), "GL_ARB_arrays_of_arrays"),
    ATOMIC_COUNTERS(42, es(31), "GL_ARB_shader_atomic_counters"),
    BASE_INSTANCE(42, es(0, "GL_EXT_base_instance"), "GL_ARB_base_instance"),
    BARRIER(42, es(31), "GL_ARB_shader_image_load_store"),
    BIT_ENCODING(33, NO_ES, "GL_ARB_shader_bit_encoding"),
    CLEAR_TEXTURE(44, es(0, "GL_EXT_clear_texture"), "GL_ARB_clear_texture"),
    CLIP_CONTROL(45, es(0, "GL_EXT_clip_control"), "GL_ARB_clip_control"),
    COMPUTE_SHADER(43, es(31), "GL_ARB_compute_shader"),
    COPY_IMAGE(43, es(32, "GL_EXT_copy_image", "GL_OES_copy_image"), "GL_ARB_copy_image"),
    CONDITIONAL_RENDER_INVERTED(45, NO_ES, "GL_ARB_conditional_render_inverted"),
    CONSERVATIVE_DEPTH(42, es(0, "GL_EXT_conservative_depth"), "GL_ARB_conservative_depth"),
    CUBE_MAP_ARRAY(40, es(32, "GL_EXT_texture_cube_map_array", "GL_OES_texture_cube_map_array"),
            "GL_ARB_texture_cube_map_array"),
    CULL_DISTANCE(45, es(0, "GL_EXT_clip_cull_distance"), "GL_ARB_cull_distance"),
    DIRECT_STATE_ACCESS(45, NO_ES, "GL_ARB_direct_state_access"),
    DRAW_INSTANCE(31, es(30), "GL_ARB_draw_instanced"),
    DUAL_SRC_BLEND(33, es(0, "GL_EXT_blend_func_extended"), "GL_ARB_blend_func_extended"),
    DEPTH_CLAMP(32, es(0, "GL_EXT_depth_clamp", "GL_NV_depth_clamp"), "GL_ARB_depth_clamp"),
    ENHANCED_LAYOUTS(44, NO_ES, "GL_ARB_enhanced_layouts"),
    FB_NO_ATTACH(43, es(31), "GL_ARB_framebuffer_no_attachments"),
    GEOMETRY_SHADER(32, es(32, "GL_EXT_geometry_shader", "GL_OES_geometry_shader")),
    CONDITIONAL_RENDER(30, es(0, "GL_NV_conditional_render")),
    PRIMITIVE_RESTART(31, es(30), "GL_NV_primitive_restart"),
    GET_TEXTURE_SUB_IMAGE(45, NO_ES, "GL_ARB_get_texture_sub_image"),
    GPU_SHADER5(40, es(32, "GL_EXT_gpu_shader5", "GL_OES_gpu_shader5"), "GL_ARB_gpu_shader5"),
    GPU_SHADER_FP64(40, NO_ES, "GL_ARB_gpu_shader_fp64"),
    IMAGES(42, es(31), "GL_ARB_shader_image_load_store"),
    INDEP_BLEND(30, es(32, "GL_OES_draw_buffers_indexed", "GL_EXT_draw_buffers_indexed"),
            "GL_EXT_draw_buffers2"),
    INDEP_BLEND_FUNC(40, es(32, "GL_OES_draw_buffers_indexed", "GL_EXT_draw_buffers_indexed"),
            "GL_ARB_draw_buffers_blend"),
    INDIRECT_DRAW(40, es(31), "GL_ARB_draw_indirect"),
    INDIRECT_PARAMS(46, NO_ES, "GL_ARB_indirect_parameters"),
    KHR_DEBUG(43, es(32, "GL_KHR_debug"), "GL_KHR_debug"),
    MULTI_DRAW_INDIRECT(43, es(0, "GL_EXT_multi_draw_indirect"), "GL_ARB_multi_draw_indirect"),
    POLYGON_OFFSET_CLAMP(46, es(0, "GL_EXT_polygon_offset_clamp"),
            "GL_ARB_polygon_offset_clamp", "GL_EXT_polygon_offset_clamp"),
    QBO(44, NO_ES, "GL_ARB_query_buffer_object"),
    ROBUST_BUFFER_ACCESS(43, es(0, "GL_KHR_robust_buffer_access_behavior"),
            "GL_ARB_robust_buffer_access_behavior", "GL_KHR_robust_buffer_access_behavior"),
    SAMPLE_SHADING(40, es(32, "GL_OES_sample_shading"), "GL_ARB_sample_shading"),
    SAMPLERS(33, es(30), "GL_ARB_sampler_objects"),
    SEAMLESS_CUBE_MAP(32, es(30), "GL_ARB_seamless_cube_map"),
    SEPARATE_SHADER_OBJECTS(41, es(31), "GL_ARB_separate_shader_objects"),
    SHADER_CLOCK(0, NO_ES, "GL_ARB_shader_clock"),
    SHADER_STENCIL_EXPORT(0, NO_ES, "GL_ARB_shader_stencil_export"),
    SSBO(43, es(31), "GL_ARB_shader_storage_buffer_object"),
    SRGB_WRITE_CONTROL(30, es(0, "GL_EXT_sRGB_write_control"), "GL_EXT_sRGB_write_control"),
    STENCIL_TEXTURING(43, es(31), "GL_ARB_stencil_texturing"),
    STORAGE_MULTISAMPLE(43, es(31), "GL_ARB_texture_storage_multisample"),
    TESSELLATION(40, es(32, "GL_OES_tessellation_shader", "GL_EXT_tessellation_shader"),
            "GL_ARB_tessellation_shader"),
    TEXTURE_ARRAY(30, es(30), "GL_EXT_texture_array"),
    TEXTURE_BARRIER(45, NO_ES, "GL_ARB_texture_barrier"),
    TEXTURE_BUFFER_RANGE(43, es(32, "GL_EXT_texture_buffer", "GL_OES_texture_buffer"),
            "GL_ARB_texture_buffer_range"),
    TEXTURE_GATHER(40, es(31), "GL_ARB_texture_gather"),
    TEXTURE_MULTISAMPLE(32, es(31), "GL_ARB_texture_multisample"),
    TEXTURE_QUERY_LOD(40, es(0, "GL_EXT_texture_query_lod"), "GL_ARB_texture_query_lod"),
    TEXTURE_SHADOW_LOD(0, es(0, "GL_EXT_texture_shadow_lod"), "GL_EXT_texture_shadow_lod"),
    TEXTURE_SRGB_DECODE(0, es(0, "GL_EXT_texture_sRGB_decode"), "GL_EXT_texture_sRGB_decode"),
    TEXTURE_STORAGE(42, es(30), "GL_ARB_texture_storage"),
    TEXTURE_VIEW(43, es(0, "GL_OES_texture_view", "GL_EXT_texture_view"), "GL_ARB_texture_view"),
    TIMER_QUERY(33, es(0, "GL_EXT_disjoint_timer_query"), "GL_ARB_timer_query"),
    TRANSFORM_FEEDBACK(30, es(30), "GL_EXT_transform_feedback"),
    TRANSFORM_FEEDBACK2(40, es(30), "GL_ARB_transform_feedback2"),
    TRANSFORM_FEEDBACK3(40, NO_ES, "GL_ARB_transform_feedback3"),
    TRANSFORM_FEEDBACK_OVERFLOW_QUERY(46, NO_ES, "GL_ARB_transform_feedback_overflow_query"),
    TXQS(45, NO_ES, "GL_ARB_shader_texture_image_samples"),
    UBO(31, es(30), "GL_ARB_uniform_buffer_object"),
    VIEWPORT_ARRAY(41, es(0, "GL_OES_viewport_array"), "GL_ARB_viewport_array"),
    ANISOTROPIC_FILTER(46, es(0, "GL_EXT_texture_filter_anisotropic"),
            "GL_EXT_texture_filter_anisotropic", "GL_ARB_texture_filter_anisotropic"),
    MIRROR_CLAMP(0, es(0, "GL_EXT_texture_mirror_clamp_to_edge"),
            "GL_EXT_texture_mirror_clamp", "GL_ARB_texture_mirror_clamp_to_edge", "GL_EXT_texture_mirror_clamp_to_edge"),
    DERIVATIVE_CONTROL(45, NO_ES, "GL_ARB_derivative_control"),
    VERTEX_TYPE_10F_11F_11F(44, NO_ES, "GL_ARB_vertex_type_10f_11f_11f_rev"),
    SEAMLESS_CUBE_MAP_PER_TEXTURE(0, NO_ES, "GL_AMD_seamless_cube_map_per_texture"),
    S3TC(0, es(0, "GL_EXT_texture_compression_s3tc", "GL_ANGLE_texture_compression_dxt"),
            "GL_EXT_texture_compression_s3tc", "GL_S3_s3tc"),
    RGTC(30, es(0, "GL_EXT_texture_compression_rgtc"),
            "GL_ARB_texture_compression_rgtc", "GL_EXT_texture_compression_rgtc"),
    BPTC(42, es(0, "GL_EXT_texture_compression_bptc"),
            "GL_ARB_texture_compression_bptc", "GL_EXT_texture_compression_bptc"),
    ASTC(0, es(32, "GL_KHR_texture_compression_astc_ldr"), "GL_KHR_texture_compression_astc_ldr"),
    ASTC_SLICED_3D(0, es(0, "GL_KHR_texture_compression_astc_sliced_3d"),
            "GL_KHR_texture_compression_astc_sliced_3d"),
    ETC2(43, es(30), "GL_ARB_ES3_compatibility"),
    BLEND_EQUATION_ADVANCED(0, es(32, "GL_KHR_blend_equation_advanced"), "GL_KHR_blend_equation_advanced"),
    ATI_MEMINFO(0, es(0, "GL_ATI_meminfo"), "GL_ATI_meminfo"),
    NVX_GPU_MEMORY_INFO(0, es(0, "GL_NVX_gpu_memory_info"), "GL_NVX_gpu_memory_info"),
    MESA_PACK_INVERT(0, NO_ES, "GL_MESA_pack_invert"),
    FRAMEBUFFER_FETCH(0, es(0, "GL_EXT_shader_framebuffer_fetch"), "GL_EXT_shader_framebuffer_fetch"),
    S3TC_SRGB(0, es(0, "GL_EXT_texture_compression_s3tc_srgb"), "GL_EXT_texture_compression_s3tc", "GL_S3_s3tc"),
    // Desktop-only texture targets and fixed-function state (no ES path): the executor keys on
    // these to map 1D/rectangle resources to 2D and to skip polygon mode, logic op, provoking
    // vertex and glGetTexImage on a GLES host.
    TEXTURE_1D(10, NO_ES),
    TEXTURE_RECTANGLE(31, NO_ES, "GL_ARB_texture_rectangle"),
    POLYGON_MODE(10, NO_ES),
    LOGIC_OP(10, NO_ES),
    PROVOKING_VERTEX(32, NO_ES, "GL_ARB_provoking_vertex", "GL_EXT_provoking_vertex"),
    GET_TEX_IMAGE(10, NO_ES),
    // 16-bit normalized colour storage and BGRA client data: core on desktop GL, extensions on ES.
    TEXTURE_NORM16(30, es(0, "GL_EXT_texture_norm16")),
    BGRA_TEXTURE(12, es(0, "GL_EXT_texture_format_BGRA8888", "GL_MESA_bgra"));

    private final int glVersion;
    private final EsAvailability es;
    private final List<String> extensions;

    HostFeature(int glVersion, EsAvailability es, String... extensions) {
        this.glVersion = glVersion;
        this.es = es;
        this.extensions = List.of(extensions);
    }

    /** Core since this desktop GL version ({@code 10*major+minor}), 0 if extension-only. */
    public int coreSince() {
        return glVersion;
    }

    /** The desktop GL extensions that provide it. */
    public List<String> extensions() {
        return extensions;
    }

    /** How an OpenGL ES host has it. */
    public EsAvailability onEs() {
        return es;
    }

    /** Whether a desktop GL host with this version and extension set has the feature. */
    public boolean availableOn(GlVersion version, Set<String> hostExtensions) {
        return availableOn(version, false, hostExtensions);
    }

    /**
     * Whether a host of this version (an ES version when {@code gles}) and extension set has
     * the feature.
     */
    public boolean availableOn(GlVersion version, boolean gles, Set<String> hostExtensions) {
        int core = gles ? es.coreSince() : glVersion;
        if (core != 0 && version.asInt() >= core) {
            return true;
        }
        for (String e : gles ? es.extensions() : extensions) {
            if (hostExtensions.contains(e)) {
                return true;
            }
        }
        return false;
    }
}
