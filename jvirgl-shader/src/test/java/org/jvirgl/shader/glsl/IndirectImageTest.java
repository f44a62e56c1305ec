package org.jvirgl.shader.glsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.junit.jupiter.api.Test;

/** Image arrays indexed by an address register (piglit arb_shader_image_load_store indexing). */
class IndirectImageTest {

    @Test
    void anImageIndexedByAnAddressRegisterIsAccessedThroughASwitchOverTheDeclaredImages() throws Exception {
        TgsiShader shader = TgsiParser.parse("""
                FRAG
                DCL IN[0], POSITION, LINEAR
                DCL OUT[0], COLOR
                DCL IMAGE[0..2], 2D, PIPE_FORMAT_R32_UINT, WR
                DCL CONST[0][0]
                DCL ADDR[0]
                DCL TEMP[0..1], LOCAL
                IMM[0] UINT32 {0, 1, 0, 0}
                  0: F2I TEMP[0].xy, IN[0].xyyy
                  1: UARL ADDR[0].x, CONST[0][0].xxxx
                  2: LOAD TEMP[1].x, IMAGE[ADDR[0].x+1], TEMP[0].xyyy, 2D, PIPE_FORMAT_R32_UINT
                  3: STORE IMAGE[ADDR[0].x], TEMP[0].xyyy, TEMP[1].xxxx, 2D, PIPE_FORMAT_R32_UINT
                  4: ATOMUADD TEMP[1].y, IMAGE[ADDR[0].x], TEMP[0].xyyy, IMM[0].yyyy, 2D, PIPE_FORMAT_R32_UINT
                  5: U2F OUT[0], TEMP[1]
                  6: END
                """);
        String glsl = GlslTranslator.translate(shader, ShaderKey.defaults(), HostProfile.LLVMPIPE_CORE).glsl();
        if (Glslang.available()) {
            assertThat(Glslang.compile(shader.stage(), glsl)).as(glsl).isNull();
        }
        assertThat(glsl).contains("switch (addrs[0].x + 1) {", "switch (addrs[0].x) {")
                .contains("imageLoad(fsimg0", "imageLoad(fsimg1", "imageLoad(fsimg2")
                .contains("imageStore(fsimg2", "imageAtomicAdd(fsimg2");
    }
}
