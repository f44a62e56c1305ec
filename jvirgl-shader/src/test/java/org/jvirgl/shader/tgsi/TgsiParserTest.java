package org.jvirgl.shader.tgsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TgsiParserTest {

    static List<Path> corpus() {
        return Corpus.files();
    }

    @Test
    void aMesaStyleFragmentShaderBecomesTypedIr() throws TgsiParseException {
        TgsiShader s = TgsiParser.parse(Corpus.read("fs-sign-neg.tgsi"));

        assertThat(s.stage()).isEqualTo(ShaderStage.FRAGMENT);
        assertThat(s.property(PropertyName.FS_COLOR0_WRITES_ALL_CBUFS)).hasValue(1);
        assertThat(s.declarations()).contains(
                Declaration.of(RegisterFile.OUTPUT, 0, 0).withSemantic(new SemanticRef(Semantic.COLOR, 0)),
                Declaration.of(RegisterFile.CONSTANT, 0, 2));
        assertThat(s.immediates().get(0)).isEqualTo(new Immediate(ImmediateType.UINT32, 0, 1065353216, -1082130432, 0));
        assertThat(s.immediates().get(1).x()).isEqualTo(Float.floatToIntBits(1.0f));
        assertThat(s.instructions()).hasSize(9);

        Instruction fslt = s.instructions().get(6);
        assertThat(fslt.opcode()).isEqualTo(Opcode.FSLT);
        assertThat(fslt.dst().get(0).writeMask()).isEqualTo(1);
        SrcOperand abs = fslt.src().get(0);
        assertThat(abs.absolute()).isTrue();
        assertThat(abs.swizzle()).isEqualTo(SrcOperand.swizzle(0, 0, 0, 0));
        assertThat(s.instructions().get(5).src().get(1).negate()).isTrue();
        assertThat(s.instructions().get(8).opcode()).isEqualTo(Opcode.END);
    }

    @Test
    void indirectTwoDimensionalAndArrayOperandsKeepEveryPart() throws TgsiParseException {
        TgsiShader s = TgsiParser.parse("""
                GEOM
                PROPERTY GS_INPUT_PRIMITIVE TRIANGLES
                DCL IN[][0..1], GENERIC[2]
                DCL TEMP[0..3], ARRAY(2)
                DCL CONST[1][0..15]
                  0: MOV TEMP[ADDR[1].y-2](2).xz, IN[ADDR[0].x+1][1].wzyx
                  1: MOV TEMP[0], CONST[1][ADDR[0].z+3]
                """);

        Declaration in = s.declarations().get(0);
        assertThat(in.first()).isZero();
        assertThat(in.last()).isEqualTo(1);
        assertThat(in.dimension()).isEqualTo(-1);
        assertThat(in.semantic()).isEqualTo(new SemanticRef(Semantic.GENERIC, 2));
        assertThat(s.declarations().get(1).arrayId()).isEqualTo(2);
        assertThat(s.declarations().get(2).dimension()).isEqualTo(1);

        Instruction mov = s.instructions().get(0);
        RegisterRef dst = mov.dst().get(0).register();
        assertThat(dst.index()).isEqualTo(-2);
        assertThat(dst.indirect()).isEqualTo(new Indirect(RegisterFile.ADDRESS, 1, 1, 2));
        assertThat(mov.dst().get(0).writeMask()).isEqualTo(0b0101);
        RegisterRef src = mov.src().get(0).register();
        assertThat(src.index()).isEqualTo(1);
        assertThat(src.dimension()).isEqualTo(new Dimension(1, new Indirect(RegisterFile.ADDRESS, 0, 0, 0)));
        assertThat(mov.src().get(0).swizzle()).isEqualTo(SrcOperand.swizzle(3, 2, 1, 0));
        assertThat(s.instructions().get(1).src().get(0).register().dimension()).isEqualTo(new Dimension(1, null));
    }

    @Test
    void texturesLabelsSaturateAndMemoryQualifiersAreRecognised() throws TgsiParseException {
        TgsiShader s = TgsiParser.parse("""
                FRAG
                DCL IMAGE[0], 2D_ARRAY, PIPE_FORMAT_R32_UINT, WR
                DCL SVIEW[0], SHADOW2D, FLOAT
                DCL SVIEW[1], 2D, UINT, UINT, SINT, FLOAT
                  0: TXL_SAT TEMP[0], TEMP[1], SAMP[0], 2D_ARRAY, IMM[0].xyz
                  1: UIF TEMP[0].xxxx :7
                  2: LOAD TEMP[1], IMAGE[0], TEMP[2], COHERENT, VOLATILE, 2D_ARRAY, PIPE_FORMAT_R32_UINT
                  3: ENDIF
                """);

        assertThat(s.declarations().get(0).image())
                .isEqualTo(new Declaration.ImageInfo(TextureTarget.TEX_2D_ARRAY, "PIPE_FORMAT_R32_UINT", true, false));
        assertThat(s.declarations().get(1).samplerView())
                .isEqualTo(new Declaration.SamplerViewInfo(TextureTarget.SHADOW_2D, ReturnType.FLOAT,
                        ReturnType.FLOAT, ReturnType.FLOAT, ReturnType.FLOAT));
        assertThat(s.declarations().get(2).samplerView().z()).isEqualTo(ReturnType.SINT);
        Instruction txl = s.instructions().get(0);
        assertThat(txl.saturate()).isTrue();
        assertThat(txl.texture()).isEqualTo(TextureTarget.TEX_2D_ARRAY);
        assertThat(txl.offsets()).containsExactly(new TexOffset(RegisterFile.IMMEDIATE, 0, 0, 1, 2));
        assertThat(s.instructions().get(1).label()).isEqualTo(7);
        Instruction load = s.instructions().get(2);
        assertThat(load.memoryQualifiers()).isEqualTo(MemoryQualifier.COHERENT.bit() | MemoryQualifier.VOLATILE.bit());
        assertThat(load.memoryTarget()).isEqualTo(TextureTarget.TEX_2D_ARRAY);
        assertThat(load.memoryFormat()).isEqualTo("PIPE_FORMAT_R32_UINT");
    }

    @Test
    void immediatesOfEveryTypeKeepTheirBits() throws TgsiParseException {
        TgsiShader s = TgsiParser.parse("""
                VERT
                IMM[0] FLT32 {0x3f800000, -2.5, 1e3, .5}
                IMM[1] INT32 {-2147483648, 2147483647, -1, 0}
                IMM[2] FLT64 {1.5, -0.25}
                IMM[3] UINT64 {18446744073709551615, 0x100000000}
                IMM[4] INT64 {-9223372036854775808, 42}
                """);

        assertThat(s.immediates().get(0)).isEqualTo(new Immediate(ImmediateType.FLT32, 0x3f800000,
                Float.floatToIntBits(-2.5f), Float.floatToIntBits(1000f), Float.floatToIntBits(0.5f)));
        assertThat(s.immediates().get(1)).isEqualTo(new Immediate(ImmediateType.INT32, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0));
        long d = Double.doubleToLongBits(1.5);
        assertThat(s.immediates().get(2).x()).isEqualTo((int) d);
        assertThat(s.immediates().get(2).y()).isEqualTo((int) (d >>> 32));
        assertThat(s.immediates().get(3)).isEqualTo(new Immediate(ImmediateType.UINT64, -1, -1, 0, 1));
        assertThat(s.immediates().get(4)).isEqualTo(new Immediate(ImmediateType.INT64, 0, Integer.MIN_VALUE, 42, 0));
    }

    @Test
    void unknownPropertiesAreSkippedLikeMesaDoes() throws TgsiParseException {
        TgsiShader s = TgsiParser.parse("FRAG\nPROPERTY SOMETHING_NEW 3\nPROPERTY NEXT_SHADER GEOM\n  0: END\n");

        assertThat(s.properties()).containsExactly(new Property(PropertyName.NEXT_SHADER, ShaderStage.GEOMETRY.wireId()));
        assertThat(s.instructions()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "PIXEL\n",
        "FRAG\n  0: FROB TEMP[0]\n",
        "FRAG\nDCL TEMP[0..70000]\n",
        "FRAG\nDCL TEMP[5..2]\n",
        "FRAG\nDCL IN[]\n",
        "FRAG\n  0: MOV TEMP[0], TEMP[99999999999]\n",
        "FRAG\n  0: MOV TEMP[0] TEMP[1]\n",
        "FRAG\n  0: MOV TEMP[0].q, TEMP[1]\n",
        "FRAG\n  0: MOV TEMP[0], TEMP[1].xy\n",
        "FRAG\n  0: MOV TEMP[0], |TEMP[1]\n",
        "FRAG\n  0: TEX TEMP[0], TEMP[1], SAMP[0], 9D\n",
        "FRAG\nIMM[1] UINT32 {0, 0, 0, 0}\n",
        "FRAG\nIMM[0] UINT32 {4294967296, 0, 0, 0}\n",
        "FRAG\nIMM[0] INT32 {2147483648, 0, 0, 0}\n",
        "FRAG\nIMM[0] FLT32 {1.0, 2.0, 3.0}\n",
        "FRAG\nIMM[0] UINT64 {18446744073709551616, 0}\n",
        "FRAG\nDCL IN[0], GENERIC[0], NONSENSE\n",
        "FRAG\nDCL SVIEW[0], 2D, FLOAT, FLOAT\n",
        "FRAG\nDCL OUT[0], COLOR[70000]\n",
        "VERT\nDCL IN[0], GENERIC[0]\n",
        "FRAGDCL OUT[0]\n",
        "FRAG\n  0: MOVTEMP[0], TEMP[1]\n",
    })
    void malformedTextIsRefusedWithAParseException(String text) {
        assertThatThrownBy(() -> TgsiParser.parse(text)).isInstanceOf(TgsiParseException.class);
    }

    @Test
    void errorsNameTheLineAndColumn() {
        assertThatThrownBy(() -> TgsiParser.parse("FRAG\nDCL OUT[0], COLOR\n  0: MOV OUT[0], TEMP[x]\n"))
                .isInstanceOf(TgsiParseException.class)
                .hasMessageContaining("3:");
    }

    @Test
    void oversizedTextIsRefusedBeforeParsing() {
        String huge = "FRAG\n" + "  0: NOP\n".repeat(TgsiParser.MAX_TEXT_CHARS / 9 + 1);

        assertThatThrownBy(() -> TgsiParser.parse(huge)).isInstanceOf(TgsiParseException.class).hasMessageContaining("too long");
    }

    @Test
    void theStatementCountIsCapped() {
        String many = "FRAG\n" + "NOP\n".repeat(TgsiParser.MAX_STATEMENTS + 1);

        assertThatThrownBy(() -> TgsiParser.parse(many)).isInstanceOf(TgsiParseException.class).hasMessageContaining("too many");
    }

    @Test
    void aNulEndsTheTextAsOnTheWire() throws TgsiParseException {
        TgsiShader s = TgsiParser.parse("FRAG\n  0: END\n\0garbage after the terminator");

        assertThat(s.instructions()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusShaderSurvivesAPrintParseRoundTrip(Path file) throws TgsiParseException {
        TgsiShader parsed = TgsiParser.parse(Corpus.read(file));
        String printed = TgsiPrinter.print(parsed);

        assertThat(TgsiParser.parse(printed)).isEqualTo(parsed);
        assertThat(TgsiPrinter.print(TgsiParser.parse(printed))).isEqualTo(printed);
    }
}
