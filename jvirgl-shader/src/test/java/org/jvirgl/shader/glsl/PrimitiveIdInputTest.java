package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** The primitive ID reaches the shader whether Mesa declares it as SV or as an input. */
class PrimitiveIdInputTest {

    /** Mesa 22.3's GS for piglit glsl-1.50 geometry primitive-id-restart (captured). */
    @Test
    void aGeometryShaderInputDeclaredAsPrimIdIsLoadedFromGlPrimitiveIdIn() throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                GEOM
                PROPERTY GS_INPUT_PRIMITIVE TRIANGLES_ADJACENCY
                PROPERTY GS_OUTPUT_PRIMITIVE POINTS
                PROPERTY GS_MAX_OUTPUT_VERTICES 1
                PROPERTY GS_INVOCATIONS 1
                DCL IN[][0], PRIM_ID
                DCL OUT[0].x, GENERIC[0]
                IMM[0] UINT32 {0, 0, 0, 0}
                DCL TEMP[0..3]
                  0: MOV OUT[0].x, IN[0].xxxx
                  1: EMIT IMM[0].xxxx
                  2: END
                """);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        assertThat(glsl).contains("inputs[0] = uvec4(uint(gl_PrimitiveIDIn), 0u, 0u, 0u);");
    }
}
