package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** Buffer textures stored with moved channels: the fetch applies the key's swizzle, GL cannot. */
class BufferSwizzleTest {

    private static String translate(String returnType, Map<Integer, Integer> swizzles) throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[2]
                DCL SVIEW[2], BUFFER, %s
                DCL TEMP[0]
                  0: F2I TEMP[0].x, IN[0].xxxx
                  1: TXF OUT[0], TEMP[0].xxxx, SAMP[2], BUFFER
                  2: END
                """.formatted(returnType));
        ShaderKey key = new ShaderKey.Builder().bufferSwizzles(swizzles).build();
        String glsl = GlslTranslator.translate(shader, key, HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        return glsl;
    }

    @Test
    void luminanceAlphaStoredInRedGreenReadsLuminanceIntoColourAndGreenIntoAlpha() throws Exception {
        String glsl = translate("FLOAT", Map.of(2, ShaderKey.bufferSwizzle(0, 0, 0, 1)));

        assertThat(glsl).contains("vec4 buffer_texel = texelFetch(fssamp2, ",
                "vec4(buffer_texel.x, buffer_texel.x, buffer_texel.x, buffer_texel.y)");
    }

    @Test
    void constantChannelsAreLiteralsOfTheSamplersType() throws Exception {
        String glsl = translate("UINT", Map.of(2, ShaderKey.bufferSwizzle(ShaderKey.SWIZZLE_ZERO,
                ShaderKey.SWIZZLE_ZERO, ShaderKey.SWIZZLE_ZERO, 0)));

        assertThat(glsl).contains("uvec4 buffer_texel = texelFetch(fssamp2, ", "uvec4(0u, 0u, 0u, buffer_texel.x)");
    }

    @Test
    void aSlotWithoutASwizzleFetchesAsItIs() throws Exception {
        String glsl = translate("FLOAT", Map.of(1, ShaderKey.bufferSwizzle(0, 0, 0, 0)));

        assertThat(glsl).doesNotContain("buffer_texel");
    }

    @Test
    void aSelectorBeyondOneIsRefused() {
        assertThatThrownBy(() -> new ShaderKey.Builder().bufferSwizzles(Map.of(0, 6)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
