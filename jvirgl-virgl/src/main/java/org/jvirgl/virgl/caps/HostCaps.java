package org.jvirgl.virgl.caps;

import java.util.Set;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.virgl.winsys.GlVersion;

/**
 * What the host GL can do, probed once per backend on its root context (upstream's scattered
 * {@code has_feature} checks and {@code vrend_state} limits, in one immutable value).
 *
 * @param version     the root context's version (contexts of a backend all share it; an ES
 *                    version on a GLES host)
 * @param profile     core, compatibility or ES
 * @param vendor      {@code GL_VENDOR}
 * @param renderer    {@code GL_RENDERER}
 * @param versionString {@code GL_VERSION}
 * @param glslVersion {@code GL_SHADING_LANGUAGE_VERSION} as an integer (450 for "4.50", 320
 *                    for "OpenGL ES GLSL ES 3.20")
 * @param extensions  every {@code GL_EXTENSIONS} entry
 * @param features    derived features ({@link HostFeature#availableOn})
 * @param limits      numeric limits
 */
public record HostCaps(GlVersion version, GlProfile profile, String vendor, String renderer,
        String versionString, int glslVersion, Set<String> extensions, Set<HostFeature> features,
        HostLimits limits) {

    public HostCaps {
        extensions = Set.copyOf(extensions);
        features = Set.copyOf(features);
    }

    public boolean has(HostFeature feature) {
        return features.contains(feature);
    }

    public boolean hasExtension(String name) {
        return extensions.contains(name);
    }

    /**
     * True on a core-profile host (no fixed function, no GL_ALPHA/LUMINANCE, no quads). A GLES
     * host counts as core, as for vrend: it lacks all of those too.
     */
    public boolean isCoreProfile() {
        return profile == GlProfile.CORE || profile == GlProfile.ES;
    }

    /** True on an OpenGL ES host ({@code USE_GLES}); {@link #version} is then an ES version. */
    public boolean isEs() {
        return profile == GlProfile.ES;
    }

    /** Max colour attachments the guest may use, clamped to Gallium's 8 as vrend does. */
    public int maxDrawBuffers() {
        return Math.min(limits.get(org.lwjgl.opengl.GL20C.GL_MAX_DRAW_BUFFERS), 8);
    }

    /** {@code GL_MAX_TEXTURE_SIZE}. */
    public int maxTextureSize() {
        return limits.get(org.lwjgl.opengl.GL11C.GL_MAX_TEXTURE_SIZE);
    }

    /** {@code GL_MAX_3D_TEXTURE_SIZE}. */
    public int max3dTextureSize() {
        return limits.get(org.lwjgl.opengl.GL12C.GL_MAX_3D_TEXTURE_SIZE);
    }

    /** {@code GL_MAX_CUBE_MAP_TEXTURE_SIZE}. */
    public int maxCubeTextureSize() {
        return limits.get(org.lwjgl.opengl.GL13C.GL_MAX_CUBE_MAP_TEXTURE_SIZE);
    }

    /** {@code GL_MAX_ARRAY_TEXTURE_LAYERS}. */
    public int maxArrayLayers() {
        return limits.get(org.lwjgl.opengl.GL30C.GL_MAX_ARRAY_TEXTURE_LAYERS);
    }

    /** {@code GL_MAX_TEXTURE_BUFFER_SIZE} (texels). */
    public int maxTextureBufferSize() {
        return limits.get(org.lwjgl.opengl.GL31C.GL_MAX_TEXTURE_BUFFER_SIZE);
    }
}
