package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** GL_CLAMP emulation: the key's clamped coordinates are clamped before sampling, nothing else. */
class LegacyClampTest {

    private static String translate(String tgsi, ShaderKey.LegacyClamp clamp) throws Exception {
        TgsiShader shader = TgsiParser.parse(tgsi);
        ShaderKey key = new ShaderKey.Builder().legacyClamp(clamp).build();
        String glsl = GlslTranslator.translate(shader, key, HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        return glsl;
    }

    private static String sampling(String target, String opcode) {
        return """
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[1]
                DCL SVIEW[1], %s, FLOAT
                  0: %s OUT[0], IN[0], SAMP[1], %s
                  1: END
                """.formatted(target, opcode, target);
    }

    @Test
    void onlyTheClampedCoordinatesOfTheSlotAreClampedToTheUnitRange() throws Exception {
        String glsl = translate(sampling("2D", "TEX"), new ShaderKey.LegacyClamp(0b10, 0, 0));

        assertThat(glsl).contains("vec2 clamped_coord = ",
                "clamped_coord.x = clamp(clamped_coord.x, float(0.0), float(1.0));",
                "texture(fssamp1, clamped_coord)");
    }

    @Test
    void aSlotWithoutLegacyClampSamplesItsCoordinateAsItIs() throws Exception {
        String glsl = translate(sampling("2D", "TEX"), new ShaderKey.LegacyClamp(0b01, 0b01, 0));

        assertThat(glsl).doesNotContain("clamped_coord");
    }

    @Test
    void aProjectiveSampleIsClampedAfterTheDivide() throws Exception {
        String glsl = translate(sampling("2D", "TXP"), new ShaderKey.LegacyClamp(0b10, 0b10, 0b10));

        assertThat(glsl).contains("vec4 clamped_coord = ",
                "clamped_coord.xy = clamp(clamped_coord.xy / clamped_coord.w, vec2(0.0), vec2(1.0)) * clamped_coord.w;",
                "textureProj(fssamp1, clamped_coord)");
    }

    @Test
    void aRectangleIsClampedToItsSizeAndAnArrayLayerNever() throws Exception {
        String rect = translate(sampling("RECT", "TEX"), new ShaderKey.LegacyClamp(0b10, 0b10, 0));
        String array = translate(sampling("2D_ARRAY", "TEX"), new ShaderKey.LegacyClamp(0b10, 0b10, 0b10));

        assertThat(rect).contains("clamped_coord.xy = clamp(clamped_coord.xy, vec2(0.0), vec2(textureSize(fssamp1).xy));");
        assertThat(array).contains("vec3 clamped_coord = ",
                "clamped_coord.xy = clamp(clamped_coord.xy, vec2(0.0), vec2(1.0));");
    }

    @Test
    void cubeMapsAreNeverClamped() throws Exception {
        String glsl = translate(sampling("CUBE", "TEX"), new ShaderKey.LegacyClamp(0b10, 0b10, 0b10));

        assertThat(glsl).doesNotContain("clamped_coord");
    }
}
