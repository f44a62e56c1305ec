package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** TGSI CLOCK (ARB_shader_clock): the 64-bit counter as two words, low word first. */
class ShaderClockTest {
    /** The shape of piglit's arb_shader_clock clock2x32 compute shader. */
    private static final String CLOCK_CS = """
            COMP
            PROPERTY CS_FIXED_BLOCK_WIDTH 1
            PROPERTY CS_FIXED_BLOCK_HEIGHT 1
            PROPERTY CS_FIXED_BLOCK_DEPTH 1
            DCL BUFFER[0]
            DCL TEMP[0..1]
            IMM[0] UINT32 {0, 0, 0, 0}
              0: CLOCK TEMP[0].xy
              1: CLOCK TEMP[1].zw
              2: STORE BUFFER[0].xy, IMM[0].xxxx, TEMP[0].xyxx
              3: END
            """;

    @Test
    void clockWritesBothWordsOfClock2x32AndRequiresTheExtension() throws Exception {
        TgsiShader shader = TgsiParser.parse(CLOCK_CS);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        assertThat(glsl).contains("#extension GL_ARB_shader_clock : require")
            .contains("temps[0].xy = (clock2x32ARB().xyxy).xy;")
            .contains("temps[1].zw = (clock2x32ARB().xyxy).zw;");
    }

    @Test
    void aHostWithoutTheExtensionOrAGlesHostRefusesClock() throws Exception {
        TgsiShader shader = TgsiParser.parse(CLOCK_CS);
        assertThatThrownBy(() -> GlslTranslator.translate(shader, ShaderKey.defaults(),
            new HostProfile(450, false, Set.of("GL_ARB_gpu_shader5"))))
            .isInstanceOf(ShaderTranslationException.class).hasMessageContaining("GL_ARB_shader_clock");
        assertThatThrownBy(() -> GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.gles(320, null)))
            .isInstanceOf(ShaderTranslationException.class).hasMessageContaining("CLOCK");
    }
}
