package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.shader.tgsi.Corpus;
import org.jvirgl.shader.tgsi.Semantic;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.TextureTarget;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the GLSL ES dialect does differently from desktop GLSL, one rule at a time. */
class EsDialectTest {
    private static final HostProfile ES320 = HostProfile.gles(320, null);
    private static final HostProfile ES310 = HostProfile.gles(310, null);

    /** What a test translated; compiled in one glslangValidator run after it. */
    private final List<Glslang.Unit> translated = new ArrayList<>();

    private TranslatedShader translate(String tgsi, ShaderKey key, HostProfile host) throws Exception {
        TgsiShader shader = TgsiParser.parse(tgsi);
        TranslatedShader out = GlslTranslator.translate(shader, key, host);
        translated.add(new Glslang.Unit("unit" + translated.size(), shader.stage(), out.glsl()));
        return out;
    }

    @AfterEach
    void everythingTheTestTranslatedCompiles() throws Exception {
        if (!Glslang.available()) {
            return;
        }
        List<Glslang.Unit> checkable = translated.stream()
                .filter(u -> EsCorpusTranslationTest.extensions(u.glsl()).stream().allMatch(Glslang::knowsEsExtension)).toList();
        Map<String, String> errors = Glslang.compileAll(checkable);
        for (Glslang.Unit u : checkable) {
            assertThat(errors.get(u.name())).as(CorpusTranslationTest.numbered(u.glsl())).isNull();
        }
    }

    private TranslatedShader translate(String tgsi, HostProfile host) throws Exception {
        return translate(tgsi, ShaderKey.defaults(), host);
    }

    private static final String PLAIN_FS = """
            FRAG
            DCL IN[0], GENERIC[0], PERSPECTIVE
            DCL OUT[0], COLOR
            DCL SAMP[0]
            DCL SVIEW[0], 3D, FLOAT
            DCL TEMP[0]
              0: TEX TEMP[0], IN[0], SAMP[0], 3D
              1: MOV OUT[0], TEMP[0]
              2: END
            """;

    @Test
    void anEsShaderStartsWithItsVersionThenExtensionsThenPrecisionForFloatIntAndEachSamplerType() throws Exception {
        String glsl = translate(PLAIN_FS, ES310).glsl();

        assertThat(glsl).startsWith("#version 310 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler3D;\n");
        assertThat(glsl).doesNotContain("core");
    }

