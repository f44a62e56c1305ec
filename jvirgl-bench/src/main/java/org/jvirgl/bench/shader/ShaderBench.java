package org.jvirgl.bench.shader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.shader.glsl.ShaderKey;
import org.jvirgl.shader.glsl.ShaderTranslationException;
import org.jvirgl.shader.glsl.TranslatedShader;
import org.jvirgl.shader.tgsi.TgsiParseException;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * TGSI parsing and TGSI → GLSL translation, per shader, as the host does on every
 * CREATE_OBJECT(SHADER) (translation may run again per shader key on state changes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ShaderBench {

    /**
     * Real Mesa 22.3 virpipe shaders: per stage the median-sized and the largest capture
     * (two of each for VS and FS, the most common stages; the smallest are trivial).
     */
    @State(Scope.Thread)
    public static class OneShader {
        @Param({
            "captured-mesa22.3/vs-e7e0c5a676.tgsi",
            "captured-mesa22.3/vs-6cacd674c4.tgsi",
            "captured-mesa22.3/fs-b41f4d728c.tgsi",
            "captured-mesa22.3/fs-02adfb43a0.tgsi",
            "captured-mesa22.3/fs-bdc6b0bc2a.tgsi",
            "captured-mesa22.3/gs-fbe6bbb85a.tgsi",
            "captured-mesa22.3/gs-fa2ac7414a.tgsi",
            "captured-mesa22.3/tcs-40e30c7fc3.tgsi",
            "captured-mesa22.3/tes-6197c78a2b.tgsi",
            "captured-mesa22.3/tes-955405083d.tgsi",
            "captured-mesa22.3/cs-63c1a3a1e1.tgsi",
            "captured-mesa22.3/cs-a9a5b350df.tgsi",
        })
        public String shader;

        String text;
        ShaderKey key;

        @Setup(Level.Trial)
        public void load() throws TgsiParseException, ShaderTranslationException {
            text = ShaderCorpus.read(shader);
            key = ShaderCorpus.keyFor(TgsiParser.parse(text).stage());
            // A shader the translator refuses would time the error path: fail the trial instead.
            GlslTranslator.translate(TgsiParser.parse(text), key, HostProfile.LLVMPIPE_CORE);
        }
    }

    /** Every shader of the corpus, parsed once, with its key. */
    @State(Scope.Thread)
    public static class WholeCorpus {
        final List<String> texts = new ArrayList<>();
        final List<ShaderKey> keys = new ArrayList<>();

        @Setup(Level.Trial)
        public void load() throws TgsiParseException, ShaderTranslationException {
            for (String text : ShaderCorpus.all().values()) {
                TgsiShader parsed = TgsiParser.parse(text);
                ShaderKey key = ShaderCorpus.keyFor(parsed.stage());
                GlslTranslator.translate(parsed, key, HostProfile.LLVMPIPE_CORE);
                texts.add(text);
                keys.add(key);
            }
        }
    }

    /** Shaders handled per iteration; JMH divides the iteration's time by it. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PerShader {
        public long shaders;

        @Setup(Level.Iteration)
        public void reset() {
            shaders = 0;
        }
    }

    @Benchmark
    public TgsiShader parse(OneShader s) throws TgsiParseException {
        return TgsiParser.parse(s.text);
    }

    @Benchmark
    public TranslatedShader parseAndTranslate(OneShader s) throws TgsiParseException, ShaderTranslationException {
        return GlslTranslator.translate(TgsiParser.parse(s.text), s.key, HostProfile.LLVMPIPE_CORE);
    }

    /** The whole corpus (all stages and sizes, hand-written and captured); the {@code shaders} row is per shader. */
    @Benchmark
    public void corpusParseAndTranslate(WholeCorpus corpus, PerShader counters, Blackhole bh)
            throws TgsiParseException, ShaderTranslationException {
        for (int i = 0; i < corpus.texts.size(); i++) {
            bh.consume(GlslTranslator.translate(TgsiParser.parse(corpus.texts.get(i)), corpus.keys.get(i),
                    HostProfile.LLVMPIPE_CORE));
        }
        counters.shaders += corpus.texts.size();
    }
}
