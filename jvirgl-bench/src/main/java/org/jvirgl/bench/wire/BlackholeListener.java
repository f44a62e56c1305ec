package org.jvirgl.bench.wire;

import java.util.List;

import org.jvirgl.wire.BufferBindings;
import org.jvirgl.wire.CopyTransfer3d;
import org.jvirgl.wire.DrawInfo;
import org.jvirgl.wire.ImageBindings;
import org.jvirgl.wire.InlineWrite;
import org.jvirgl.wire.IntSeq;
import org.jvirgl.wire.ScissorStates;
import org.jvirgl.wire.Transfer3d;
import org.jvirgl.wire.VertexBuffers;
import org.jvirgl.wire.ViewportStates;
import org.jvirgl.wire.VirglCommandListener;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.ClearSurface;
import org.jvirgl.wire.state.CopyRegion;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.LaunchGrid;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.PipeResourceCreate;
import org.jvirgl.wire.state.PipeResourceSetType;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.ShaderSource;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A listener that does no work but hands every argument to a {@link Blackhole}, so the JIT
 * can neither drop the decoding nor scalar-replace a view the decoder would otherwise
 * allocate per command: what {@code -prof gc} reports is what a real executor would see.
 * For the hot commands it also reads one field, as any executor must.
 */
final class BlackholeListener implements VirglCommandListener {
    private final Blackhole bh;

    BlackholeListener(Blackhole bh) {
        this.bh = bh;
    }

    // ---- the hot path: per-draw state and transfers ---------------------------------------

    @Override
    public void drawVbo(DrawInfo draw) {
        bh.consume(draw);
        bh.consume(draw.count());
    }

    @Override
    public void setConstantBuffer(int stage, int index, IntSeq data) {
        bh.consume(stage);
        bh.consume(data);
        bh.consume(data.size());
    }

    @Override
    public void setVertexBuffers(VertexBuffers buffers) {
        bh.consume(buffers);
        bh.consume(buffers.count());
    }

    @Override
    public void setSamplerViews(int stage, int startSlot, IntSeq viewHandles) {
        bh.consume(stage);
        bh.consume(viewHandles);
        bh.consume(viewHandles.size());
    }

    @Override
    public void bindBlend(int handle) {
        bh.consume(handle);
    }

    @Override
    public void bindDepthStencilAlpha(int handle) {
        bh.consume(handle);
    }

    @Override
    public void bindRasterizer(int handle) {
        bh.consume(handle);
    }

    @Override
    public void bindVertexElements(int handle) {
        bh.consume(handle);
    }

    @Override
    public void transfer3d(Transfer3d transfer) {
        bh.consume(transfer);
        bh.consume(transfer.offset());
    }

    @Override
    public void endTransfers(int payloadDwords) {
        bh.consume(payloadDwords);
    }

    @Override
    public void nop(int payloadDwords) {
        bh.consume(payloadDwords);
    }

    // ---- object creation ---------------------------------------------------------------------

    @Override
    public void createBlend(int handle, BlendState state) {
        bh.consume(state);
    }

    @Override
    public void createRasterizer(int handle, RasterizerState state) {
        bh.consume(state);
    }

    @Override
    public void createDepthStencilAlpha(int handle, DepthStencilAlphaState state) {
        bh.consume(state);
    }

    @Override
    public void createShader(int handle, ShaderSource shader) {
        bh.consume(shader);
    }

    @Override
    public void createVertexElements(int handle, List<VertexElement> elements) {
        bh.consume(elements);
    }

    @Override
    public void createSamplerView(int handle, SamplerViewState view) {
        bh.consume(view);
    }

    @Override
    public void createSamplerState(int handle, SamplerState state) {
        bh.consume(state);
    }

    @Override
    public void createSurface(int handle, SurfaceState surface) {
        bh.consume(surface);
    }

    @Override
    public void createMsaaSurface(int handle, SurfaceState surface) {
        bh.consume(surface);
    }

    @Override
    public void createQuery(int handle, int queryType, int index, int offset, int resultResource) {
        bh.consume(handle);
        bh.consume(resultResource);
    }

    @Override
    public void createStreamoutTarget(int handle, int resource, int bufferOffset, int bufferSize) {
        bh.consume(handle);
        bh.consume(resource);
    }

    @Override
    public void destroyObject(int objectType, int handle) {
        bh.consume(handle);
    }

    // ---- the remaining state setters and actions -----------------------------------------------

    @Override
    public void setViewportStates(ViewportStates viewports) {
        bh.consume(viewports);
    }

    @Override
    public void setFramebufferState(int zsurfHandle, IntSeq cbufHandles) {
        bh.consume(zsurfHandle);
        bh.consume(cbufHandles);
    }

    @Override
    public void clear(int buffers, RawColor color, double depth, int stencil) {
        bh.consume(buffers);
        bh.consume(color);
        bh.consume(depth);
    }

    @Override
    public void resourceInlineWrite(InlineWrite write) {
        bh.consume(write);
    }

