package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** Atomic counter operations beyond increment and decrement (ARB_shader_atomic_counter_ops). */
class CounterAtomicsTest {

    /** Mesa's TGSI for piglit's all_touch_test: the counter min and max come as the signed opcodes. */
    @Test
    void signedMinAndMaxOnACounterUseTheCounterMinAndMaxFunctions() throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                FRAG
                DCL OUT[0], COLOR
                DCL HWATOMIC[0][0..3]
                DCL CONST[0][0]
                DCL TEMP[0], LOCAL
                IMM[0] UINT32 {0, 0, 0, 0}
                  0: ATOMIMIN TEMP[0].x, HWATOMIC[2], IMM[0].xxxx, CONST[0][0].xxxx
                  1: ATOMIMAX TEMP[0].y, HWATOMIC[3], IMM[0].xxxx, CONST[0][0].yyyy
                  2: ATOMUMIN TEMP[0].z, HWATOMIC[0], IMM[0].xxxx, CONST[0][0].zzzz
                  3: U2F OUT[0], TEMP[0]
                  4: END
                """);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        assertThat(glsl).contains("#extension GL_ARB_shader_atomic_counter_ops")
                .containsSubsequence("atomicCounterMinARB(", "atomicCounterMaxARB(", "atomicCounterMinARB(");
    }
}