    @Test
    void hostProfilesAcceptOnlyEs310And320() {
        assertThatThrownBy(() -> HostProfile.gles(300, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HostProfile.gles(320, Set.of("GL_EXT_clip_cull_distance")).mayUse("GL_EXT_clip_cull_distance")).isTrue();
        assertThat(HostProfile.gles(320, Set.of()).mayUse("GL_EXT_clip_cull_distance")).isFalse();
        assertThat(HostProfile.gles(320, null).atLeast(330)).isFalse();
    }

    @Test
    void geometryShadersNeedTheExtensionOnEs310Only() throws Exception {
        String gs = Corpus.read("gs-triangles-array.tgsi");

        assertThat(translate(gs, ES310).glsl()).contains("#extension GL_EXT_geometry_shader : require\n");
        assertThat(translate(gs, ES320).glsl()).doesNotContain("#extension GL_EXT_geometry_shader");
        assertThatThrownBy(() -> translate(gs, HostProfile.gles(310, Set.of()))).isInstanceOf(ShaderTranslationException.class)
                .hasMessage("unsupported on GLES host: geometry shaders need GLSL ES 320 or GL_EXT_geometry_shader");
    }

    private static final String CLIP_VS = """
            VERT
            PROPERTY NUM_CLIPDIST_ENABLED 2
            DCL IN[0]
            DCL OUT[0], POSITION
            DCL OUT[1].xy, CLIPDIST[0]
              0: MOV OUT[0], IN[0]
              1: MOV OUT[1].xy, IN[0].xyxx
              2: END
            """;

    @Test
    void clipDistancesRequireTheClipCullExtensionOrAreRefusedWhenTheHostLacksIt() throws Exception {
        String glsl = GlslTranslator.translate(TgsiParser.parse(CLIP_VS), ShaderKey.defaults(), ES320).glsl();

        assertThat(glsl).contains("#extension GL_EXT_clip_cull_distance : require\n", "gl_ClipDistance[1] = ");
        assertThatThrownBy(() -> GlslTranslator.translate(TgsiParser.parse(CLIP_VS), ShaderKey.defaults(),
                HostProfile.gles(320, Set.of("GL_OES_viewport_array"))))
                .isInstanceOf(ShaderTranslationException.class).hasMessageContaining("GL_EXT_clip_cull_distance");
    }

    private static final String LINEAR_FS = """
            FRAG
            DCL IN[0], GENERIC[3], LINEAR
            DCL IN[1], GENERIC[4], CONSTANT
            DCL OUT[0], COLOR
              0: ADD OUT[0], IN[0], IN[1]
              1: END
            """;

    @Test
    void noperspectiveNeedsTheNvExtensionAndFallsBackToPerspectiveWithoutIt() throws Exception {
        TranslatedShader with = translate(LINEAR_FS, ES320);
        TranslatedShader without = translate(LINEAR_FS, HostProfile.gles(320, Set.of()));

        assertThat(with.glsl()).contains("#extension GL_NV_shader_noperspective_interpolation : require",
                "noperspective in vec4 vso_g3;");
        assertThat(without.glsl()).contains("layout(location = 3) in vec4 vso_g3;").doesNotContain("noperspective");
        assertThat(with.info().inputInterpolation()).containsEntry(new SemanticRef(Semantic.GENERIC, 3), "noperspective ")
                .containsEntry(new SemanticRef(Semantic.GENERIC, 4), "flat ");
    }

    @Test
    void theLastVertexStageCopiesTheFragmentShadersInterpolationOnEsOnly() throws Exception {
        String vs = """
                VERT
                DCL IN[0]
                DCL OUT[0], POSITION
                DCL OUT[1], GENERIC[3]
                DCL OUT[2], GENERIC[4]
                  0: MOV OUT[0], IN[0]
                  1: MOV OUT[1], IN[0]
                  2: MOV OUT[2], IN[0]
                  3: END
                """;
        Map<SemanticRef, String> fs = translate(LINEAR_FS, ES320).info().inputInterpolation();
        ShaderKey key = new ShaderKey.Builder().consumerInterpolation(fs).build();

        String es = translate(vs, key, ES320).glsl();
        String desktop = translate(vs, key, HostProfile.LLVMPIPE_CORE).glsl();

        assertThat(es).contains("#extension GL_NV_shader_noperspective_interpolation : require",
                "layout(location = 3) noperspective out vec4 vso_g3;", "layout(location = 4) flat out vec4 vso_g4;");
        assertThat(desktop).contains("layout(location = 3) out vec4 vso_g3;", "layout(location = 4) out vec4 vso_g4;");
        assertThatThrownBy(() -> new ShaderKey.Builder().consumerInterpolation(Map.of(new SemanticRef(Semantic.GENERIC, 0),
                "flat; uniform")).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneDimensionalAndRectangleTexturesAreSampledThroughTwoDimensionalStandIns() throws Exception {
        TranslatedShader out = translate(Corpus.read("fs-legacy-targets.tgsi"), ES320);
        String glsl = out.glsl();

        assertThat(glsl).contains("uniform sampler2D fssamp0;", "uniform sampler2DShadow fssamp1;",
                "uniform sampler2DArray fssamp2;", "uniform sampler2DArrayShadow fssamp3;", "uniform sampler2D fssamp4;",
                "texture(fssamp0, vec2((uintBitsToFloat(inputs[0].x)), 0.5))",
                "textureOffset(fssamp2, vec3((uintBitsToFloat(inputs[0].xy)).x, 0.5, (uintBitsToFloat(inputs[0].xy)).y), ivec2(int(-1), 0))",
                "texture(fssamp4, ((uintBitsToFloat(inputs[1].xy)) / vec2(textureSize(fssamp4, 0))))",
                "texelFetch(fssamp4, ivec2(temps[3].xy), 0)");
        assertThat(glsl).doesNotContain("sampler1D", "Rect", "textureProj");
        // Reflection keeps the guest's targets: the renderer creates the 2D stand-ins.
        assertThat(out.info().samplers()).extracting(ShaderInfo.SamplerSlot::target)
                .startsWith(TextureTarget.TEX_1D, TextureTarget.SHADOW_1D, TextureTarget.TEX_1D_ARRAY);
    }

    @Test
    void levelCountsComeFromAUniformTheRendererSetsBecauseEsHasNoTextureQueryLevels() throws Exception {
        TranslatedShader out = translate(Corpus.read("fs-legacy-targets.tgsi"), ES320);

        assertThat(out.glsl()).contains("uniform int fstexlevels0;", "textureSize(fssamp0, int(imms[0].z)).x, 0, 0, fstexlevels0)")
                .doesNotContain("textureQueryLevels");
        assertThat(out.info().samplers()).filteredOn(s -> s.slot() == 0).singleElement()
                .extracting(ShaderInfo.SamplerSlot::levelsUniform).isEqualTo("fstexlevels0");
        assertThat(out.info().samplers()).filteredOn(s -> s.slot() == 4).singleElement()
                .extracting(ShaderInfo.SamplerSlot::levelsUniform).isNull();
    }

    private static final String FRAGCOORD_FS = """
            FRAG
            PROPERTY FS_COORD_ORIGIN UPPER_LEFT
            PROPERTY FS_COORD_PIXEL_CENTER INTEGER
            DCL IN[0], POSITION, LINEAR
            DCL OUT[0], COLOR
              0: MOV OUT[0], IN[0]
              1: END
            """;

    @Test
    void anIntegerCentreFragCoordSubtractsHalfAPixelOnEsWhichCannotRedeclareGlFragCoord() throws Exception {
        ShaderKey upperLeft = new ShaderKey.Builder().lowerLeftOrigin(false).build();
        TranslatedShader es = translate(FRAGCOORD_FS, upperLeft, ES320);
        TranslatedShader desktop = translate(FRAGCOORD_FS, upperLeft, HostProfile.LLVMPIPE_CORE);

        // No origin flip on ES: with a GLES host's caps the guest applies its own y transform.
        assertThat(es.glsl()).contains("(gl_FragCoord - vec4(0.5, 0.5, 0.0, 0.0))")
                .doesNotContain("origin_upper_left").doesNotContain("gl_FragCoord.y");
        assertThat(desktop.glsl()).contains("layout(origin_upper_left, pixel_center_integer) in vec4 gl_FragCoord;");
    }

    @Test
    void pointCoordinatesFollowWinsysAdjustYBecauseEsHasNoSpriteOriginControl() throws Exception {
        ShaderKey key = new ShaderKey.Builder().coordReplaceMask(1 << 3).build();
        String glsl = translate(LINEAR_FS, key, ES320).glsl();

        assertThat(glsl).contains("mix(1.0 - gl_PointCoord.y, gl_PointCoord.y, clamp(winsys_adjust_y, 0.0, 1.0))",
                "uniform float winsys_adjust_y;");
    }

    @Test
    void aVertexShaderWithoutPointSizeWritesTheRasterizersBecauseEsHasNoGlPointSize() throws Exception {
        TranslatedShader plain = translate(CLIP_VS.replace("PROPERTY NUM_CLIPDIST_ENABLED 2\n", "")
                .replace("DCL OUT[1].xy, CLIPDIST[0]", "DCL OUT[1], GENERIC[0]").replace("OUT[1].xy, IN[0].xyxx", "OUT[1], IN[0]"), ES320);
        TranslatedShader writesItsOwn = translate(Corpus.read("vs-sysvals-int-attribs.tgsi"), ES320);
        String triangles = translate(Corpus.read("gs-triangles-array.tgsi"), ES320).glsl();

        assertThat(plain.glsl()).contains("uniform float point_size;", "gl_PointSize = point_size;");
        assertThat(plain.info().driverUniforms()).contains(DriverUniform.POINT_SIZE);
        assertThat(writesItsOwn.glsl()).doesNotContain("point_size");
        assertThat(triangles).doesNotContain("point_size", "GL_EXT_geometry_point_size");
        assertThat(translate(CLIP_VS, HostProfile.LLVMPIPE_CORE).glsl()).doesNotContain("point_size");
    }

    @Test
    void esImagesCarryTheirBindingAFormatAndOneAccessQualifierUnlessTheFormatIsR32() throws Exception {
        String glsl = translate(Corpus.read("cs-images-1d.tgsi"), ES310).glsl();

        assertThat(glsl).contains("#extension GL_OES_shader_image_atomic : require",
                "layout(binding = 0, rgba32f) writeonly uniform image2D csimg0;",
                "layout(binding = 1, rgba8) readonly uniform image2DArray csimg1;",
                "layout(binding = 2, r32ui) uniform uimage2D csimg2;",
                "imageStore(csimg0, ivec2(int(temps[0].x), 0), ", "imageSize(csimg1).xz");
        assertThatThrownBy(() -> translate(Corpus.read("fs-images.tgsi"), ES320)).isInstanceOf(ShaderTranslationException.class)
                .hasMessageContaining("both read and written");
    }

    @Test
    void whatNoGlesHostCanExpressIsRefusedCleanly() throws Exception {
        String stencil = """
                FRAG
                DCL OUT[0], STENCIL
                IMM[0] INT32 {1, 1, 1, 1}
                  0: MOV OUT[0].y, IMM[0].xxxx
                  1: END
                """;
        String samples = """
                FRAG
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], 2D_MSAA, FLOAT
                DCL TEMP[0]
                  0: TXQS TEMP[0].x, SAMP[0], 2D_MSAA
                  1: MOV OUT[0], TEMP[0]
                  2: END
                """;

        String counters = Corpus.read("fs-hwatomic.tgsi");
        String counterOr = counters.replace("1: ATOMUADD", "1: ATOMOR");

        assertThat(translate(stencil, HostProfile.LLVMPIPE_CORE).glsl()).contains("gl_FragStencilRefARB");
        assertThat(translate(counters, ES310).glsl()).contains("atomicCounterIncrement(fsac0_0[0])",
                "(atomicCounterDecrement(fsac0_0[1]) + 1u)");
        for (String text : new String[] {stencil, samples, Corpus.read("fs-fp64.tgsi"), counterOr}) {
            assertThatThrownBy(() -> translate(text, ES320)).isInstanceOf(ShaderTranslationException.class)
                    .hasMessageStartingWith(EsCorpusTranslationTest.REFUSED);
        }
    }

    @Test
    void transformFeedbackWithGapsListsSkipNamesOnEsAsVrendDoesForMesasLinker() throws Exception {
        String vs = """
                VERT
                DCL IN[0]
                DCL OUT[0], POSITION
                DCL OUT[1], GENERIC[0]
                  0: MOV OUT[0], IN[0]
                  1: MOV OUT[1], IN[0]
                  2: END
                """;
        ShaderKey packed = new ShaderKey.Builder().streamOutputs(List.of(new StreamOutput(1, 0, 4, 0, 0, 0))).build();
        ShaderKey gap = packed.toBuilder().streamOutputs(List.of(new StreamOutput(1, 0, 4, 0, 2, 0))).build();

        assertThat(translate(vs, packed, ES320).info().transformFeedbackVaryings()).containsExactly("vso_g0");
        assertThat(translate(vs, gap, ES320).info().transformFeedbackVaryings())
                .containsExactly("gl_SkipComponents2", "vso_g0");
    }
}
