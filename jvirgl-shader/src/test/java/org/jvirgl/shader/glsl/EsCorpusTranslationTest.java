package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jvirgl.shader.tgsi.Corpus;
import org.jvirgl.shader.tgsi.Semantic;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus translated for GLES hosts (GLSL ES 3.20 and 3.10): every shader either becomes
 * GLSL ES that glslangValidator accepts, or is refused with an "unsupported on GLES host"
 * reason from a short list of things no GLES host can express. One compiler run per version.
 */
class EsCorpusTranslationTest {
    static final String REFUSED = "unsupported on GLES host: ";
    /** What the corpus may be refused for: fp64, a read-write rgba32f image, an atomic-counter OR. */
    private static final List<String> EXPECTED_REASONS = List.of("fp64", "both read and written", "on an atomic counter");

    private record Outcome(TranslatedShader shader, Exception failure, String compilerErrors, boolean unchecked) {
    }

    private static final Map<String, Map<Path, Outcome>> outcomes = new HashMap<>();

    static List<Path> corpus() {
        return Corpus.files();
    }

    @BeforeAll
    static void translateAndCompileTheCorpus() throws Exception {
        outcomes.put("320", translateAll(HostProfile.gles(320, null), false));
        outcomes.put("310", translateAll(HostProfile.gles(310, null), false));
        outcomes.put("320 busy", translateAll(HostProfile.gles(320, null), true));
    }

    /**
     * A key with every fixed-function emulation on (two-sided colour, flat shading, alpha test,
     * stipple, sprite coordinates, user clip planes, upper-left origin, GL_CLAMP, the FS's
     * interpolation on the last vertex stage), so the ES forms of all of them get compiled.
     */
    static ShaderKey busyKey(ShaderStage stage) {
        return CorpusTranslationTest.keyFor(stage).toBuilder().colorTwoSide(true).flatshade(true).alphaFunc(4)
                .polygonStipple(true).coordReplaceMask(0b101).clipPlaneEnable(0b11).lowerLeftOrigin(false).nrCbufs(3)
                .cbufAlphaInRedMask(0b10).legacyClamp(new ShaderKey.LegacyClamp(0xFF, 0xFF, 0xFF))
                .consumerInterpolation(Map.of(new SemanticRef(Semantic.GENERIC, 0), "flat ",
                        new SemanticRef(Semantic.GENERIC, 1), "noperspective sample "))
                .build();
    }

    private static Map<Path, Outcome> translateAll(HostProfile host, boolean busy) throws Exception {
        Map<Path, TranslatedShader> translated = new HashMap<>();
        Map<Path, Exception> failures = new HashMap<>();
        for (Path file : corpus()) {
            try {
                TgsiShader shader = TgsiParser.parse(Corpus.read(file));
                ShaderKey key = busy ? busyKey(shader.stage()) : CorpusTranslationTest.keyFor(shader.stage());
                translated.put(file, GlslTranslator.translate(shader, key, host));
            } catch (Exception e) {
                failures.put(file, e);
            }
        }
        List<Glslang.Unit> units = new ArrayList<>();
        Map<Path, Boolean> unchecked = new HashMap<>();
        if (Glslang.available()) {
            Glslang.probeEsExtensions(translated.values().stream().flatMap(t -> extensions(t.glsl()).stream()).toList());
        }
        for (Map.Entry<Path, TranslatedShader> e : translated.entrySet()) {
            boolean checkable = !Glslang.available() || extensions(e.getValue().glsl()).stream().allMatch(Glslang::knowsEsExtension);
            unchecked.put(e.getKey(), !checkable);
            if (checkable) {
                units.add(new Glslang.Unit(e.getKey().toString(), e.getValue().info().stage(), e.getValue().glsl()));
            }
        }
        Map<String, String> errors = Glslang.available() ? Glslang.compileAll(units) : Map.of();
        Map<Path, Outcome> result = new HashMap<>();
        for (Path file : corpus()) {
            result.put(file, new Outcome(translated.get(file), failures.get(file), errors.get(file.toString()),
                    unchecked.getOrDefault(file, false)));
        }
        return result;
    }

    private static final Pattern EXTENSION = Pattern.compile("^#extension (\\S+) : require$", Pattern.MULTILINE);

    static List<String> extensions(String glsl) {
        List<String> names = new ArrayList<>();
        Matcher m = EXTENSION.matcher(glsl);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusShaderBecomesGlslEsOrIsRefusedForAReasonNoGlesHostCanExpress(Path file) {
        Outcome o = outcomes.get("320").get(file);
        if (o.failure() != null) {
            assertThat(o.failure()).isInstanceOf(ShaderTranslationException.class);
            assertThat(o.failure().getMessage()).as(file.getFileName().toString()).startsWith(REFUSED)
                    .containsAnyOf(EXPECTED_REASONS.toArray(String[]::new));
            return;
        }
        assertThat(o.shader().glsl()).startsWith("#version 320 es\n");
        assumeTrue(Glslang.available(), "glslangValidator is not installed");
        assertThat(o.compilerErrors()).as(file.getFileName() + "\n" + CorpusTranslationTest.numbered(o.shader().glsl())).isNull();
    }

    @Test
    void glslEs310HostsGetTheSameShadersWithExtensionsForWhatEs320HasInCore() {
        Map<Path, Outcome> es310 = outcomes.get("310");
        Map<Path, Outcome> es320 = outcomes.get("320");
        Map<String, String> problems = new TreeMap<>();
        for (Path file : corpus()) {
            Outcome o = es310.get(file);
            if ((o.failure() == null) != (es320.get(file).failure() == null)) {
                problems.put(file.getFileName().toString(), "translates on one ES version only: " + o.failure());
            } else if (o.failure() == null && o.compilerErrors() != null) {
                problems.put(file.getFileName().toString(), o.compilerErrors());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(es310.values().stream().filter(o -> o.shader() != null))
                .allSatisfy(o -> assertThat(o.shader().glsl()).startsWith("#version 310 es\n"));
    }

    @Test
    void everyFixedFunctionEmulationAlsoHasAValidGlslEsForm() {
        Map<String, String> problems = new TreeMap<>();
        for (Path file : corpus()) {
            Outcome busy = outcomes.get("320 busy").get(file);
            Outcome plain = outcomes.get("320").get(file);
            if ((busy.failure() == null) != (plain.failure() == null)) {
                problems.put(file.getFileName().toString(), "the busy key changes whether it translates: " + busy.failure());
            } else if (busy.failure() == null && busy.compilerErrors() != null) {
                problems.put(file.getFileName().toString(), busy.compilerErrors());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void refusalsAreFewBesidesFp64AndGlslangChecksAlmostEverything() {
        Map<Path, Outcome> es320 = outcomes.get("320");
        long refusedOtherThanFp64 = es320.values().stream()
                .filter(o -> o.failure() != null && !o.failure().getMessage().contains("fp64")).count();
        long unchecked = es320.values().stream().filter(Outcome::unchecked).count();
        long translated = es320.values().stream().filter(o -> o.shader() != null).count();

        assertThat(refusedOtherThanFp64).isLessThanOrEqualTo(2);
        assertThat(translated).isGreaterThan(600);
        // Only shaders needing an ES extension this glslang lacks go unchecked (Mesa's GLES 3.2 compiles them).
        assertThat(unchecked).isLessThan(translated / 20);
    }
}
