package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.jvirgl.shader.tgsi.Corpus;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shader in the corpus translates, and glslangValidator accepts the GLSL. */
class CorpusTranslationTest {

    static List<Path> corpus() {
        return Corpus.files();
    }

    /** A plausible key for a corpus shader of {@code stage} in a plain pipeline. */
    static ShaderKey keyFor(ShaderStage stage) {
        ShaderKey.Builder b = new ShaderKey.Builder();
        if (stage == ShaderStage.TESS_EVAL) {
            b.previousStage(ShaderStage.TESS_CTRL);
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusShaderTranslatesToGlslTheReferenceCompilerAccepts(Path file) throws Exception {
        TgsiShader shader = TgsiParser.parse(Corpus.read(file));
        TranslatedShader out = GlslTranslator.translate(shader, keyFor(shader.stage()), HostProfile.LLVMPIPE_CORE);

        assertThat(out.glsl()).startsWith("#version ");
        assertThat(out.info().stage()).isEqualTo(shader.stage());
        assumeTrue(Glslang.available(), "glslangValidator is not installed");
        assertThat(Glslang.compile(shader.stage(), out.glsl())).as(file.getFileName() + "\n" + numbered(out.glsl())).isNull();
    }

    static String numbered(String glsl) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (String line : glsl.split("\n")) {
            sb.append(String.format("%4d  %s%n", n++, line));
        }
        return sb.toString();
    }
}
