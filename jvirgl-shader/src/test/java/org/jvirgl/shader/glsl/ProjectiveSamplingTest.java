package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** TXP: a projective lookup where GLSL has one, a plain lookup on cube maps and arrays. */
class ProjectiveSamplingTest {

    private static String translate(String target) throws Exception {
        // Mesa's fixed-function program for a cube map with texgen (piglit cubemap, arb_seamless_cubemap).
        TgsiShader shader = TgsiParser.parse("""
                FRAG
                DCL IN[0], TEXCOORD[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], %1$s, FLOAT
                  0: TXP OUT[0], IN[0], SAMP[0], %1$s
                  1: END
                """.formatted(target));
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        return glsl;
    }

    @Test
    void aProjectiveCubeLookupSamplesTheDirectionUnprojected() throws Exception {
        assertThat(translate("CUBE")).doesNotContain("textureProj").contains("texture(fssamp0, ");
    }

    @Test
    void projectiveArrayLookupsSampleUnprojected() throws Exception {
        assertThat(translate("2D_ARRAY")).doesNotContain("textureProj").contains("texture(fssamp0, ");
        assertThat(translate("1D_ARRAY")).doesNotContain("textureProj").contains("texture(fssamp0, ");
    }

    @Test
    void aProjective2dLookupStaysProjective() throws Exception {
        assertThat(translate("2D")).contains("textureProj(fssamp0, ");
    }
}
