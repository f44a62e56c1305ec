package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** Which variables transform feedback captures from: the varying itself where vrend would. */
class StreamOutputCaptureTest {
    private static final String VS = """
            VERT
            DCL IN[0]
            DCL OUT[0], POSITION
            DCL OUT[1], GENERIC[0]
            DCL OUT[2], GENERIC[1]
              0: MOV OUT[0], IN[0]
              1: MOV OUT[1], IN[0]
              2: MOV OUT[2], IN[0]
              3: END
            """;

    private static TranslatedShader translate(List<StreamOutput> so) throws Exception {
        TgsiShader shader = TgsiParser.parse(VS);
        ShaderKey key = new ShaderKey.Builder().streamOutputs(so).build();
        TranslatedShader t = GlslTranslator.translate(shader, key, HostProfile.LLVMPIPE_CORE);
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), t.glsl())).as(t.glsl()).isNull();
        }
        return t;
    }

    /** Piglit's ext_transform_feedback max-varyings captures every varying whole: no copies, or it cannot link. */
    @Test
    void aVaryingCapturedWholeIsCapturedFromItselfWithoutACopy() throws Exception {
        TranslatedShader t = translate(List.of(new StreamOutput(1, 0, 4, 0, 0, 0), new StreamOutput(2, 0, 4, 0, 4, 0)));
        assertThat(t.info().transformFeedbackVaryings()).containsExactly("vso_g0", "vso_g1");
        assertThat(t.glsl()).doesNotContain("vsso");
    }

    @Test
    void aPartOfAVaryingOrOneCapturedTwiceGetsItsOwnCopy() throws Exception {
        TranslatedShader t = translate(List.of(new StreamOutput(1, 1, 2, 0, 0, 0), new StreamOutput(2, 0, 4, 0, 2, 0),
            new StreamOutput(2, 0, 4, 1, 0, 0)));
        assertThat(t.info().transformFeedbackVaryings())
            .containsExactly("vsso0", "vsso1", "gl_NextBuffer", "vsso2");
        assertThat(t.glsl()).contains("out vec2 vsso0;", "vsso0 = uintBitsToFloat(outputs[1].yz);", "out vec4 vsso1;");
    }
}
