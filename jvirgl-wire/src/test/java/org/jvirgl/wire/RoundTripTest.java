package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.jvirgl.wire.Recorder.Call;
import org.jvirgl.wire.Recorder.ViewSnapshot;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipeBlendFactor;
import org.jvirgl.wire.gallium.PipeBlendFunc;
import org.jvirgl.wire.gallium.PipeClear;
import org.jvirgl.wire.gallium.PipeCompareFunc;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.PipeQueryType;
import org.jvirgl.wire.gallium.PipeStencilOp;
import org.jvirgl.wire.gallium.PipeTexTarget;
import org.jvirgl.wire.gallium.PipeTexWrap;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.BlitRegion;
import org.jvirgl.wire.state.ClearSurface;
import org.jvirgl.wire.state.CopyRegion;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.LaunchGrid;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.PipeResourceCreate;
import org.jvirgl.wire.state.PipeResourceSetType;
import org.jvirgl.wire.state.PlaneLayout;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.RtBlendState;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.ShaderSource;
import org.jvirgl.wire.state.StencilState;
import org.jvirgl.wire.state.StreamOutput;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;
import org.junit.jupiter.api.Test;

/** decode(encode(x)) == x for every command the encoder can write. */
class RoundTripTest {

    static Call decodeOne(Consumer<CommandEncoder> build) {
        CommandEncoder encoder = new CommandEncoder();
        build.accept(encoder);
        Recorder recorder = new Recorder();
        DecodeResult result = new VirglDecoder(recorder.listener).decode(encoder.toSegment());
        assertThat(result).as("decode result").isEqualTo(new DecodeResult.Decoded(1));
        return recorder.only();
    }

    static ViewSnapshot view(String name, Integer... payload) {
        return new ViewSnapshot(name, List.of(payload));
    }

    @Test
    void blendStatesKeepEveryRenderTargetField() {
        RtBlendState rt = new RtBlendState(true, PipeBlendFunc.ADD, PipeBlendFactor.SRC_ALPHA,
                PipeBlendFactor.INV_SRC_ALPHA, PipeBlendFunc.MAX, PipeBlendFactor.ONE, PipeBlendFactor.ZERO, 0xb);
        RtBlendState other = new RtBlendState(false, PipeBlendFunc.REVERSE_SUBTRACT, PipeBlendFactor.INV_SRC1_ALPHA,
                PipeBlendFactor.CONST_COLOR, PipeBlendFunc.MIN, PipeBlendFactor.SRC1_COLOR,
                PipeBlendFactor.INV_CONST_ALPHA, 0x5);
        List<RtBlendState> rts = List.of(rt, other, rt, other, rt, other, rt, other);
        BlendState state = new BlendState(true, true, false, true, true, 7, rts);
        Call call = decodeOne(e -> e.createBlend(12, state));
        assertThat(call).isEqualTo(Call.of("createBlend", 12, state));
        BlendState decoded = (BlendState) call.args().get(1);
        assertThat(decoded.rt(1).rgbSrcFactor()).isEqualTo(PipeBlendFactor.INV_SRC1_ALPHA);
        assertThat(decoded.rt(0).colormask()).isEqualTo(0xb);
    }

    @Test
    void rasterizerStatesUnpackEveryBitIntoNamedAccessors() {
        int flags = RasterizerState.FLATSHADE | RasterizerState.FRONT_CCW | RasterizerState.SCISSOR
                | 2 << RasterizerState.CULL_FACE_SHIFT | 1 << RasterizerState.FILL_BACK_SHIFT
                | RasterizerState.HALF_PIXEL_CENTER | RasterizerState.FORCE_PERSAMPLE_INTERP;
        RasterizerState state = new RasterizerState(flags, 4.5f, 0x30, 0xf0f0, 3, 0x81, 2.0f, 1.5f, -2.0f, 0.25f);
        Call call = decodeOne(e -> e.createRasterizer(3, state));
        assertThat(call).isEqualTo(Call.of("createRasterizer", 3, state));
        RasterizerState decoded = (RasterizerState) call.args().get(1);
        assertThat(decoded.flatshade()).isTrue();
        assertThat(decoded.depthClip()).isFalse();
        assertThat(decoded.cullFace()).isEqualTo(2);
        assertThat(decoded.fillFront()).isZero();
        assertThat(decoded.fillBack()).isEqualTo(1);
        assertThat(decoded.frontCcw()).isTrue();
        assertThat(decoded.forcePersampleInterp()).isTrue();
        assertThat(decoded.clipPlaneEnable()).isEqualTo(0x81);
    }

