package org.jvirgl.virgl.program;

import org.jvirgl.shader.glsl.ShaderKey;
import org.jvirgl.shader.glsl.ShaderTranslationException;
import org.jvirgl.shader.glsl.TranslatedShader;
import org.jvirgl.shader.tgsi.TgsiShader;

/** TGSI → GLSL for one variant (the shader module's translator, for the host's GLSL dialect). */
@FunctionalInterface
public interface Translator {
    TranslatedShader translate(TgsiShader shader, ShaderKey key) throws ShaderTranslationException;
}
