package org.jvirgl.virgl.exec;

import java.util.List;
import java.util.function.Consumer;
import org.jvirgl.virgl.blit.Blitter;
import org.jvirgl.virgl.blit.RegionCopier;
import org.jvirgl.virgl.blit.SurfaceClearer;
import org.jvirgl.virgl.blit.TextureClearer;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostFeature;
import org.jvirgl.virgl.program.Programs;
import org.jvirgl.virgl.program.Translator;
import org.jvirgl.virgl.query.Queries;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.BufferBindings;
import org.jvirgl.wire.CommandErrors;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.CopyTransfer3d;
import org.jvirgl.wire.DecodeResult;
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

/**
 * The GL executor of one VirGL context: the decoder's listener. It only routes; each command
 * family lives in its own handler. Must be called with the context's GL context current.
 * Commands needing a host feature beyond {@link org.jvirgl.virgl.caps.RequiredFeatures} are
 * checked against the host caps here, before any of their GL entry points can be reached.
 */
public final class VirglExecutor implements VirglCommandListener, AutoCloseable {
    private final ExecContext ctx;
    private final ObjectCommands objects;
    private final FramebufferCommands framebuffer;
    private final BindingCommands bindings;
    private final FixedFunctionCommands fixed;
    private final StorageCommands storage;
    private final StreamoutCommands streamout;
    private final ComputeCommands compute;
    private final DrawCommands draws;
    private final Programs programs;
    private final Queries queries;
    private final HostReportCommands reports;
    private final Blitter blitter = new Blitter();
    private final RegionCopier copier = new RegionCopier(blitter);
    private final TextureClearer textureClearer = new TextureClearer();
    private final SurfaceClearer surfaceClearer = new SurfaceClearer();
    /** Asked per draw, so kept out of the caps set. */
    private final boolean tessellation;
    /** Gallium's PIPE_PRIM_PATCHES. */
    private static final int PIPE_PRIM_PATCHES = 14;

    /**
     * @param resources the context's attached resources and transfer paths
     * @param names     the deletion epoch of the GL share group the context's GL context is in
     * @param translator TGSI → GLSL for the host's dialect
     * @param hostCaps  the host's features: gates the commands that need more than the floor
     * @param log       sink for host-side warnings (not guest errors, which go to the decoder)
     */
    public VirglExecutor(ExecResources resources, GlNames names, Translator translator, HostCaps hostCaps,
                         Consumer<String> log) {
        ctx = new ExecContext(resources, names, hostCaps, log);
        tessellation = hostCaps.has(HostFeature.TESSELLATION);
        objects = new ObjectCommands(ctx);
        framebuffer = new FramebufferCommands(ctx);
        bindings = new BindingCommands(ctx);
        fixed = new FixedFunctionCommands(ctx);
        storage = new StorageCommands(ctx);
        streamout = new StreamoutCommands(ctx);
        programs = new Programs(translator, log);
        draws = new DrawCommands(ctx, programs);
        compute = new ComputeCommands(ctx, programs);
        queries = new Queries();
        reports = new HostReportCommands(ctx);
    }

    /** The shared handler state (tests and the context glue read the current sub-context). */
    public ExecContext context() {
        return ctx;
    }

    @Override
    public void beginBatch(CommandErrors errors) {
        ctx.beginBatch(errors);
    }

    @Override
    public void endBatch(DecodeResult result) {
        ctx.beginBatch(null);
    }

    // ---- objects -----------------------------------------------------------------------------

    @Override
    public void createBlend(int handle, BlendState state) {
        objects.createBlend(handle, state);
    }

    @Override
    public void createRasterizer(int handle, RasterizerState state) {
        if (state.clipHalfz() && !ctx.hostSupports(HostFeature.CLIP_CONTROL, "rasterizer clip_halfz")) {
            return;
        }
        objects.createRasterizer(handle, state);
    }

    @Override
    public void createDepthStencilAlpha(int handle, DepthStencilAlphaState state) {
        objects.createDsa(handle, state);
    }

    @Override
    public void createShader(int handle, ShaderSource shader) {
        programs.createShader(ctx, handle, shader);
    }

    @Override
    public void createVertexElements(int handle, List<VertexElement> elements) {
        objects.createVertexElements(handle, elements);
    }

