package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jvirgl.shader.tgsi.Corpus;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte-exact GLSL for one representative shader per stage, desktop core and GLSL ES 3.20, kept
 * under {@code src/test/resources/golden/}. A change to the output is a deliberate act: rerun
 * with {@code -Djvirgl.golden.update=true} (from the module directory) and review the diff.
 */
class GoldenGlslTest {
    private static final String[] SHADERS = {"vs-sysvals-int-attribs", "fs-texture-family", "fs-legacy-targets",
        "gs-triangles-array", "tcs-passthrough", "tes-triangles", "cs-shared-ssbo"};

    static Stream<Arguments> cases() {
        return Stream.of(SHADERS).flatMap(name -> Stream.of(Arguments.of(name, "core"), Arguments.of(name, "es320")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void representativeShadersTranslateExactlyAsRecorded(String name, String dialect) throws Exception {
        TgsiShader shader = TgsiParser.parse(Corpus.read(name + ".tgsi"));
        HostProfile host = dialect.equals("core") ? HostProfile.LLVMPIPE_CORE : HostProfile.gles(320, null);
        String glsl = GlslTranslator.translate(shader, CorpusTranslationTest.keyFor(shader.stage()), host).glsl();
        String file = name + "." + dialect + "." + Glslang.extension(shader.stage());

        if (Boolean.getBoolean("jvirgl.golden.update")) {
            Path dir = Path.of("src/test/resources/golden");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), glsl, StandardCharsets.UTF_8);
        }
        assertThat(glsl).as("golden/" + file + " (rerun with -Djvirgl.golden.update=true to record a deliberate change)")
                .isEqualTo(golden(file));
    }

    private static String golden(String file) throws IOException {
        try (var in = GoldenGlslTest.class.getResourceAsStream("/golden/" + file)) {
            return in == null ? "<missing golden/" + file + ">" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
