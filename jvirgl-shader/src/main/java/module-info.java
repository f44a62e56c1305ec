/** TGSI text → typed IR → GLSL. No GL: everything here runs and is tested anywhere. */
module org.jvirgl.shader {
    exports org.jvirgl.shader.tgsi;
    exports org.jvirgl.shader.glsl;
}
