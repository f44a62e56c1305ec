package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jvirgl.shader.tgsi.Corpus;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shader in the corpus (hand-written and captured from Mesa 22.3 virpipe) translates,
 * and glslangValidator accepts the GLSL. The compiler runs once for the whole corpus.
 */
class CorpusTranslationTest {
    private static final Map<Path, TranslatedShader> translated = new HashMap<>();
    private static final Map<Path, Exception> failures = new HashMap<>();
    private static Map<String, String> compilerErrors = Map.of();

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

    @BeforeAll
    static void translateAndCompileTheCorpus() throws Exception {
        List<Glslang.Unit> units = new ArrayList<>();
        for (Path file : corpus()) {
            try {
                TgsiShader shader = TgsiParser.parse(Corpus.read(file));
                TranslatedShader out = GlslTranslator.translate(shader, keyFor(shader.stage()), HostProfile.LLVMPIPE_CORE);
                translated.put(file, out);
                units.add(new Glslang.Unit(file.toString(), shader.stage(), out.glsl()));
            } catch (Exception e) {
                failures.put(file, e);
            }
        }
        if (Glslang.available()) {
            compilerErrors = Glslang.compileAll(units);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusShaderTranslatesToGlslTheReferenceCompilerAccepts(Path file) {
        assertThat(failures.get(file)).as("translation of " + file.getFileName()).isNull();
        TranslatedShader out = translated.get(file);
        assertThat(out.glsl()).startsWith("#version ");
        assumeTrue(Glslang.available(), "glslangValidator is not installed");
        assertThat(compilerErrors.get(file.toString())).as(file.getFileName() + "\n" + numbered(out.glsl())).isNull();
    }

    @Test
    void theCorpusCoversEveryStage() {
        assertThat(translated.values().stream().map(t -> t.info().stage()).distinct()).containsExactlyInAnyOrder(ShaderStage.values());
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
