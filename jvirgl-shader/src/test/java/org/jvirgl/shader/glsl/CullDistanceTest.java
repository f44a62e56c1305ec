package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** CLIPDIST outputs split into clip and cull distances by the NUM_*DIST_ENABLED properties. */
class CullDistanceTest {

    @Test
    void distancesPastTheEnabledClipDistancesAreCullDistances() throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                VERT
                PROPERTY NUM_CLIPDIST_ENABLED 2
                PROPERTY NUM_CULLDIST_ENABLED 3
                DCL IN[0]
                DCL OUT[0], POSITION
                DCL OUT[1], CLIPDIST
                DCL OUT[2].x, CLIPDIST[1]
                  0: MOV OUT[0], IN[0]
                  1: MOV OUT[1], IN[0]
                  2: MOV OUT[2].x, IN[0].yyyy
                  3: END
                """);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        assertThat(glsl).contains("out float gl_ClipDistance[2];", "out float gl_CullDistance[3];",
                "gl_ClipDistance[1] = ", "gl_CullDistance[0] = ", "gl_CullDistance[1] = ", "gl_CullDistance[2] = ")
                .doesNotContain("gl_ClipDistance[2] =", "gl_ClipDistance[4] =");
    }

    @Test
    void aShaderWithOnlyCullDistancesWritesNoClipDistance() throws Exception {
        // A zero NUM_CLIPDIST_ENABLED is not emitted: the cull count alone says what CLIPDIST holds.
        TgsiShader shader = TgsiParser.parse("""
                VERT
                PROPERTY NUM_CULLDIST_ENABLED 1
                DCL IN[0]
                DCL OUT[0], POSITION
                DCL OUT[1].x, CLIPDIST
                  0: MOV OUT[0], IN[0]
                  1: MOV OUT[1].x, IN[0].yyyy
                  2: END
                """);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        assertThat(glsl).contains("out float gl_CullDistance[1];", "gl_CullDistance[0] = ")
                .doesNotContain("gl_ClipDistance");
    }
}
