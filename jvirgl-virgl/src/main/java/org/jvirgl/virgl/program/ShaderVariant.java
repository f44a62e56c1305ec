package org.jvirgl.virgl.program;

import static org.lwjgl.opengl.GL45C.glDeleteShader;

import java.util.Set;
import org.jvirgl.shader.glsl.ShaderInfo;
import org.jvirgl.shader.tgsi.SemanticRef;

/**
 * One compiled GL shader of a selector for one key.
 *
 * @param glShader  GL shader name (0 when compilation failed: the draw is skipped)
 * @param glsl      the generated source (kept for error logs)
 * @param info      what the translator reports about names and bindings
 * @param outputs   the varyings it writes, as the next stage's key wants them
 */
record ShaderVariant(int id, int glShader, String glsl, ShaderInfo info, Set<SemanticRef> outputs) {

    ShaderVariant(int id, int glShader, String glsl, ShaderInfo info) {
        this(id, glShader, glsl, info, Set.copyOf(info.outputs()));
    }

    void release() {
        if (glShader != 0) {
            glDeleteShader(glShader);
        }
    }
}
