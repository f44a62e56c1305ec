package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** Texel offsets: constant for the sampling family, dynamic or fourfold for gathers. */
class TextureOffsetTest {

    private static String translate(String tgsi) throws Exception {
        TgsiShader shader = TgsiParser.parse(tgsi);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        return glsl;
    }

    /** Shape of piglit's texturegatheroffset fs-rgb-1-uint-2drect: the offset comes from a uniform via TEMP. */
    @Test
    void aGatherTakesAnOffsetHeldInATemporary() throws Exception {
        String glsl = translate("""
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], RECT, UINT
                DCL CONST[0][0]
                DCL TEMP[0..1]
                IMM[0] UINT32 {1, 0, 0, 0}
                  0: MOV TEMP[0].xy, CONST[0][0].xyxx
                  1: TG4 TEMP[1], IN[0], IMM[0].xxxx, SAMP[0], RECT, TEMP[0].xyz
                  2: U2F OUT[0], TEMP[1]
                  3: END
                """);
        assertThat(glsl).contains("textureGatherOffset(fssamp0, ").doesNotContain("textureGatherOffsets");
    }

    @Test
    void aGatherWithFourImmediateOffsetsUsesTextureGatherOffsets() throws Exception {
        String glsl = translate("""
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], 2D, FLOAT
                IMM[0] INT32 {-1, 1, 0, 2}
                  0: TG4 OUT[0], IN[0], IMM[0].zzzz, SAMP[0], 2D, IMM[0].xyz, IMM[0].yxz, IMM[0].zwz, IMM[0].xxz
                  1: END
                """);
        assertThat(glsl).contains("textureGatherOffsets(fssamp0, ", "ivec2[4](ivec2(-1, 1), ivec2(1, -1), ivec2(0, 2), ivec2(-1, -1))");
    }

    @Test
    void samplingWithANonConstantOffsetIsStillRefused() throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], 2D, FLOAT
                DCL TEMP[0]
                  0: MOV TEMP[0], IN[0]
                  1: TEX OUT[0], IN[0], SAMP[0], 2D, TEMP[0].xyz
                  2: END
                """);
        assertThatThrownBy(() -> GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE))
                .isInstanceOf(ShaderTranslationException.class).hasMessageContaining("immediates");
    }
}
