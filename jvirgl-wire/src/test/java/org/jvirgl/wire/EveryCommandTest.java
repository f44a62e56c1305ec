package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.ShaderStage;
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
import org.jvirgl.wire.state.StencilState;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;
import org.junit.jupiter.api.Test;

/** One stream holding every command the encoder knows reaches every listener method exactly once. */
class EveryCommandTest {

    @Test
    void aStreamOfEveryCommandReachesEveryListenerMethod() {
        PipeBox box = new PipeBox(0, 0, 0, 4, 4, 1);
        RawColor zero = new RawColor(0, 0, 0, 0);
        StencilState off = StencilState.unpack(0);
        CommandEncoder e = new CommandEncoder()
                .command(VirglCcmd.NOP, 0)
                .createBlend(1, CommandEncoder.blendAll(RtBlendState.unpack(0)))
                .createRasterizer(2, new RasterizerState(0, 1, 0, 0, 0, 0, 1, 0, 0, 0))
                .createDepthStencilAlpha(3, new DepthStencilAlphaState(false, false, 0, false, 0, 0, off, off))
                .createShader(4, ShaderStage.VERTEX, "VERT\n  0: END\n", 10, StreamOutputInfo.NONE)
                .createVertexElements(5, List.of(new VertexElement(0, 0, 0, VirglFormat.R32_FLOAT)))
                .createSamplerView(6, new SamplerViewState(1, VirglFormat.R8_UNORM, 2, 0, 0, 0))
                .createSamplerState(7, SamplerState.unpack(0, 0, 0, 0, zero))
                .createSurface(8, new SurfaceState(1, VirglFormat.R8_UNORM, 0, 0, 0))
                .createMsaaSurface(9, new SurfaceState(1, VirglFormat.R8_UNORM, 0, 0, 4))
                .createQuery(10, 0, 0, 0, 1)
                .createStreamoutTarget(11, 1, 0, 16)
                .bindObject(VirglObjectType.BLEND, 1).bindObject(VirglObjectType.RASTERIZER, 2)
                .bindObject(VirglObjectType.DSA, 3).bindObject(VirglObjectType.VERTEX_ELEMENTS, 5)
                .destroyObject(VirglObjectType.QUERY, 10)
                .setViewportStates(0, 1, 1, 1, 0, 0, 0).setFramebufferState(0, 8).setVertexBuffers(4, 0, 1)
                .clear(0, zero, 1, 0).drawVbo(0, 1, PipePrim.POINTS, false, 1, 0, 0, false, 0, 0, 0, 0)
                .resourceInlineWrite(1, 0, 0, 0, new PipeBox(0, 0, 0, 1, 1, 1), 0)
                .setSamplerViews(ShaderStage.FRAGMENT, 0, 6).setIndexBuffer(0, 0, 0)
                .setConstantBuffer(ShaderStage.VERTEX, 0).setStencilRef(0, 0).setBlendColor(0, 0, 0, 0)
                .setScissorStates(0, 0, 0, 1, 1)
                .blit(new BlitInfo(0xf, 0, false, false, false, 0, 0, 0, 0,
                        new BlitRegion(1, 0, VirglFormat.R8_UNORM, box), new BlitRegion(2, 0, VirglFormat.R8_UNORM, box)))
                .resourceCopyRegion(new CopyRegion(1, 0, 0, 0, 0, 2, 0, box))
                .bindSamplerStates(ShaderStage.FRAGMENT, 0, 7).beginQuery(10).endQuery(10).getQueryResult(10, false)
                .setPolygonStipple(new int[32]).setClipState(new float[32]).setSampleMask(1).setStreamoutTargets(0)
                .setRenderCondition(0, false, 0).setUniformBuffer(ShaderStage.VERTEX, 1, 0, 16, 1)
                .createSubContext(1).setSubContext(1).setSubContext(0).destroySubContext(1)
                .bindShader(4, ShaderStage.VERTEX).setTessState(1, 1, 1, 1, 1, 1).setMinSamples(1)
                .setShaderBuffers(ShaderStage.FRAGMENT, 0, 0, 4, 1)
                .setShaderImages(ShaderStage.FRAGMENT, 0, VirglFormat.R32_FLOAT, 3, 0, 0, 1)
                .memoryBarrier(1).launchGrid(new LaunchGrid(1, 1, 1, 1, 1, 1, 0, 0))
                .setFramebufferStateNoAttach(4, 4, 1, 1).textureBarrier(0).setAtomicBuffers(0, 0, 4, 1)
                .setDebugFlags("x").getQueryResultQbo(10, 1, false, 0, 0, 0)
                .transfer3d(1, 0, 0, 0, box, 0, 1).endTransfers(0)
                .copyTransfer3d(1, 0, 0, 0, box, 2, 0, 0).setTweaks(0, 0).clearTexture(1, 0, box, zero)
                .pipeResourceCreate(new PipeResourceCreate(2, VirglFormat.R8_UNORM, 2, 4, 4, 1, 1, 0, 0, 0, 1))
                .pipeResourceSetType(new PipeResourceSetType(1, VirglFormat.R8_UNORM, 2, 4, 4, 0, 0,
                        List.of(new PlaneLayout(4, 0))))
                .getMemoryInfo(1).sendStringMarker("m").linkShader(4, 0, 0, 0, 0, 0)
                .clearSurface(new ClearSurface(false, 1, 8, zero, 0, 0, 1, 1)).getPipeResourceLayout(1, 2);

        Recorder recorder = new Recorder();
        assertThat(new VirglDecoder(recorder.listener).decode(e.toSegment()).ok()).isTrue();

        Set<String> everyMethod = Arrays.stream(VirglCommandListener.class.getMethods())
                .map(Method::getName).filter(n -> !n.endsWith("Batch"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(recorder.methods())).isEqualTo(everyMethod);
        assertThat(Collections.frequency(recorder.methods(), "setSubContext")).isEqualTo(2);
    }
}
