package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.jvirgl.shader.tgsi.Semantic;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TextureTarget;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** The naming and binding conventions promised in {@link TranslatedShader}, stage by stage. */
class InterfaceConventionsTest {

    private static TranslatedShader translate(String tgsi, ShaderKey key) throws Exception {
        TgsiShader shader = TgsiParser.parse(tgsi);
        TranslatedShader out = GlslTranslator.translate(shader, key, HostProfile.LLVMPIPE_CORE);
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), out.glsl())).as(out.glsl()).isNull();
        }
        return out;
    }

    private static final String VS = """
            VERT
            DCL IN[0]
            DCL IN[1]
            DCL OUT[0], POSITION
            DCL OUT[1], GENERIC[3]
            DCL OUT[2], COLOR
            DCL OUT[3], BCOLOR
            DCL CONST[0..1]
              0: MOV OUT[0], IN[0]
              1: MOV OUT[1], IN[1]
              2: MOV OUT[2], CONST[0]
              3: MOV OUT[3], CONST[1]
              4: END
            """;

    @Test
    void vertexShadersTypeAttributesFromTheKeyAndNameVaryingsBySemantic() throws Exception {
        TranslatedShader out = translate(VS, new ShaderKey.Builder().attribSignedIntMask(0b10).build());

        assertThat(out.glsl()).contains(
                "layout(location = 0) in vec4 vsin0;",
                "layout(location = 1) in ivec4 vsin1;",
                "uniform uvec4 vsconst0[2];",
                "out vec4 vso_g3;", "out vec4 vso_c0;", "out vec4 vso_bc0;",
                "gl_Position.y = gl_Position.y * winsys_adjust_y;");
        assertThat(out.info().vertexAttribMask()).isEqualTo(0b11);
        assertThat(out.info().constArraySize()).isEqualTo(2);
        assertThat(out.info().outputs()).contains(new SemanticRef(Semantic.GENERIC, 3));
        assertThat(out.info().driverUniforms()).containsExactly(DriverUniform.WINSYS_ADJUST_Y);
    }

    @Test
    void onlyTheLastVertexStageFlipsY() throws Exception {
        TranslatedShader out = translate(VS, new ShaderKey.Builder().lastVertexStage(false).build());

        assertThat(out.glsl()).doesNotContain("winsys_adjust_y");
        assertThat(out.info().driverUniforms()).isEmpty();
    }

    @Test
    void userClipPlanesBecomeClipDistancesFromTheClipp() throws Exception {
        TranslatedShader out = translate(VS, new ShaderKey.Builder().clipPlaneEnable(0b101).build());

        assertThat(out.glsl()).contains("gl_ClipDistance[0] = dot(", "gl_ClipDistance[2] = dot(", "uniform vec4 clipp[8];",
                "out float gl_ClipDistance[3];");
        assertThat(out.info().clipDistances()).isEqualTo(3);
        assertThat(out.info().driverUniforms()).contains(DriverUniform.CLIP_PLANES);
    }

    private static final String FS = """
            FRAG
            PROPERTY FS_COLOR0_WRITES_ALL_CBUFS 1
            DCL IN[0], GENERIC[3], PERSPECTIVE
            DCL IN[1], COLOR, COLOR
            DCL IN[2], GENERIC[7], LINEAR
            DCL OUT[0], COLOR
            DCL TEMP[0]
              0: ADD TEMP[0], IN[0], IN[1]
              1: ADD OUT[0], TEMP[0], IN[2]
              2: END
            """;

    @Test
    void fragmentInputsUseTheProducerPrefixAndMissingOnesReadAsZero() throws Exception {
        ShaderKey key = new ShaderKey.Builder().previousStage(ShaderStage.GEOMETRY)
                .producerOutputs(Set.of(new SemanticRef(Semantic.GENERIC, 3), new SemanticRef(Semantic.COLOR, 0))).build();

        TranslatedShader out = translate(FS, key);

        assertThat(out.glsl()).contains("in vec4 gso_g3;", "in vec4 gso_c0;").doesNotContain("gso_g7");
        assertThat(out.info().inputs()).containsExactly(new SemanticRef(Semantic.GENERIC, 3), new SemanticRef(Semantic.COLOR, 0));
    }

    @Test
    void colorZeroIsBroadcastToEveryBoundColorBufferWithItsIntegerType() throws Exception {
        ShaderKey key = new ShaderKey.Builder().nrCbufs(3).cbufUnsignedIntMask(0b100).build();

        TranslatedShader out = translate(FS, key);

        assertThat(out.glsl()).contains("layout(location = 0) out vec4 fsout_c0;", "layout(location = 1) out vec4 fsout_c1;",
                "layout(location = 2) out uvec4 fsout_c2;");
        assertThat(out.info().fragmentOutputMask()).isEqualTo(0b111);
        assertThat(out.info().fsColor0WritesAllCbufs()).isTrue();
    }

    @Test
    void flatshadeTwoSideAlphaTestStippleAndPointSpritesComeFromTheKey() throws Exception {
        ShaderKey key = new ShaderKey.Builder().flatshade(true).colorTwoSide(true).alphaFunc(4)
                .polygonStipple(true).coordReplaceMask(1 << 7).build();

        TranslatedShader out = translate(FS, key);

        assertThat(out.glsl()).contains("flat in vec4 vso_c0;", "in vec4 vso_bc0;", "gl_FrontFacing ? vso_c0 : vso_bc0",
                "> alpha_ref_val)) discard;", "stipple_pattern[", "vec4(gl_PointCoord, 0.0, 1.0)",
                "in vec4 vso_g3;")
                .doesNotContain("in vec4 vso_g7;");
        assertThat(out.info().driverUniforms()).contains(DriverUniform.ALPHA_REF, DriverUniform.STIPPLE_PATTERN);
    }

    @Test
    void theFragCoordOriginFollowsUpstreamsRule() throws Exception {
        String upper = "FRAG\nPROPERTY FS_COORD_ORIGIN UPPER_LEFT\nDCL IN[0], POSITION, LINEAR\nDCL OUT[0], COLOR\n"
                + "  0: MOV OUT[0], IN[0]\n  1: END\n";

        assertThat(translate(upper, new ShaderKey.Builder().lowerLeftOrigin(false).build()).glsl())
                .contains("layout(origin_upper_left) in vec4 gl_FragCoord;");
        assertThat(translate(upper, new ShaderKey.Builder().lowerLeftOrigin(true).build()).glsl())
                .doesNotContain("origin_upper_left");
    }

    @Test
    void samplersAreTypedFromTheViewAndTheInstructionTarget() throws Exception {
        TranslatedShader out = translate("""
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SAMP[2]
                DCL SVIEW[0], 2D, FLOAT
                DCL SVIEW[2], 2D_ARRAY, UINT
                DCL TEMP[0..1]
                  0: TEX TEMP[0].x, IN[0], SAMP[0], SHADOW2D
                  1: TEX TEMP[1], IN[0], SAMP[2], 2D_ARRAY
                  2: U2F TEMP[1], TEMP[1]
                  3: ADD OUT[0], TEMP[1], TEMP[0].xxxx
                  4: END
                """, ShaderKey.defaults());

        assertThat(out.glsl()).contains("uniform sampler2DShadow fssamp0;", "uniform usampler2DArray fssamp2;");
        assertThat(out.info().samplers()).containsExactly(
                new ShaderInfo.SamplerSlot(0, "fssamp0", TextureTarget.SHADOW_2D, true, 'f', "fsshadswz0"),
                new ShaderInfo.SamplerSlot(2, "fssamp2", TextureTarget.TEX_2D_ARRAY, false, 'u', null));
        assertThat(out.info().samplerMask()).isEqualTo(0b101);
    }

    @Test
    void ubosAreStd140BlocksNamedByStageAndSlot() throws Exception {
        TranslatedShader out = translate("""
                FRAG
                DCL OUT[0], COLOR
                DCL CONST[2][0..3]
                  0: MOV OUT[0], CONST[2][3]
                  1: END
                """, ShaderKey.defaults());

        assertThat(out.glsl()).contains("layout(std140) uniform fsubo2 { uvec4 fsubo2data[4]; };", "fsubo2data[3]");
        assertThat(out.info().uboMask()).isEqualTo(0b100);
    }

    @Test
    void streamOutputCopiesCapturedComponentsAndListsVaryingsWithGaps() throws Exception {
        List<StreamOutput> so = List.of(new StreamOutput(1, 0, 3, 0, 0, 0), new StreamOutput(0, 0, 4, 0, 5, 0),
                new StreamOutput(2, 1, 1, 1, 0, 0));
        TranslatedShader out = translate(VS, new ShaderKey.Builder().streamOutputs(so).build());

        assertThat(out.glsl()).contains("out vec3 vsso0;", "vsso0 = uintBitsToFloat(outputs[1].xyz);",
                "out float vsso2;", "vsso2 = uintBitsToFloat(outputs[2].y);");
        assertThat(out.info().transformFeedbackVaryings())
                .containsExactly("vsso0", "gl_SkipComponents2", "vsso1", "gl_NextBuffer", "vsso2");
    }

    @Test
    void aGapAfterTheLastCapturedOutputComesFromTheBufferStride() throws Exception {
        // piglit gl_SkipComponents1-1: {"r[0]", "gl_SkipComponents1"} gives one float and a stride of 2.
        List<StreamOutput> so = List.of(new StreamOutput(1, 0, 1, 0, 0, 0), new StreamOutput(0, 0, 2, 1, 1, 0));
        ShaderKey key = new ShaderKey.Builder().streamOutputs(so).streamOutputStrides(List.of(2, 7, 0, 0)).build();

        TranslatedShader out = translate(VS, key);

        assertThat(out.info().transformFeedbackVaryings()).containsExactly("vsso0", "gl_SkipComponents1",
                "gl_NextBuffer", "gl_SkipComponents1", "vsso1", "gl_SkipComponents4");
    }

    @Test
    void anOversizedStreamOutputStrideIsRefusedInsteadOfListingSkips() {
        List<StreamOutput> so = List.of(new StreamOutput(1, 0, 1, 0, 0, 0));
        ShaderKey key = new ShaderKey.Builder().streamOutputs(so).streamOutputStrides(List.of(-1, 0, 0, 0)).build();

        assertThatThrownBy(() -> translate(VS, key)).isInstanceOf(ShaderTranslationException.class)
                .hasMessageContaining("stride");
    }

    @Test
    void streamOutputWordsDecodeAsTheWireLaysThemOut() {
        int wordA = 3 | 1 << 8 | 2 << 10 | 1 << 13 | 7 << 16;

        assertThat(StreamOutput.decode(wordA, 2)).isEqualTo(new StreamOutput(3, 1, 2, 1, 7, 2));
        assertThat(StreamOutput.decode(3 | 3 << 8 | 4 << 10, 0)).isNull();
    }

    @Test
    void stagesUseTheHostVersionSoMesaAcceptsDifferingInterpolationQualifiers() throws Exception {
        String flatFs = "FRAG\nDCL IN[0], GENERIC[3], CONSTANT\nDCL OUT[0], COLOR\n  0: MOV OUT[0], IN[0]\n  1: END\n";

        TranslatedShader vs = translate(VS, ShaderKey.defaults());
        TranslatedShader fs = translate(flatFs, ShaderKey.defaults());

        assertThat(vs.glsl()).startsWith("#version 450 core").contains("out vec4 vso_g3;");
        assertThat(fs.glsl()).startsWith("#version 450 core").contains("flat in vec4 vso_g3;");
        assertThat(vs.info().glslVersion()).isEqualTo(450);
    }
}
