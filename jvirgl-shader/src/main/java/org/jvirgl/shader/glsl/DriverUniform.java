package org.jvirgl.shader.glsl;

/**
 * Plain (default-block) uniforms the generated GLSL may declare for state GLSL cannot see;
 * the renderer sets each one a shader reports in {@link ShaderInfo#driverUniforms()}.
 * They are shared by name across the stages of a program.
 */
public enum DriverUniform {
    /** {@code uniform float winsys_adjust_y;} 1.0, or -1.0 when the viewport flips Y (pitfall 16). */
    WINSYS_ADJUST_Y("winsys_adjust_y"),
    /** {@code uniform float alpha_ref_val;} the DSA alpha reference value. */
    ALPHA_REF("alpha_ref_val"),
    /** {@code uniform vec4 clipp[8];} user clip planes in clip space. */
    CLIP_PLANES("clipp"),
    /**
     * {@code uniform uint stipple_pattern[32];} polygon stipple rows, row = window y mod 32,
     * bit (31 - window x mod 32) set = draw, i.e. the guest pattern words as given.
     */
    STIPPLE_PATTERN("stipple_pattern"),
    /**
     * {@code uniform float point_size;} GLSL ES hosts only: the rasterizer's point size, written
     * to gl_PointSize by a last vertex stage that writes none (GLES has no glPointSize).
     */
    POINT_SIZE("point_size");

    private final String glslName;

    DriverUniform(String glslName) {
        this.glslName = glslName;
    }

    public String glslName() {
        return glslName;
    }
}