    @Test
    void depthStencilAlphaStatesRoundTrip() {
        StencilState front = new StencilState(true, PipeCompareFunc.GEQUAL, PipeStencilOp.INCR_WRAP,
                PipeStencilOp.REPLACE, PipeStencilOp.INVERT, 0xf0, 0x0f);
        StencilState back = new StencilState(false, PipeCompareFunc.NEVER, 0, 0, 0, 0, 0);
        DepthStencilAlphaState state = new DepthStencilAlphaState(true, true, PipeCompareFunc.LEQUAL, true,
                PipeCompareFunc.GREATER, 0.5f, front, back);
        assertThat(decodeOne(e -> e.createDepthStencilAlpha(4, state)))
                .isEqualTo(Call.of("createDepthStencilAlpha", 4, state));
    }

    @Test
    void samplerStatesRoundTrip() {
        SamplerState state = new SamplerState(PipeTexWrap.CLAMP_TO_EDGE, PipeTexWrap.MIRROR_REPEAT,
                PipeTexWrap.CLAMP_TO_BORDER, 1, 2, 1, true, PipeCompareFunc.LESS, true, 16, -1.0f, 0.0f, 1000.0f,
                RawColor.ofFloats(0.0f, 0.25f, 0.5f, 1.0f));
        assertThat(decodeOne(e -> e.createSamplerState(8, state))).isEqualTo(Call.of("createSamplerState", 8, state));
    }

    @Test
    void samplerViewsSurfacesQueriesAndStreamoutTargetsRoundTrip() {
        SamplerViewState view = new SamplerViewState(21, VirglFormat.B8G8R8X8_UNORM, PipeTexTarget.TEXTURE_2D_ARRAY,
                1 | 3 << 16, 0 | 4 << 8, 0 | 1 << 3 | 2 << 6 | 5 << 9);
        Call viewCall = decodeOne(e -> e.createSamplerView(9, view));
        assertThat(viewCall).isEqualTo(Call.of("createSamplerView", 9, view));
        SamplerViewState v = (SamplerViewState) viewCall.args().get(1);
        assertThat(v.lastLayer()).isEqualTo(3);
        assertThat(v.lastLevel()).isEqualTo(4);
        assertThat(v.swizzleA()).isEqualTo(5);

        SurfaceState surface = new SurfaceState(30, VirglFormat.R8G8B8A8_UNORM, 2, 5 | 7 << 16, 0);
        assertThat(decodeOne(e -> e.createSurface(10, surface))).isEqualTo(Call.of("createSurface", 10, surface));
        SurfaceState msaa = new SurfaceState(31, VirglFormat.R8G8B8A8_UNORM, 0, 0, 4);
        assertThat(decodeOne(e -> e.createMsaaSurface(11, msaa))).isEqualTo(Call.of("createMsaaSurface", 11, msaa));

        assertThat(decodeOne(e -> e.createQuery(5, PipeQueryType.PRIMITIVES_EMITTED, 2, 64, 77)))
                .isEqualTo(Call.of("createQuery", 5, PipeQueryType.PRIMITIVES_EMITTED, 2, 64, 77));
        assertThat(decodeOne(e -> e.createStreamoutTarget(6, 40, 16, 4096)))
                .isEqualTo(Call.of("createStreamoutTarget", 6, 40, 16, 4096));
    }

    @Test
    void vertexElementsRoundTrip() {
        List<VertexElement> elements = List.of(new VertexElement(0, 0, 0, VirglFormat.R32G32B32_FLOAT),
                new VertexElement(12, 1, 3, VirglFormat.R8G8B8A8_UNORM));
        assertThat(decodeOne(e -> e.createVertexElements(2, elements)))
                .isEqualTo(Call.of("createVertexElements", 2, elements));
    }

