package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jvirgl.shader.tgsi.Corpus;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/**
 * Whole pipelines translated the way the renderer will (each stage keyed with its producer
 * and the producer's reported outputs) link in glslangValidator: the varying naming scheme
 * lines up across VS → GS → FS and VS → TCS → TES → FS.
 */
class PipelineLinkTest {

    private static List<Glslang.Unit> chain(String... files) throws Exception {
        return chain(HostProfile.LLVMPIPE_CORE, files);
    }

    /**
     * On a GLES host the fragment shader is translated first: the last vertex stage must repeat
     * its interpolation qualifiers ({@link ShaderKey#consumerInterpolation()}).
     */
    static List<Glslang.Unit> chain(HostProfile host, String... files) throws Exception {
        List<Glslang.Unit> units = new ArrayList<>();
        ShaderStage previous = null;
        Set<SemanticRef> produced = null;
        TgsiShader fragment = TgsiParser.parse(Corpus.read(files[files.length - 1]));
        var interpolation = GlslTranslator.translate(fragment, ShaderKey.defaults(), host).info().inputInterpolation();
        for (int i = 0; i < files.length; i++) {
            TgsiShader shader = TgsiParser.parse(Corpus.read(files[i]));
            boolean last = i == files.length - 2 || shader.stage() == ShaderStage.FRAGMENT;
            ShaderKey key = new ShaderKey.Builder().previousStage(previous).producerOutputs(produced)
                    .lastVertexStage(last).consumerInterpolation(interpolation).build();
            TranslatedShader out = GlslTranslator.translate(shader, key, host);
            units.add(new Glslang.Unit("stage" + i, shader.stage(), out.glsl()));
            previous = shader.stage();
            produced = new LinkedHashSet<>(out.info().outputs());
        }
        return units;
    }

    private static final java.util.regex.Pattern IN = java.util.regex.Pattern.compile(
            "^(?:\\w+ )*in vec4 (\\w+)(?:\\[\\])?;$", java.util.regex.Pattern.MULTILINE);
    private static final java.util.regex.Pattern OUT = java.util.regex.Pattern.compile(
            "^(?:\\w+ )*out vec4 (\\w+)(?:\\[\\])?;$", java.util.regex.Pattern.MULTILINE);

    /** GL refuses to link a statically used input its producer does not write; glslang does not check that. */
    private static void assertEveryInputIsProduced(List<Glslang.Unit> units) {
        for (int i = 1; i < units.size(); i++) {
            Set<String> produced = new LinkedHashSet<>();
            OUT.matcher(units.get(i - 1).glsl()).results().forEach(m -> produced.add(m.group(1)));
            List<String> consumed = IN.matcher(units.get(i).glsl()).results().map(m -> m.group(1)).toList();
            assertThat(produced).as("stage " + i + " inputs").containsAll(consumed);
        }
    }

    @Test
    void vertexGeometryFragmentLink() throws Exception {
        assumeTrue(Glslang.available(), "glslangValidator is not installed");
        List<Glslang.Unit> units = chain("vs-loop-indirect.tgsi", "gs-triangles-array.tgsi", "fs-texture-family.tgsi");

        assertThat(Glslang.link(units)).isNull();
        assertEveryInputIsProduced(units);
    }

    @Test
    void vertexTessellationFragmentLink() throws Exception {
        assumeTrue(Glslang.available(), "glslangValidator is not installed");
        List<Glslang.Unit> units = chain("vs-loop-indirect.tgsi", "tcs-passthrough.tgsi", "tes-triangles.tgsi",
                "fs-ubo-interp.tgsi");

        assertThat(Glslang.link(units)).isNull();
        assertEveryInputIsProduced(units);
    }

    @Test
    void glslEsPipelinesLinkWithTheFragmentShadersInterpolationOnTheLastVertexStage() throws Exception {
        assumeTrue(Glslang.available(), "glslangValidator is not installed");
        HostProfile es = HostProfile.gles(320, null);
        List<Glslang.Unit> geometry = chain(es, "vs-loop-indirect.tgsi", "gs-triangles-array.tgsi", "fs-float-alu.tgsi");
        List<Glslang.Unit> tessellation = chain(es, "vs-loop-indirect.tgsi", "tcs-passthrough.tgsi", "tes-triangles.tgsi",
                "fs-ubo-interp.tgsi");
        List<Glslang.Unit> flat = chain(es, "vs-loop-indirect.tgsi", "fs-integer-switch.tgsi");

        assertThat(Glslang.link(geometry)).isNull();
        assertThat(Glslang.link(tessellation)).isNull();
        assertThat(Glslang.link(flat)).isNull();
        assertThat(flat.get(1).glsl()).contains("layout(location = 0) flat in vec4 vso_g0;");
        assertThat(flat.get(0).glsl()).contains("layout(location = 0) flat out vec4 vso_g0;");
    }

    @Test
    void anInputTheProducerDoesNotWriteStillLinks() throws Exception {
        assumeTrue(Glslang.available(), "glslangValidator is not installed");
        // fs-ubo-interp reads GENERIC[1] and TEXCOORD[3]; the VS writes neither.
        List<Glslang.Unit> units = chain("vs-passthrough-const.tgsi", "fs-ubo-interp.tgsi");

        assertThat(units.get(1).glsl()).doesNotContain("in vec4 vso_g1;");
        assertThat(Glslang.link(units)).isNull();
        assertEveryInputIsProduced(units);
    }
}