    @Override
    public void setIndexBuffer(int resource, int indexSize, int offset) {
        bh.consume(resource);
        bh.consume(offset);
    }

    @Override
    public void setStencilRef(int front, int back) {
        bh.consume(front);
        bh.consume(back);
    }

    @Override
    public void setBlendColor(float r, float g, float b, float a) {
        bh.consume(r);
        bh.consume(a);
    }

    @Override
    public void setScissorStates(ScissorStates scissors) {
        bh.consume(scissors);
    }

    @Override
    public void blit(BlitInfo blit) {
        bh.consume(blit);
    }

    @Override
    public void resourceCopyRegion(CopyRegion copy) {
        bh.consume(copy);
    }

    @Override
    public void bindSamplerStates(int stage, int startSlot, IntSeq samplerHandles) {
        bh.consume(stage);
        bh.consume(samplerHandles);
    }

    @Override
    public void beginQuery(int handle) {
        bh.consume(handle);
    }

    @Override
    public void endQuery(int handle) {
        bh.consume(handle);
    }

    @Override
    public void getQueryResult(int handle, boolean wait) {
        bh.consume(handle);
        bh.consume(wait);
    }

    @Override
    public void setPolygonStipple(IntSeq rows) {
        bh.consume(rows);
    }

    @Override
    public void setClipState(IntSeq planes) {
        bh.consume(planes);
    }

    @Override
    public void setSampleMask(int mask) {
        bh.consume(mask);
    }

    @Override
    public void setStreamoutTargets(int appendBitmask, IntSeq targetHandles) {
        bh.consume(appendBitmask);
        bh.consume(targetHandles);
    }

    @Override
    public void setRenderCondition(int queryHandle, boolean condition, int mode) {
        bh.consume(queryHandle);
        bh.consume(mode);
    }

    @Override
    public void setUniformBuffer(int stage, int index, int offset, int length, int resource) {
        bh.consume(index);
        bh.consume(resource);
    }

    @Override
    public void setSubContext(int subContextId) {
        bh.consume(subContextId);
    }

    @Override
    public void createSubContext(int subContextId) {
        bh.consume(subContextId);
    }

    @Override
    public void destroySubContext(int subContextId) {
        bh.consume(subContextId);
    }

    @Override
    public void bindShader(int handle, int stage) {
        bh.consume(handle);
        bh.consume(stage);
    }

    @Override
    public void setTessState(float outer0, float outer1, float outer2, float outer3, float inner0, float inner1) {
        bh.consume(outer0);
        bh.consume(inner1);
    }

    @Override
    public void setMinSamples(int minSamples) {
        bh.consume(minSamples);
    }

    @Override
    public void setShaderBuffers(int stage, BufferBindings buffers) {
        bh.consume(buffers);
    }

    @Override
    public void setShaderImages(int stage, ImageBindings images) {
        bh.consume(images);
    }

    @Override
    public void memoryBarrier(int flags) {
        bh.consume(flags);
    }

    @Override
    public void launchGrid(LaunchGrid grid) {
        bh.consume(grid);
    }

    @Override
    public void setFramebufferStateNoAttach(int width, int height, int layers, int samples) {
        bh.consume(width);
        bh.consume(height);
    }

    @Override
    public void textureBarrier(int flags) {
        bh.consume(flags);
    }

    @Override
    public void setAtomicBuffers(BufferBindings buffers) {
        bh.consume(buffers);
    }

    @Override
    public void setDebugFlags(String flags) {
        bh.consume(flags);
    }

    @Override
    public void getQueryResultQbo(int queryHandle, int qboResource, boolean wait, int resultType, int offset,
                                  int index) {
        bh.consume(queryHandle);
        bh.consume(qboResource);
    }

    @Override
    public void copyTransfer3d(CopyTransfer3d copy) {
        bh.consume(copy);
    }

    @Override
    public void setTweaks(int id, int value) {
        bh.consume(id);
        bh.consume(value);
    }

    @Override
    public void clearTexture(int resource, int level, PipeBox box, RawColor data) {
        bh.consume(box);
        bh.consume(data);
    }

    @Override
    public void pipeResourceCreate(PipeResourceCreate create) {
        bh.consume(create);
    }

    @Override
    public void pipeResourceSetType(PipeResourceSetType setType) {
        bh.consume(setType);
    }

    @Override
    public void getMemoryInfo(int resource) {
        bh.consume(resource);
    }

    @Override
    public void sendStringMarker(String marker) {
        bh.consume(marker);
    }

    @Override
    public void linkShader(int vs, int fs, int gs, int tcs, int tes, int cs) {
        bh.consume(vs);
        bh.consume(fs);
    }

    @Override
    public void clearSurface(ClearSurface clear) {
        bh.consume(clear);
    }

    @Override
    public void getPipeResourceLayout(int outResource, int targetResource) {
        bh.consume(outResource);
        bh.consume(targetResource);
    }
}
