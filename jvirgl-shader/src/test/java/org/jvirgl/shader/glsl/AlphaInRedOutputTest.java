package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;

/** Alpha-only colour buffers the host stores in red (A8 as R8) receive the output's alpha in red. */
class AlphaInRedOutputTest {
    private static final String FS = """
            FRAG
            PROPERTY FS_COLOR0_WRITES_ALL_CBUFS 1
            DCL IN[0], GENERIC[0], PERSPECTIVE
            DCL OUT[0], COLOR
              0: MOV OUT[0], IN[0]
              1: END
            """;

    private static String translate(ShaderKey key) throws Exception {
        TgsiShader shader = TgsiParser.parse(FS);
        String glsl = GlslTranslator.translate(shader, key, HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        return glsl;
    }

    @Test
    void onlyTheMarkedColourBufferGetsItsAlphaInRed() throws Exception {
        String glsl = translate(new ShaderKey.Builder().nrCbufs(2).cbufAlphaInRedMask(1 << 1).build());

        String second = Names.fragmentOutput(1);
        assertThat(glsl).contains(second + ".x = " + second + ".w;")
                .doesNotContain(Names.fragmentOutput(0) + ".x = ");
    }

    @Test
    void noColourBufferIsTouchedByDefault() throws Exception {
        assertThat(translate(ShaderKey.defaults())).doesNotContain(".x = " + Names.fragmentOutput(0) + ".w");
    }
}
