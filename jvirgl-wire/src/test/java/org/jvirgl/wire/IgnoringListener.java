package org.jvirgl.wire;

import java.util.List;
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

/** A listener that ignores every command: for allocation and throughput checks. */
class IgnoringListener implements VirglCommandListener {
    @Override
    public void createBlend(int handle, BlendState state) {
    }

    @Override
    public void createRasterizer(int handle, RasterizerState state) {
    }

    @Override
    public void createDepthStencilAlpha(int handle, DepthStencilAlphaState state) {
    }

    @Override
    public void createShader(int handle, ShaderSource shader) {
    }

    @Override
    public void createVertexElements(int handle, List<VertexElement> elements) {
    }

    @Override
    public void createSamplerView(int handle, SamplerViewState view) {
    }

    @Override
    public void createSamplerState(int handle, SamplerState state) {
    }

    @Override
    public void createSurface(int handle, SurfaceState surface) {
    }

    @Override
    public void createMsaaSurface(int handle, SurfaceState surface) {
    }

    @Override
    public void createQuery(int handle, int queryType, int index, int offset, int resultResource) {
    }

    @Override
    public void createStreamoutTarget(int handle, int resource, int bufferOffset, int bufferSize) {
    }

    @Override
    public void bindBlend(int handle) {
    }

    @Override
    public void bindDepthStencilAlpha(int handle) {
    }

    @Override
    public void bindRasterizer(int handle) {
    }

    @Override
    public void bindVertexElements(int handle) {
    }

    @Override
    public void destroyObject(int objectType, int handle) {
    }

    @Override
    public void setViewportStates(ViewportStates viewports) {
    }

    @Override
    public void setFramebufferState(int zsurfHandle, IntSeq cbufHandles) {
    }

    @Override
    public void setVertexBuffers(VertexBuffers buffers) {
    }

    @Override
    public void clear(int buffers, RawColor color, double depth, int stencil) {
    }

    @Override
    public void drawVbo(DrawInfo draw) {
    }

    @Override
    public void resourceInlineWrite(InlineWrite write) {
    }

    @Override
    public void setSamplerViews(int stage, int startSlot, IntSeq viewHandles) {
    }

    @Override
    public void setIndexBuffer(int resource, int indexSize, int offset) {
    }

    @Override
    public void setConstantBuffer(int stage, int index, IntSeq data) {
    }

    @Override
    public void setStencilRef(int front, int back) {
    }

    @Override
    public void setBlendColor(float r, float g, float b, float a) {
    }

    @Override
    public void setScissorStates(ScissorStates scissors) {
    }

    @Override
    public void blit(BlitInfo blit) {
    }

    @Override
    public void resourceCopyRegion(CopyRegion copy) {
    }

    @Override
    public void bindSamplerStates(int stage, int startSlot, IntSeq samplerHandles) {
    }

    @Override
    public void beginQuery(int handle) {
    }

    @Override
    public void endQuery(int handle) {
    }

    @Override
    public void getQueryResult(int handle, boolean wait) {
    }

    @Override
    public void setPolygonStipple(IntSeq rows) {
    }

    @Override
    public void setClipState(IntSeq planes) {
    }

    @Override
    public void setSampleMask(int mask) {
    }

    @Override
    public void setStreamoutTargets(int appendBitmask, IntSeq targetHandles) {
    }

    @Override
    public void setRenderCondition(int queryHandle, boolean condition, int mode) {
    }

    @Override
    public void setUniformBuffer(int stage, int index, int offset, int length, int resource) {
    }

    @Override
    public void setSubContext(int subContextId) {
    }

    @Override
    public void createSubContext(int subContextId) {
    }

    @Override
    public void destroySubContext(int subContextId) {
    }

    @Override
    public void bindShader(int handle, int stage) {
    }

    @Override
    public void setTessState(float outer0, float outer1, float outer2, float outer3, float inner0, float inner1) {
    }

    @Override
    public void setMinSamples(int minSamples) {
    }

    @Override
    public void setShaderBuffers(int stage, BufferBindings buffers) {
    }

    @Override
    public void setShaderImages(int stage, ImageBindings images) {
    }

    @Override
    public void memoryBarrier(int flags) {
    }

    @Override
    public void launchGrid(LaunchGrid grid) {
    }

    @Override
    public void setFramebufferStateNoAttach(int width, int height, int layers, int samples) {
    }

    @Override
    public void textureBarrier(int flags) {
    }

    @Override
    public void setAtomicBuffers(BufferBindings buffers) {
    }

    @Override
    public void setDebugFlags(String flags) {
    }

    @Override
    public void getQueryResultQbo(int queryHandle, int qboResource, boolean wait, int resultType, int offset, int index) {
    }

    @Override
    public void transfer3d(Transfer3d transfer) {
    }

    @Override
    public void copyTransfer3d(CopyTransfer3d copy) {
    }

    @Override
    public void setTweaks(int id, int value) {
    }

    @Override
    public void clearTexture(int resource, int level, PipeBox box, RawColor data) {
    }

    @Override
    public void pipeResourceCreate(PipeResourceCreate create) {
    }

    @Override
    public void pipeResourceSetType(PipeResourceSetType setType) {
    }

    @Override
    public void getMemoryInfo(int resource) {
    }

    @Override
    public void sendStringMarker(String marker) {
    }

    @Override
    public void linkShader(int vs, int fs, int gs, int tcs, int tes, int cs) {
    }

    @Override
    public void clearSurface(ClearSurface clear) {
    }

    @Override
    public void getPipeResourceLayout(int outResource, int targetResource) {
    }
}