    @Override
    public void createSamplerView(int handle, SamplerViewState view) {
        objects.createSamplerView(handle, view);
    }

    @Override
    public void createSamplerState(int handle, SamplerState state) {
        objects.createSamplerState(handle, state);
    }

    @Override
    public void createSurface(int handle, SurfaceState surface) {
        objects.createSurface(handle, surface, 0);
    }

    @Override
    public void createMsaaSurface(int handle, SurfaceState surface) {
        objects.createSurface(handle, surface, surface.sampleCount());
    }

    @Override
    public void createQuery(int handle, int queryType, int index, int offset, int resultResource) {
        queries.create(ctx, handle, queryType, index, offset, resultResource);
    }

    @Override
    public void createStreamoutTarget(int handle, int resource, int bufferOffset, int bufferSize) {
        streamout.createTarget(handle, resource, bufferOffset, bufferSize);
    }

    @Override
    public void bindBlend(int handle) {
        objects.bindBlend(handle);
    }

    @Override
    public void bindDepthStencilAlpha(int handle) {
        objects.bindDsa(handle);
    }

    @Override
    public void bindRasterizer(int handle) {
        objects.bindRasterizer(handle);
    }

    @Override
    public void bindVertexElements(int handle) {
        objects.bindVertexElements(handle);
    }

    @Override
    public void destroyObject(int objectType, int handle) {
        objects.destroy(handle);
    }

    // ---- framebuffer and fixed function ----------------------------------------------------------

    @Override
    public void setViewportStates(ViewportStates viewports) {
        framebuffer.setViewportStates(viewports);
    }

    @Override
    public void setFramebufferState(int zsurfHandle, IntSeq cbufHandles) {
        framebuffer.setFramebufferState(zsurfHandle, cbufHandles);
    }

    @Override
    public void setFramebufferStateNoAttach(int width, int height, int layers, int samples) {
        framebuffer.setFramebufferStateNoAttach(width, height, layers, samples);
    }

    @Override
    public void setScissorStates(ScissorStates scissors) {
        framebuffer.setScissorStates(scissors);
    }

    @Override
    public void clear(int buffers, RawColor color, double depth, int stencil) {
        framebuffer.clear(buffers, color, depth, stencil);
    }

    @Override
    public void setStencilRef(int front, int back) {
        fixed.setStencilRef(front, back);
    }

    @Override
    public void setBlendColor(float r, float g, float b, float a) {
        fixed.setBlendColor(r, g, b, a);
    }

    @Override
    public void setPolygonStipple(IntSeq rows) {
        fixed.setPolygonStipple(rows);
    }

    @Override
    public void setClipState(IntSeq planes) {
        fixed.setClipState(planes);
    }

    @Override
    public void setSampleMask(int mask) {
        fixed.setSampleMask(mask);
    }

    @Override
    public void setMinSamples(int minSamples) {
        if (!ctx.hostCaps().has(HostFeature.SAMPLE_SHADING)) {
            return; // no per-sample shading on this host: every sample count is a valid minimum of one
        }
        fixed.setMinSamples(minSamples);
    }

    @Override
    public void setTessState(float outer0, float outer1, float outer2, float outer3, float inner0, float inner1) {
        if (!ctx.hostSupports(HostFeature.TESSELLATION, "SET_TESS_STATE")) {
            return;
        }
        fixed.setTessState(outer0, outer1, outer2, outer3, inner0, inner1);
    }

    // ---- resources bound to slots ------------------------------------------------------------------

    @Override
    public void setVertexBuffers(VertexBuffers buffers) {
        bindings.setVertexBuffers(buffers);
    }

    @Override
    public void setIndexBuffer(int resource, int indexSize, int offset) {
        bindings.setIndexBuffer(resource, indexSize, offset);
    }

    @Override
    public void setConstantBuffer(int stage, int index, IntSeq data) {
        bindings.setConstantBuffer(stage, data);
    }

    @Override
    public void setUniformBuffer(int stage, int index, int offset, int length, int resource) {
        bindings.setUniformBuffer(stage, index, offset, length, resource);
    }

    @Override
    public void setSamplerViews(int stage, int startSlot, IntSeq viewHandles) {
        bindings.setSamplerViews(stage, startSlot, viewHandles);
    }

