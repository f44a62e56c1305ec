package org.jvirgl.shader.glsl;

import java.util.Set;

/**
 * The host GLSL dialect to emit: desktop core ({@code #version N core}, 330–460) or GLSL ES
 * ({@code #version N es}, 310 or 320) for a GLES host (ES 3.1 is the floor, as for upstream vrend:
 * compute, images and storage buffers are core there).
 *
 * @param extensions the host's GL extension names (as GL_EXTENSIONS lists them), or null when
 *                   unknown. A shader that needs an extension missing from a known list is
 *                   refused with a {@link ShaderTranslationException}; with null the
 *                   {@code #extension ... : require} line is written and the host compiler
 *                   has the last word.
 */
public record HostProfile(int glslVersion, boolean es, Set<String> extensions) {
    /** Mesa llvmpipe's core profile, the reference host. */
    public static final HostProfile LLVMPIPE_CORE = desktop(450);

    public HostProfile {
        boolean valid = es ? glslVersion == 310 || glslVersion == 320
                : glslVersion >= 100 && glslVersion <= 460;
        if (!valid) {
            throw new IllegalArgumentException((es ? "GLSL ES version " : "GLSL version ") + glslVersion);
        }
        extensions = extensions == null ? null : Set.copyOf(extensions);
    }

    public HostProfile(int glslVersion, boolean es) {
        this(glslVersion, es, null);
    }

    public static HostProfile desktop(int glslVersion) {
        return new HostProfile(glslVersion, false);
    }

    /** A GLES host with GLSL ES {@code glslVersion} (310 or 320) and the given extensions (null = unknown). */
    public static HostProfile gles(int glslVersion, Set<String> extensions) {
        return new HostProfile(glslVersion, true, extensions);
    }

    /** Whether the host has at least desktop GLSL {@code version} (always false for GLSL ES). */
    public boolean atLeast(int version) {
        return !es && glslVersion >= version;
    }

    /** Whether the host has at least GLSL ES {@code version} (always false for desktop GLSL). */
    public boolean atLeastEs(int version) {
        return es && glslVersion >= version;
    }

    /** Whether {@code extension} may be used: listed by the host, or the list is unknown. */
    public boolean mayUse(String extension) {
        return extensions == null || extensions.contains(extension);
    }
}
