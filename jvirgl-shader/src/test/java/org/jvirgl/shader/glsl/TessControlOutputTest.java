package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** Per-vertex TCS outputs are addressed in place, by vertex index or by the invocation's own vertex. */
class TessControlOutputTest {

    /** Shape of piglit's vertex-program-two-side "vs, tcs, tes and fs": Mesa writes COLOR as plain OUT[1]. */
    @Test
    void aPerVertexOutputWrittenWithoutAVertexIndexIsTheInvocationsOwnVertex() throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                TESS_CTRL
                PROPERTY TCS_VERTICES_OUT 4
                DCL IN[][0], POSITION
                DCL SV[0], INVOCATIONID
                DCL OUT[][0], POSITION
                DCL OUT[][1], COLOR
                DCL OUT[][2], BCOLOR
                DCL OUT[3], TESSOUTER
                DCL TEMP[0..1]
                DCL ADDR[0]
                IMM[0] UINT32 {1065353216, 0, 0, 0}
                  0: UARL ADDR[0].x, SV[0].xxxx
                  1: MOV OUT[ADDR[0].x][0], IN[ADDR[0].x][0]
                  2: MOV OUT[3], IMM[0].xxxx
                  3: MOV TEMP[1], IMM[0].yxyx
                  4: MOV OUT[1], TEMP[1]
                  5: MOV OUT[ADDR[0].x][2], IMM[0].xyyx
                  6: MOV TEMP[0], OUT[1]
                  7: END
                """);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        assertThat(glsl).contains("tco_c0[gl_InvocationID].x = ", "tco_bc0[gl_InvocationID].x = ",
                "= floatBitsToUint(tco_c0[gl_InvocationID]");
    }
}
