package org.jvirgl.shader.glsl;

/**
 * What GLSL ES 3.10 lacks in core: the ES version that has it and the extension that adds it
 * to an older ES (or to every ES version, when no version has it). Upstream vrend writes the
 * same {@code #extension} lines for a GLES host. Desktop GLSL never consults this table.
 */
enum EsFeature {
    GEOMETRY_SHADER(320, "GL_EXT_geometry_shader", "geometry shaders"),
    TESSELLATION_SHADER(320, "GL_EXT_tessellation_shader", "tessellation shaders"),
    TEXTURE_BUFFER(320, "GL_EXT_texture_buffer", "buffer textures"),
    CUBE_MAP_ARRAY(320, "GL_EXT_texture_cube_map_array", "cube map arrays"),
    MULTISAMPLE_ARRAY(320, "GL_OES_texture_storage_multisample_2d_array", "multisample array textures"),
    SAMPLE_VARIABLES(320, "GL_OES_sample_variables", "per-sample variables"),
    MULTISAMPLE_INTERPOLATION(320, "GL_OES_shader_multisample_interpolation", "sample interpolation"),
    GPU_SHADER5(320, "GL_EXT_gpu_shader5", "non-constant or four gather offsets"),
    IMAGE_ATOMIC(320, "GL_OES_shader_image_atomic", "image atomics"),
    CLIP_CULL_DISTANCE(0, "GL_EXT_clip_cull_distance", "clip and cull distances"),
    NOPERSPECTIVE(0, "GL_NV_shader_noperspective_interpolation", "noperspective interpolation"),
    VIEWPORT_ARRAY(0, "GL_OES_viewport_array", "viewport index"),
    TEXTURE_QUERY_LOD(0, "GL_EXT_texture_query_lod", "level-of-detail queries"),
    TEXTURE_SHADOW_LOD(0, "GL_EXT_texture_shadow_lod", "shadow lookups with lod, bias or offset on arrays and cubes"),
    GEOMETRY_POINT_SIZE(0, "GL_EXT_geometry_point_size", "point size in geometry shaders"),
    TESSELLATION_POINT_SIZE(0, "GL_EXT_tessellation_point_size", "point size in tessellation shaders");

    /** The GLSL ES version with the feature in core; 0 = none. */
    final int coreVersion;
    final String extension;
    final String description;

    EsFeature(int coreVersion, String extension, String description) {
        this.coreVersion = coreVersion;
        this.extension = extension;
        this.description = description;
    }
}