    @Test
    void shadersArriveAsTextWithStreamOutputInfo() {
        String tgsi = "VERT\nDCL IN[0]\nDCL OUT[0], POSITION\n  0: MOV OUT[0], IN[0]\n  1: END\n";
        StreamOutputInfo so = new StreamOutputInfo(4, 0, 0, 0, List.of(new StreamOutput(0, 0, 4, 0, 0, 0),
                new StreamOutput(1, 1, 3, 1, 8, 2)));
        Call call = decodeOne(e -> e.createShader(7, ShaderStage.VERTEX, tgsi, 300, so));
        assertThat(call).isEqualTo(Call.of("createShader", 7, new ShaderSource(ShaderStage.VERTEX, tgsi, 300, so, 0)));
    }

    @Test
    void computeShadersCarryTheirSharedMemorySize() {
        String tgsi = "COMP\nPROPERTY CS_FIXED_BLOCK_WIDTH 64\n  0: END\n";
        assertThat(decodeOne(e -> e.createComputeShader(8, tgsi, 50, 4096))).isEqualTo(Call.of("createShader", 8,
                new ShaderSource(ShaderStage.COMPUTE, tgsi, 50, StreamOutputInfo.NONE, 4096)));
    }

    @Test
    void bindAndDestroyGoToTheTypedMethods() {
        assertThat(decodeOne(e -> e.bindObject(VirglObjectType.BLEND, 1))).isEqualTo(Call.of("bindBlend", 1));
        assertThat(decodeOne(e -> e.bindObject(VirglObjectType.DSA, 2))).isEqualTo(Call.of("bindDepthStencilAlpha", 2));
        assertThat(decodeOne(e -> e.bindObject(VirglObjectType.RASTERIZER, 3))).isEqualTo(Call.of("bindRasterizer", 3));
        assertThat(decodeOne(e -> e.bindObject(VirglObjectType.VERTEX_ELEMENTS, 0)))
                .isEqualTo(Call.of("bindVertexElements", 0));
        assertThat(decodeOne(e -> e.destroyObject(VirglObjectType.SURFACE, 9)))
                .isEqualTo(Call.of("destroyObject", VirglObjectType.SURFACE, 9));
    }

    @Test
    void framebufferViewportScissorAndVertexBufferStateRoundTrip() {
        assertThat(decodeOne(e -> e.setFramebufferState(5, 6, 0, 7)))
                .isEqualTo(Call.of("setFramebufferState", 5, List.of(6, 0, 7)));
        int one = Float.floatToRawIntBits(1f);
        int half = Float.floatToRawIntBits(0.5f);
        assertThat(decodeOne(e -> e.setViewportStates(0, 1f, 1f, 0.5f, 1f, 1f, 0.5f)))
                .isEqualTo(Call.of("setViewportStates", view("ViewportStates", 0, one, one, half, one, one, half)));
        assertThat(decodeOne(e -> e.setScissorStates(1, 0, 0, 100, 200)))
                .isEqualTo(Call.of("setScissorStates", view("ScissorStates", 1, 0, 100 | 200 << 16)));
        assertThat(decodeOne(e -> e.setVertexBuffers(12, 0, 3, 16, 64, 4)))
                .isEqualTo(Call.of("setVertexBuffers", view("VertexBuffers", 12, 0, 3, 16, 64, 4)));
        assertThat(decodeOne(e -> e.setFramebufferStateNoAttach(640, 480, 2, 4)))
                .isEqualTo(Call.of("setFramebufferStateNoAttach", 640, 480, 2, 4));
    }

    @Test
    void clearCarriesRawColourAndADoubleDepth() {
        RawColor color = RawColor.ofFloats(0.1f, 0.2f, 0.3f, 1.0f);
        assertThat(decodeOne(e -> e.clear(PipeClear.COLOR0 | PipeClear.DEPTH, color, 0.75, 0x55)))
                .isEqualTo(Call.of("clear", PipeClear.COLOR0 | PipeClear.DEPTH, color, 0.75, 0x55));
    }

