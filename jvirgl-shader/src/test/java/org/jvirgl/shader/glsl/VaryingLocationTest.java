package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.junit.jupiter.api.Test;

/** GENERIC varyings carry their index as explicit location on both sides of every stage boundary. */
class VaryingLocationTest {

    private static String glsl(String tgsi) throws Exception {
        return GlslTranslator.translate(TgsiParser.parse(tgsi), ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
    }

    /** Mesa's linker refuses 32 implicitly placed vec4 varyings (piglit varying-packing-simple int array). */
    @Test
    void genericVaryingsAreExplicitlyLocatedByIndexAndOtherVaryingsAreNot() throws Exception {
        String vs = glsl("""
                VERT
                DCL IN[0]
                DCL OUT[0], POSITION
                DCL OUT[1], GENERIC[31]
                DCL OUT[2], COLOR
                  0: MOV OUT[0], IN[0]
                  1: MOV OUT[1], IN[0]
                  2: MOV OUT[2], IN[0]
                  3: END
                """);
        String fs = glsl("""
                FRAG
                DCL IN[0], GENERIC[31], CONSTANT
                DCL IN[1], COLOR, COLOR
                DCL OUT[0], COLOR
                DCL TEMP[0]
                  0: ADD OUT[0], IN[0], IN[1]
                  1: END
                """);
        assertThat(vs).contains("layout(location = 31) out vec4 vso_g31;", "\nout vec4 vso_c0;");
        assertThat(fs).contains("layout(location = 31) flat in vec4 vso_g31;").containsPattern("\n(flat )?in vec4 vso_c0;");
        if (Glslang.available()) {
            assertThat(Glslang.link(List.of(new Glslang.Unit("vs", ShaderStage.VERTEX, vs),
                    new Glslang.Unit("fs", ShaderStage.FRAGMENT, fs)))).isNull();
        }
    }

    @Test
    void tessellationPerVertexArraysAreExplicitlyLocatedToo() throws Exception {
        String tcs = glsl("""
                TESS_CTRL
                PROPERTY TCS_VERTICES_OUT 3
                DCL IN[][0], GENERIC[2]
                DCL SV[0], INVOCATIONID
                DCL OUT[][0], GENERIC[2]
                DCL OUT[1], TESSOUTER
                DCL ADDR[0]
                  0: UARL ADDR[0].x, SV[0].xxxx
                  1: MOV OUT[ADDR[0].x][0], IN[ADDR[0].x][0]
                  2: END
                """);
        assertThat(tcs).contains("layout(location = 2) in vec4 vso_g2[];", "layout(location = 2) out vec4 tco_g2[];");
    }
}