    @Override
    public void bindSamplerStates(int stage, int startSlot, IntSeq samplerHandles) {
        bindings.bindSamplerStates(stage, startSlot, samplerHandles);
    }

    @Override
    public void setShaderBuffers(int stage, BufferBindings buffers) {
        if (!ctx.hostSupports(HostFeature.SSBO, "SET_SHADER_BUFFERS")) {
            return;
        }
        storage.setShaderBuffers(stage, buffers);
    }

    @Override
    public void setShaderImages(int stage, ImageBindings images) {
        if (!ctx.hostSupports(HostFeature.IMAGES, "SET_SHADER_IMAGES")) {
            return;
        }
        storage.setShaderImages(stage, images);
    }

    @Override
    public void setAtomicBuffers(BufferBindings buffers) {
        if (!ctx.hostSupports(HostFeature.ATOMIC_COUNTERS, "SET_ATOMIC_BUFFERS")) {
            return;
        }
        storage.setAtomicBuffers(buffers);
    }

    @Override
    public void setStreamoutTargets(int appendBitmask, IntSeq targetHandles) {
        // GL appends only within one begin/end; Gallium's append bits need no host action.
        streamout.setTargets(targetHandles);
    }

    // ---- shaders and draws --------------------------------------------------------------------------

    @Override
    public void bindShader(int handle, int stage) {
        programs.bindShader(ctx, handle, stage);
    }

    @Override
    public void linkShader(int vs, int fs, int gs, int tcs, int tes, int cs) {
        // A pre-link hint: programs are linked lazily at draw time from the bound variants.
    }

    @Override
    public void drawVbo(DrawInfo draw) {
        if (draw.mode() == PIPE_PRIM_PATCHES && !tessellation
                && !ctx.hostSupports(HostFeature.TESSELLATION, "a PATCHES draw")) {
            return;
        }
        draws.drawVbo(draw);
    }

    @Override
    public void launchGrid(LaunchGrid grid) {
        if (!ctx.hostSupports(HostFeature.COMPUTE_SHADER, "LAUNCH_GRID")) {
            return;
        }
        compute.launch(grid);
    }

    @Override
    public void memoryBarrier(int flags) {
        if (!ctx.hostCaps().has(HostFeature.BARRIER)) {
            return; // nothing the guest could have written through images or buffers needs ordering
        }
        org.lwjgl.opengl.GL45C.glMemoryBarrier(flags == 0 ? 0 : org.lwjgl.opengl.GL45C.GL_ALL_BARRIER_BITS);
    }

    @Override
    public void textureBarrier(int flags) {
        if (!ctx.hostCaps().has(HostFeature.TEXTURE_BARRIER)) {
            return; // the capsets offered no TEXTURE_BARRIER; as vrend, there is nothing to wait for
        }
        org.jvirgl.virgl.gl.FixedFunctionCalls.glTextureBarrier();
    }

    // ---- copies and transfers ----------------------------------------------------------------------

    @Override
    public void blit(BlitInfo blit) {
        if (blit.renderCondition()) {
            blitter.blit(ctx, blit);
            return;
        }
        queries.pauseCondition();
        try {
            blitter.blit(ctx, blit);
        } finally {
            queries.resumeCondition();
        }
    }

    @Override
    public void resourceCopyRegion(CopyRegion copy) {
        // Gallium's copies are never conditional; the blit fallback must not be discarded.
        queries.pauseCondition();
        try {
            copier.copy(ctx, copy);
        } finally {
            queries.resumeCondition();
        }
    }

    @Override
    public void transfer3d(Transfer3d transfer) {
        refuseIfFailed(ctx.resources().transfer3d(transfer));
    }

    @Override
    public void copyTransfer3d(CopyTransfer3d copy) {
        refuseIfFailed(ctx.resources().copyTransfer3d(copy));
    }

    @Override
    public void resourceInlineWrite(InlineWrite write) {
        refuseIfFailed(ctx.resources().inlineWrite(write));
    }

    @Override
    public void clearTexture(int resource, int level, PipeBox box, RawColor data) {
        if (!ctx.hostSupports(HostFeature.CLEAR_TEXTURE, "CLEAR_TEXTURE")) {
            return;
        }
        textureClearer.clear(ctx, resource, level, box, data);
    }