    @Test
    void drawsOfAllThreeSizesRoundTrip() {
        assertThat(decodeOne(e -> e.drawVbo(0, 3, PipePrim.TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0)))
                .isEqualTo(Call.of("drawVbo", view("DrawInfo", 0, 3, 4, 0, 1, 0, 0, 0, 0, 0, -1, 0)));
        assertThat(decodeOne(e -> e.drawVbo(0, 4, PipePrim.PATCHES, 0, 1, 0, 0, 0, 0, 0, 3, 0, 4, 1)).args())
                .containsExactly(view("DrawInfo", 0, 4, 14, 0, 1, 0, 0, 0, 0, 0, 3, 0, 4, 1));
        Integer[] indirect = {0, 0, 4, 1, 1, 0, 0, 0, 0, 0, -1, 0, 0, 0, 9, 16, 20, 2, 8, 10};
        int[] raw = java.util.Arrays.stream(indirect).mapToInt(Integer::intValue).toArray();
        assertThat(decodeOne(e -> e.drawVbo(raw))).isEqualTo(Call.of("drawVbo", view("DrawInfo", indirect)));
    }

    @Test
    void bindingsOfViewsSamplersBuffersAndImagesRoundTrip() {
        assertThat(decodeOne(e -> e.setSamplerViews(ShaderStage.FRAGMENT, 2, 5, 0, 6)))
                .isEqualTo(Call.of("setSamplerViews", ShaderStage.FRAGMENT, 2, List.of(5, 0, 6)));
        assertThat(decodeOne(e -> e.bindSamplerStates(ShaderStage.VERTEX, 0, 8)))
                .isEqualTo(Call.of("bindSamplerStates", ShaderStage.VERTEX, 0, List.of(8)));
        assertThat(decodeOne(e -> e.setIndexBuffer(4, 2, 128))).isEqualTo(Call.of("setIndexBuffer", 4, 2, 128));
        assertThat(decodeOne(e -> e.setIndexBuffer(0, 0, 0))).isEqualTo(Call.of("setIndexBuffer", 0, 0, 0));
        assertThat(decodeOne(e -> e.setConstantBuffer(ShaderStage.FRAGMENT, 0, 1, 2, 3, 4)))
                .isEqualTo(Call.of("setConstantBuffer", ShaderStage.FRAGMENT, 0, List.of(1, 2, 3, 4)));
        assertThat(decodeOne(e -> e.setConstantBuffer(ShaderStage.VERTEX, 0)))
                .isEqualTo(Call.of("setConstantBuffer", ShaderStage.VERTEX, 0, List.of()));
        assertThat(decodeOne(e -> e.setUniformBuffer(ShaderStage.GEOMETRY, 3, 256, 64, 12)))
                .isEqualTo(Call.of("setUniformBuffer", ShaderStage.GEOMETRY, 3, 256, 64, 12));
        assertThat(decodeOne(e -> e.setShaderBuffers(ShaderStage.COMPUTE, 1, 0, 16, 5)))
                .isEqualTo(Call.of("setShaderBuffers", ShaderStage.COMPUTE, view("BufferBindings", 5, 1, 0, 16, 5)));
        assertThat(decodeOne(e -> e.setAtomicBuffers(2, 4, 8, 6)))
                .isEqualTo(Call.of("setAtomicBuffers", view("BufferBindings", 2, 4, 8, 6)));
        assertThat(decodeOne(e -> e.setShaderImages(ShaderStage.FRAGMENT, 0, VirglFormat.R32_FLOAT, 3, 0, 1, 9)))
                .isEqualTo(Call.of("setShaderImages", ShaderStage.FRAGMENT,
                        view("ImageBindings", 1, 0, VirglFormat.R32_FLOAT, 3, 0, 1, 9)));
        assertThat(decodeOne(e -> e.setStreamoutTargets(1, 3, 4)))
                .isEqualTo(Call.of("setStreamoutTargets", 1, List.of(3, 4)));
        assertThat(decodeOne(e -> e.bindShader(5, ShaderStage.TESS_EVAL)))
                .isEqualTo(Call.of("bindShader", 5, ShaderStage.TESS_EVAL));
        assertThat(decodeOne(e -> e.linkShader(1, 2, 0, 0, 0, 0))).isEqualTo(Call.of("linkShader", 1, 2, 0, 0, 0, 0));
    }

