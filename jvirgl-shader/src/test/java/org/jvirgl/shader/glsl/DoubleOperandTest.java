package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** Which source channels an fp64 operation reads. */
class DoubleOperandTest {

    private static String translate(String body) throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                FRAG
                DCL OUT[0], COLOR
                DCL BUFFER[0]
                DCL TEMP[0..3]
                IMM[0] UINT32 {0, 16, 0, 0}
                  0: LOAD TEMP[0], BUFFER[0], IMM[0].xxxx
                """ + body + """
                  9: STORE BUFFER[0], IMM[0].yyyy, TEMP[2]
                 10: END
                """);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        return glsl;
    }

    /** Mesa's virgl driver: each double source copied to a temporary's xy, the op writing zw (piglit layout-std140-fp64-shader). */
    @Test
    void anOperationWritingTheSecondDoubleReadsEachSourcesFirstDouble() throws Exception {
        String glsl = translate("""
                  1: MOV TEMP[1].xy, TEMP[0].zwzw
                  2: DADD TEMP[2].zw, TEMP[1], TEMP[1]
                """);
        assertThat(glsl).contains("temps[2].zw = unpackDouble2x32((packDouble2x32(temps[1].xy) + packDouble2x32(temps[1].xy)))");
    }

    @Test
    void anOperationWritingBothDoublesReadsTheMatchingPairOfEachSource() throws Exception {
        String glsl = translate("""
                  1: DMUL TEMP[2], TEMP[0], TEMP[0]
                """);
        assertThat(glsl).contains("packDouble2x32(temps[0].xy) * packDouble2x32(temps[0].xy)")
                .contains("packDouble2x32(temps[0].zw) * packDouble2x32(temps[0].zw)");
    }
}
