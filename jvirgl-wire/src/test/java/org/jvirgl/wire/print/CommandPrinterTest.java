package org.jvirgl.wire.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipeBlendFactor;
import org.jvirgl.wire.gallium.PipeBlendFunc;
import org.jvirgl.wire.gallium.PipeClear;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.RtBlendState;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.VertexElement;
import org.junit.jupiter.api.Test;

class CommandPrinterTest {

    @Test
    void aTypicalFrameDisassemblesToOneLinePerCommand() {
        CommandEncoder e = new CommandEncoder();
        e.transfer3d(3, 0, 0, 0, new PipeBox(0, 0, 0, 48, 1, 1), 0, 1);
        e.endTransfers(2);
        e.setSubContext(1);
        e.createBlend(1, new BlendState(false, false, false, false, false, 0, Collections.nCopies(8,
                new RtBlendState(true, PipeBlendFunc.ADD, PipeBlendFactor.SRC_ALPHA, PipeBlendFactor.INV_SRC_ALPHA,
                        PipeBlendFunc.ADD, PipeBlendFactor.ONE, PipeBlendFactor.ZERO, 0xf))));
        e.bindObject(VirglObjectType.BLEND, 1);
        e.createVertexElements(2, List.of(new VertexElement(0, 0, 0, VirglFormat.R32G32B32A32_FLOAT)));
        e.createShader(3, ShaderStage.VERTEX, "VERT\nDCL IN[0]\n  0: END\n", 20, StreamOutputInfo.NONE);
        e.setFramebufferState(0, 4);
        e.clear(PipeClear.COLOR0, RawColor.ofFloats(0, 0, 0, 1), 1.0, 0);
        e.setVertexBuffers(16, 0, 3);
        e.setConstantBuffer(ShaderStage.FRAGMENT, 0, 0x3f800000);
        e.drawVbo(0, 3, PipePrim.TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
        e.command(70, 0);

        assertThat(CommandPrinter.disassemble(e.toSegment())).isEqualTo("""
                TRANSFER3D TO_HOST res=3 level=0 stride=0 layer_stride=0 box=0,0,0 48x1x1 offset=0
                END_TRANSFERS len=2
                SET_SUB_CTX 1
                CREATE_BLEND 1 independent=false logicop=off dither=false alpha_to_coverage=false \
                alpha_to_one=false rt0=ADD(SRC_ALPHA,INV_SRC_ALPHA)/ADD(ONE,ZERO) mask=f
                BIND_BLEND 1
                CREATE_VERTEX_ELEMENTS 2 {vb=0 off=0 R32G32B32A32_FLOAT div=0}
                CREATE_SHADER 3 stage=VS tokens=20 chars=24 so_outputs=0 first_line=VERT
                SET_FRAMEBUFFER_STATE zsurf=0 cbufs=[4]
                CLEAR COLOR0 color=[0x00000000 0x00000000 0x00000000 0x3f800000] depth=1.0 stencil=0
                SET_VERTEX_BUFFERS count=1 {res=3 stride=16 offset=0}
                SET_CONSTANT_BUFFER FS index=0 dwords=1 data=[3f800000]
                DRAW_VBO TRIANGLES start=0 count=3 indexed=false instances=1 start_instance=0 index_bias=0 \
                restart=off min_index=0 max_index=-1 count_from_so=0
                REFUSED UNKNOWN(70) at dword 86: opcode: unknown opcode 70 (ILLEGAL_CMD_BUFFER)
                """);
    }
}