    @Test
    void smallFixedStateRoundTrips() {
        assertThat(decodeOne(e -> e.setStencilRef(3, 200))).isEqualTo(Call.of("setStencilRef", 3, 200));
        assertThat(decodeOne(e -> e.setBlendColor(0.5f, 0.25f, 1f, 0f)))
                .isEqualTo(Call.of("setBlendColor", 0.5f, 0.25f, 1f, 0f));
        assertThat(decodeOne(e -> e.setSampleMask(0xf))).isEqualTo(Call.of("setSampleMask", 0xf));
        assertThat(decodeOne(e -> e.setMinSamples(4))).isEqualTo(Call.of("setMinSamples", 4));
        assertThat(decodeOne(e -> e.setTessState(1, 2, 3, 4, 5, 6)))
                .isEqualTo(Call.of("setTessState", 1f, 2f, 3f, 4f, 5f, 6f));
        assertThat(decodeOne(e -> e.setRenderCondition(3, true, 1)))
                .isEqualTo(Call.of("setRenderCondition", 3, true, 1));
        assertThat(decodeOne(e -> e.memoryBarrier(0x81))).isEqualTo(Call.of("memoryBarrier", 0x81));
        assertThat(decodeOne(e -> e.textureBarrier(1))).isEqualTo(Call.of("textureBarrier", 1));
        assertThat(decodeOne(e -> e.setTweaks(1, 7))).isEqualTo(Call.of("setTweaks", 1, 7));
        int[] stipple = new int[32];
        stipple[5] = 0xaaaa5555;
        assertThat(decodeOne(e -> e.setPolygonStipple(stipple)).args().get(0)).asList().hasSize(32).element(5)
                .isEqualTo(0xaaaa5555);
        float[] planes = new float[32];
        planes[31] = -3.5f;
        assertThat(decodeOne(e -> e.setClipState(planes)).args().get(0)).asList().element(31)
                .isEqualTo(Float.floatToRawIntBits(-3.5f));
    }

    @Test
    void queriesAndSubContextsRoundTrip() {
        assertThat(decodeOne(e -> e.beginQuery(4))).isEqualTo(Call.of("beginQuery", 4));
        assertThat(decodeOne(e -> e.endQuery(4))).isEqualTo(Call.of("endQuery", 4));
        assertThat(decodeOne(e -> e.getQueryResult(4, true))).isEqualTo(Call.of("getQueryResult", 4, true));
        assertThat(decodeOne(e -> e.getQueryResultQbo(4, 9, false, 3, 16, -1)))
                .isEqualTo(Call.of("getQueryResultQbo", 4, 9, false, 3, 16, -1));
        assertThat(decodeOne(e -> e.createSubContext(2))).isEqualTo(Call.of("createSubContext", 2));
        assertThat(decodeOne(e -> e.setSubContext(2))).isEqualTo(Call.of("setSubContext", 2));
        assertThat(decodeOne(e -> e.destroySubContext(2))).isEqualTo(Call.of("destroySubContext", 2));
    }

