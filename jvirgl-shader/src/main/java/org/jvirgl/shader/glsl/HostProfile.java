package org.jvirgl.shader.glsl;

/**
 * The host GLSL dialect to emit: desktop core ({@code #version N core}) or GLSL ES
 * ({@code #version N es}). Only desktop 330–460 is emitted today; ES is reserved so the
 * record does not change when it is added.
 */
public record HostProfile(int glslVersion, boolean es) {
    /** Mesa llvmpipe's core profile, the reference host. */
    public static final HostProfile LLVMPIPE_CORE = desktop(450);

    public HostProfile {
        if (glslVersion < 100 || glslVersion > 460) {
            throw new IllegalArgumentException("GLSL version " + glslVersion);
        }
    }

    public static HostProfile desktop(int glslVersion) {
        return new HostProfile(glslVersion, false);
    }

    /** Whether the host has at least desktop GLSL {@code version}. */
    public boolean atLeast(int version) {
        return !es && glslVersion >= version;
    }
}
