package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TextureTarget;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/**
 * Shadow sampling spreads the comparison result with the view's swizzle (a per-slot uniform),
 * and rectangle fetches keep their texel offset. The TGSI is what Mesa 22.3 virpipe sent for
 * piglit's fs-shadow2d-red-02, glsl-fs-shadow2DGradARB-03 and texelFetch offset 140 vs sampler2DRect.
 */
class ShadowSamplerTest {

    private static TranslatedShader translate(String tgsi) throws Exception {
        TgsiShader shader = TgsiParser.parse(tgsi);
        TranslatedShader out = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE);
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), out.glsl())).as(out.glsl()).isNull();
        }
        return out;
    }

    @Test
    void aShadowTextureResultIsMultipliedAndOffsetByTheSlotsSwizzleUniform() throws Exception {
        TranslatedShader out = translate("""
                FRAG
                PROPERTY FS_COLOR0_WRITES_ALL_CBUFS 1
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], SHADOW2D, FLOAT
                DCL TEMP[0]
                  0: MOV TEMP[0].xyz, IN[0].xyyy
                  1: TEX OUT[0], TEMP[0], SAMP[0], SHADOW2D
                  2: END
                """);

        assertThat(out.glsl()).contains("uniform sampler2DShadow fssamp0;", "uniform vec4 fsshadswz0[2];",
                "(vec4(texture(fssamp0, ").contains(")) * fsshadswz0[0] + fsshadswz0[1])");
        assertThat(out.info().samplers()).containsExactly(
                new ShaderInfo.SamplerSlot(0, "fssamp0", TextureTarget.SHADOW_2D, true, 'f', "fsshadswz0"));
    }

    @Test
    void aShadowGradientSampleIsSwizzledToo() throws Exception {
        TranslatedShader out = translate("""
                FRAG
                PROPERTY FS_COLOR0_WRITES_ALL_CBUFS 1
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], SHADOW2D, FLOAT
                DCL CONST[0]
                DCL TEMP[0..3]
                  0: DDX TEMP[1].xy, IN[0].xyxx
                  1: MUL TEMP[2].xy, IN[0].xyyy, CONST[0].xxxx
                  2: DDY TEMP[3].xy, TEMP[2].xyxx
                  3: MOV TEMP[0].xyz, IN[0].xyyy
                  4: TXD OUT[0], TEMP[0], TEMP[1].xyxx, TEMP[3].xyxx, SAMP[0], SHADOW2D
                  5: END
                """);

        assertThat(out.glsl()).contains("(vec4(textureGrad(fssamp0, ", " * fsshadswz0[0] + fsshadswz0[1])");
    }

    @Test
    void aShadowRectangleInAVertexShaderUsesTheStagePrefix() throws Exception {
        TranslatedShader out = translate("""
                VERT
                DCL IN[0]
                DCL OUT[0], POSITION
                DCL OUT[1], GENERIC[0]
                DCL SAMP[1]
                DCL SVIEW[1], RECT, FLOAT
                  0: TEX OUT[1], IN[0], SAMP[1], SHADOWRECT
                  1: MOV OUT[0], IN[0]
                  2: END
                """);

        assertThat(out.glsl()).contains("uniform sampler2DRectShadow vssamp1;", "uniform vec4 vsshadswz1[2];",
                " * vsshadswz1[0] + vsshadswz1[1])");
        assertThat(out.info().samplers().getFirst().shadowSwizzleUniform()).isEqualTo("vsshadswz1");
    }

    @Test
    void aShadowGatherTakesTheViewsRedSwizzleAndColourSamplersGetNoSwizzleUniform() throws Exception {
        TranslatedShader out = translate("""
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SAMP[1]
                DCL SVIEW[0], 2D, FLOAT
                DCL SVIEW[1], 2D, FLOAT
                DCL TEMP[0..1]
                IMM[0] UINT32 {0, 0, 0, 0}
                  0: TEX TEMP[0], IN[0], SAMP[0], 2D
                  1: TG4 TEMP[1], IN[0], IMM[0].xxxx, SAMP[1], SHADOW2D
                  2: ADD OUT[0], TEMP[0], TEMP[1]
                  3: END
                """);

        // The four comparisons take the view's red swizzle (comparison, zero or one) as a whole.
        assertThat(out.glsl()).contains("textureGather(fssamp1, ").doesNotContain("fsshadswz0")
                .contains(" * fsshadswz1[0].x + fsshadswz1[1].x)");
        assertThat(out.info().samplers().getFirst().shadowSwizzleUniform()).isNull();
    }

    @Test
    void aCubeArrayShadowGatherTakesFourCoordinatesAndItsReferenceFromTheSecondSource() throws Exception {
        TranslatedShader out = translate("""
                FRAG
                DCL IN[0], GENERIC[0], PERSPECTIVE
                DCL IN[1], GENERIC[1], PERSPECTIVE
                DCL OUT[0], COLOR
                DCL SAMP[0]
                DCL SVIEW[0], CUBEARRAY, FLOAT
                  0: TG4 OUT[0], IN[0], IN[1].yyyy, SAMP[0], SHADOWCUBEARRAY
                  1: END
                """);

        // Four coordinates (not three, with the layer taken for the reference) and src1.y as the reference.
        assertThat(out.glsl()).contains("textureGather(fssamp0, uintBitsToFloat(inputs[0].xyzw), "
                + "uintBitsToFloat(inputs[1].y))");
    }

    @Test
    void aRectangleFetchKeepsItsTexelOffset() throws Exception {
        TranslatedShader out = translate("""
                VERT
                DCL IN[0]
                DCL IN[1]
                DCL OUT[0], POSITION
                DCL OUT[1], GENERIC[0]
                DCL SAMP[0]
                DCL SVIEW[0], RECT, FLOAT
                DCL TEMP[0]
                IMM[0] UINT32 {0, 7, 4294967288, 0}
                  0: MOV TEMP[0].xyz, IN[1].xyxy
                  1: MOV TEMP[0].w, IMM[0].xxxx
                  2: TXF OUT[1], TEMP[0], SAMP[0], RECT, IMM[0].yzy
                  3: MOV OUT[0], IN[0]
                  4: END
                """);

        assertThat(out.glsl()).contains("texelFetchOffset(vssamp0, ", ", ivec2(7, -8))");
    }

    @Test
    void aRectangleFetchWithoutOffsetTakesNoLevel() throws Exception {
        TranslatedShader out = translate("""
                VERT
                DCL IN[0]
                DCL OUT[0], POSITION
                DCL OUT[1], GENERIC[0]
                DCL SAMP[0]
                DCL SVIEW[0], RECT, FLOAT
                  0: TXF OUT[1], IN[0], SAMP[0], RECT
                  1: MOV OUT[0], IN[0]
                  2: END
                """);

        assertThat(out.glsl()).contains("texelFetch(vssamp0, ").doesNotContain("texelFetchOffset");
    }
}
