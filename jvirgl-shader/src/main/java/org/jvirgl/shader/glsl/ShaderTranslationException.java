package org.jvirgl.shader.glsl;

/** A shader the translator cannot express in GLSL. */
public final class ShaderTranslationException extends Exception {
    public ShaderTranslationException(String message) {
        super(message);
    }
}
