package org.jvirgl.shader.glsl;

import java.util.Map;

/** The GLSL image format qualifier of a Gallium {@code PIPE_FORMAT_*} name, and its texel kind. */
record ImageFormat(String glslName, char kind) {
    private static final Map<String, ImageFormat> BY_PIPE_NAME = Map.ofEntries(
            e("R32G32B32A32_FLOAT", "rgba32f", 'f'), e("R16G16B16A16_FLOAT", "rgba16f", 'f'),
            e("R32G32_FLOAT", "rg32f", 'f'), e("R16G16_FLOAT", "rg16f", 'f'),
            e("R11G11B10_FLOAT", "r11f_g11f_b10f", 'f'), e("R32_FLOAT", "r32f", 'f'), e("R16_FLOAT", "r16f", 'f'),
            e("R16G16B16A16_UNORM", "rgba16", 'f'), e("R10G10B10A2_UNORM", "rgb10_a2", 'f'),
            e("R8G8B8A8_UNORM", "rgba8", 'f'), e("R16G16_UNORM", "rg16", 'f'), e("R8G8_UNORM", "rg8", 'f'),
            e("R16_UNORM", "r16", 'f'), e("R8_UNORM", "r8", 'f'),
            e("R16G16B16A16_SNORM", "rgba16_snorm", 'f'), e("R8G8B8A8_SNORM", "rgba8_snorm", 'f'),
            e("R16G16_SNORM", "rg16_snorm", 'f'), e("R8G8_SNORM", "rg8_snorm", 'f'),
            e("R16_SNORM", "r16_snorm", 'f'), e("R8_SNORM", "r8_snorm", 'f'),
            e("R32G32B32A32_SINT", "rgba32i", 'i'), e("R16G16B16A16_SINT", "rgba16i", 'i'),
            e("R8G8B8A8_SINT", "rgba8i", 'i'), e("R32G32_SINT", "rg32i", 'i'), e("R16G16_SINT", "rg16i", 'i'),
            e("R8G8_SINT", "rg8i", 'i'), e("R32_SINT", "r32i", 'i'), e("R16_SINT", "r16i", 'i'), e("R8_SINT", "r8i", 'i'),
            e("R32G32B32A32_UINT", "rgba32ui", 'u'), e("R16G16B16A16_UINT", "rgba16ui", 'u'),
            e("R10G10B10A2_UINT", "rgb10_a2ui", 'u'), e("R8G8B8A8_UINT", "rgba8ui", 'u'),
            e("R32G32_UINT", "rg32ui", 'u'), e("R16G16_UINT", "rg16ui", 'u'), e("R8G8_UINT", "rg8ui", 'u'),
            e("R32_UINT", "r32ui", 'u'), e("R16_UINT", "r16ui", 'u'), e("R8_UINT", "r8ui", 'u'));

    private static Map.Entry<String, ImageFormat> e(String pipe, String glsl, char kind) {
        return Map.entry("PIPE_FORMAT_" + pipe, new ImageFormat(glsl, kind));
    }

    /** The format for a {@code PIPE_FORMAT_*} name; null for none or one GLSL cannot name. */
    static ImageFormat of(String pipeName) {
        return pipeName == null ? null : BY_PIPE_NAME.get(pipeName.toUpperCase(java.util.Locale.ROOT));
    }
}