    @Test
    void transfersCopiesAndBlitsRoundTrip() {
        PipeBox box = new PipeBox(1, 2, 0, 30, 40, 1);
        assertThat(decodeOne(e -> e.transfer3d(7, 1, 0, 0, box, 4096, 1))).isEqualTo(Call.of("transfer3d",
                view("Transfer3d", 7, 1, 0, 0, 0, 1, 2, 0, 30, 40, 1, 4096, 1)));
        assertThat(decodeOne(e -> e.copyTransfer3d(7, 0, 120, 0, box, 8, 64, 3))).isEqualTo(Call.of("copyTransfer3d",
                view("CopyTransfer3d", 7, 0, 0, 120, 0, 1, 2, 0, 30, 40, 1, 8, 64, 3)));
        assertThat(decodeOne(e -> e.resourceInlineWrite(7, 0, 8, 0, new PipeBox(0, 0, 0, 2, 1, 1), 0x11, 0x22)))
                .isEqualTo(Call.of("resourceInlineWrite", view("InlineWrite", 7, 0, 0, 8, 0, 0, 0, 0, 2, 1, 1, 0x11,
                        0x22)));
        BlitInfo blit = new BlitInfo(0x0f, 1, true, false, true, 1, 2, 300, 400,
                new BlitRegion(5, 0, VirglFormat.B8G8R8A8_UNORM, new PipeBox(0, 0, 0, 100, -50, 1)),
                new BlitRegion(6, 1, VirglFormat.R8G8B8A8_UNORM, new PipeBox(3, 4, 0, 100, 50, 1)));
        assertThat(decodeOne(e -> e.blit(blit))).isEqualTo(Call.of("blit", blit));
        CopyRegion copy = new CopyRegion(5, 0, 10, 20, 0, 6, 2, new PipeBox(0, 0, 0, 8, 8, 1));
        assertThat(decodeOne(e -> e.resourceCopyRegion(copy))).isEqualTo(Call.of("resourceCopyRegion", copy));
        RawColor data = new RawColor(1, 2, 3, 4);
        assertThat(decodeOne(e -> e.clearTexture(5, 1, box, data))).isEqualTo(Call.of("clearTexture", 5, 1, box, data));
        ClearSurface clear = new ClearSurface(true, 5, 12, data, 1, 2, 3, 4);
        assertThat(decodeOne(e -> e.clearSurface(clear))).isEqualTo(Call.of("clearSurface", clear));
    }

    @Test
    void computeAndResourceCommandsRoundTrip() {
        LaunchGrid grid = new LaunchGrid(8, 8, 1, 16, 16, 1, 0, 0);
        assertThat(decodeOne(e -> e.launchGrid(grid))).isEqualTo(Call.of("launchGrid", grid));
        PipeResourceCreate create = new PipeResourceCreate(PipeTexTarget.TEXTURE_2D, VirglFormat.R8G8B8A8_UNORM, 0x0a,
                64, 32, 1, 1, 0, 0, 0, 77);
        assertThat(decodeOne(e -> e.pipeResourceCreate(create))).isEqualTo(Call.of("pipeResourceCreate", create));
        PipeResourceSetType setType = new PipeResourceSetType(3, VirglFormat.B8G8R8A8_UNORM, 2, 64, 64, 0,
                0x0100_0000_0000_0001L, List.of(new PlaneLayout(256, 0), new PlaneLayout(128, 16384)));
        assertThat(decodeOne(e -> e.pipeResourceSetType(setType))).isEqualTo(Call.of("pipeResourceSetType", setType));
        assertThat(decodeOne(e -> e.getMemoryInfo(5))).isEqualTo(Call.of("getMemoryInfo", 5));
        assertThat(decodeOne(e -> e.getPipeResourceLayout(5, 6))).isEqualTo(Call.of("getPipeResourceLayout", 5, 6));
    }

    @Test
    void stringsAreCutAtTheirNulOrDeclaredLength() {
        assertThat(decodeOne(e -> e.setDebugFlags("shader,tgsi"))).isEqualTo(Call.of("setDebugFlags", "shader,tgsi"));
        assertThat(decodeOne(e -> e.sendStringMarker("frame 12"))).isEqualTo(Call.of("sendStringMarker", "frame 12"));
    }

    @Test
    void nopAndEndTransfersAreDeliveredWithTheirLength() {
        assertThat(decodeOne(e -> e.command(VirglCcmd.NOP, 0, 1, 2, 3))).isEqualTo(Call.of("nop", 3));
        assertThat(decodeOne(e -> e.endTransfers(1023))).isEqualTo(Call.of("endTransfers", 1023));
    }
}
