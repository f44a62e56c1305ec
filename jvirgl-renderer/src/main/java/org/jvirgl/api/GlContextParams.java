package org.jvirgl.api;

/** The GL context an embedder is asked to create ({@code struct virgl_renderer_gl_ctx_param}). */
public record GlContextParams(int majorVersion, int minorVersion, boolean shared, boolean compatibilityProfile) {
}
