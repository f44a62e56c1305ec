package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jvirgl.shader.tgsi.Corpus;
import org.jvirgl.shader.tgsi.TgsiParseException;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/**
 * Guest text is hostile: random mutations of real shaders must end in a parsed shader, a
 * {@link TgsiParseException} or a {@link ShaderTranslationException} — nothing else escapes.
 */
class HostileInputTest {
    private static final String ALPHABET = "[](){}.,:;|-+ \n\tTEMPINOUTCONSTIMMADDRSVSAMP0123456789xyzw_";
    private static final String[] TOKENS = {"99999999999", "65535", "-1", "[", "]", "..", "ADDR[0].x+", "IF ",
        "ENDIF", "BGNLOOP", "ENDLOOP", "ELSE", "BRK", "DCL TEMP[0..65535]\n", "CASE IMM[0].xxxx\n", "SWITCH TEMP[0].xxxx\n",
        "EMIT IMM[0].xxxx\n", "TEX TEMP[0], TEMP[0], SAMP[31], SHADOWCUBEARRAY\n", "\0", "IN[ADDR[0].x]"};

    /** Desktop and both GLSL ES dialects, one with a host that lists no extensions at all. */
    private static final List<HostProfile> HOSTS = List.of(HostProfile.LLVMPIPE_CORE, HostProfile.gles(320, null),
            HostProfile.gles(310, java.util.Set.of()));

    @Test
    void randomMutationsOfCorpusShadersNeverEscapeAsUncheckedExceptions() {
        Random random = new Random(0x5EEDL);
        List<Path> files = Corpus.files();
        int parsed = 0;
        for (int round = 0; round < 3000; round++) {
            String text = Corpus.read(files.get(random.nextInt(files.size())));
            String mutated = mutate(text, random, 1 + random.nextInt(4));
            TgsiShader shader;
            try {
                shader = TgsiParser.parse(mutated);
            } catch (TgsiParseException expected) {
                continue;
            }
            parsed++;
            for (HostProfile host : HOSTS) {
                try {
                    GlslTranslator.translate(shader, CorpusTranslationTest.keyFor(shader.stage()), host);
                } catch (ShaderTranslationException expected) {
                    // refused cleanly
                }
            }
        }
        assertThat(parsed).as("some mutations must still parse, or the test exercises nothing").isPositive();
    }

    private static String mutate(String text, Random random, int edits) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < edits && sb.length() > 1; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> {
                    int end = Math.min(sb.length(), at + random.nextInt(40));
                    sb.insert(random.nextInt(sb.length()), sb.substring(at, end));
                }
                default -> {
                    int end = Math.min(sb.length(), at + random.nextInt(20));
                    sb.delete(at, end);
                }
            }
        }
        return sb.toString();
    }

    @Test
    void deeplyNestedFlowControlIsRefusedNotRecursedInto() throws TgsiParseException {
        String text = "FRAG\nDCL TEMP[0]\n" + "UIF TEMP[0].xxxx\n".repeat(5000) + "END\n";
        TgsiShader shader = TgsiParser.parse(text);

        assertThatThrownBy(() -> GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE))
                .isInstanceOf(ShaderTranslationException.class).hasMessageContaining("nested");
    }

    @Test
    void unbalancedFlowControlIsRefused() throws TgsiParseException {
        TgsiShader endifFirst = TgsiParser.parse("FRAG\nDCL TEMP[0]\nENDIF\nEND\n");
        TgsiShader openLoop = TgsiParser.parse("FRAG\nDCL TEMP[0]\nBGNLOOP\nBRK\nEND\n");

        assertThatThrownBy(() -> GlslTranslator.translate(endifFirst, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE))
                .isInstanceOf(ShaderTranslationException.class);
        assertThatThrownBy(() -> GlslTranslator.translate(openLoop, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE))
                .isInstanceOf(ShaderTranslationException.class);
    }

    @Test
    void hugeRegisterFilesAreRefusedInsteadOfDeclared() throws TgsiParseException {
        TgsiShader shader = TgsiParser.parse("FRAG\nDCL TEMP[0..60000]\nEND\n");

        assertThatThrownBy(() -> GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE))
                .isInstanceOf(ShaderTranslationException.class).hasMessageContaining("too large");
    }

    @Test
    void undeclaredRegistersAreRefused() throws TgsiParseException {
        TgsiShader shader = TgsiParser.parse("FRAG\nDCL OUT[0], COLOR\n  0: MOV OUT[0], CONST[3]\n  1: END\n");

        assertThatThrownBy(() -> GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE))
                .isInstanceOf(ShaderTranslationException.class);
    }

    @Test
    void indirectAccessIsClampedIntoTheDeclaredArray() throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                FRAG
                DCL OUT[0], COLOR
                DCL CONST[0..7]
                DCL TEMP[0..3], ARRAY(1)
                DCL TEMP[4]
                DCL ADDR[0]
                  0: UARL ADDR[0].x, CONST[0].xxxx
                  1: MOV TEMP[ADDR[0].x+1](1), CONST[ADDR[0].x+2]
                  2: MOV OUT[0], TEMP[ADDR[0].x](1)
                  3: END
                """);

        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();

        assertThat(glsl).contains("temps[clamp(addrs[0].x + 1, 0, 3)]", "fsconst0[clamp(addrs[0].x + 2, 0, 7)]");
        assertThat(Glslang.available() ? Glslang.compile(shader.stage(), glsl) : null).isNull();
    }
}