    @Override
    public void clearSurface(ClearSurface clear) {
        if (clear.renderCondition()) {
            surfaceClearer.clear(ctx, clear);
            return;
        }
        queries.pauseCondition();
        try {
            surfaceClearer.clear(ctx, clear);
        } finally {
            queries.resumeCondition();
        }
    }

    // ---- queries --------------------------------------------------------------------------------------

    @Override
    public void beginQuery(int handle) {
        queries.begin(ctx, handle);
    }

    @Override
    public void endQuery(int handle) {
        queries.end(ctx, handle);
    }

    @Override
    public void getQueryResult(int handle, boolean wait) {
        queries.writeResult(ctx, handle, wait);
    }

    @Override
    public void getQueryResultQbo(int queryHandle, int qboResource, boolean wait, int resultType, int offset,
                                  int index) {
        if (!ctx.hostSupports(HostFeature.QBO, "GET_QUERY_RESULT_QBO")) {
            return;
        }
        queries.writeResultToBuffer(ctx, queryHandle, qboResource, wait, resultType, offset, index);
    }

    @Override
    public void setRenderCondition(int queryHandle, boolean condition, int mode) {
        queries.setRenderCondition(ctx, queryHandle, condition, mode);
    }

    // ---- sub-contexts ---------------------------------------------------------------------------------

    @Override
    public void setSubContext(int subContextId) {
        ctx.setSubContext(subContextId);
    }

    @Override
    public void createSubContext(int subContextId) {
        ctx.createSubContext(subContextId);
    }

    @Override
    public void destroySubContext(int subContextId) {
        ctx.destroySubContext(subContextId);
    }

    // ---- misc -----------------------------------------------------------------------------------------

    @Override
    public void setDebugFlags(String flags) {
        // Debug flags only change upstream's logging; nothing to run.
    }

    @Override
    public void setTweaks(int id, int value) {
        // The tweaks concern GLES hosts; a desktop GL host has nothing to emulate.
    }

    @Override
    public void sendStringMarker(String marker) {
        if (!ctx.hostCaps().has(HostFeature.KHR_DEBUG)) {
            return; // markers only annotate host debug output
        }
        org.lwjgl.opengl.KHRDebug.glDebugMessageInsert(org.lwjgl.opengl.KHRDebug.GL_DEBUG_SOURCE_APPLICATION,
            org.lwjgl.opengl.KHRDebug.GL_DEBUG_TYPE_MARKER, 0, org.lwjgl.opengl.KHRDebug.GL_DEBUG_SEVERITY_NOTIFICATION,
            marker);
    }

    @Override
    public void getMemoryInfo(int resource) {
        reports.memoryInfo(resource);
    }

    @Override
    public void pipeResourceCreate(PipeResourceCreate create) {
        // vrend keeps the description until RESOURCE_CREATE_BLOB names its blob id; this backend
        // creates no host (HOST3D) blobs, so nothing could ever pick the description up.
        ctx.fail(ContextError.UNSUPPORTED_FUNCTION, "PIPE_RESOURCE_CREATE (blob id " + create.blobId()
            + ") refused: it types a host blob for a later RESOURCE_CREATE_BLOB, and this backend has no host blobs");
    }

    @Override
    public void pipeResourceSetType(PipeResourceSetType setType) {
        // vrend types an untyped blob by importing its dma-buf as an EGL image; this backend
        // imports no dma-bufs, so it has no untyped resource to type.
        ctx.fail(ContextError.UNSUPPORTED_FUNCTION, "PIPE_RESOURCE_SET_TYPE (resource " + setType.resource()
            + ") refused: it types a dma-buf blob through an EGL image import, which this backend does not do");
    }

    @Override
    public void getPipeResourceLayout(int outResource, int targetResource) {
        reports.pipeResourceLayout(outResource, targetResource);
    }

    private void refuseIfFailed(String reason) {
        if (reason != null) {
            ctx.fail(ContextError.ILLEGAL_RESOURCE, reason);
        }
    }

    /** Frees all GL objects of the context; call with its GL context current. */
    @Override
    public void close() {
        blitter.release(ctx.names());
        surfaceClearer.release(ctx.names());
        programs.release(ctx.names());
        ctx.releaseAll();
    }
}
