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

/**
 * Receives the decoded VirGL command stream of one context, one call per command (the
 * Gallium {@code pipe_context} shape). Implemented by the GL executor, the
 * {@code CommandPrinter} and test recorders.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Everything the decoder can check without host state is checked before the call:
 *       lengths, counts against {@link WireLimits}, shader stages (0..5), slot ranges,
 *       enum ranges that upstream rejects, non-zero object handles on create. What needs
 *       host state (does handle 7 exist? is resource 3 a buffer?) is the listener's job.</li>
 *   <li>A listener reports such a semantic failure through the {@link CommandErrors} given
 *       to {@link #beginBatch}; the decoder then stops the batch after the current call and
 *       returns a {@link Refusal}. Listeners never throw for bad guest input.</li>
 *   <li>Views ({@link IntSeq}, {@link DrawInfo}, {@link Transfer3d} ...) are flyweights over
 *       the submitted buffer, valid only during the call; records are immutable and may be
 *       kept.</li>
 *   <li>Shader stages use the wire numbering (0 VS, 1 FS, 2 GS, 3 TCS, 4 TES, 5 CS); enum
 *       values use the frozen Gallium numbering ({@code org.jvirgl.wire.gallium}); formats
 *       are {@code VirglFormat} values; "resource" parameters are guest resource handles,
 *       "handle" parameters are per-sub-context object handles (0 = none/unbind).</li>
 *   <li>Video opcodes (53-61) are refused by the decoder as unsupported and never reach a
 *       listener.</li>
 * </ul>
 */
public interface VirglCommandListener {

    // ---- batch framing -------------------------------------------------------------------

    /** A submitted buffer starts; {@code errors} stays valid until {@link #endBatch}. */
    default void beginBatch(CommandErrors errors) {
    }

    /** The buffer ended, fully or at a refusal. */
    default void endBatch(DecodeResult result) {
    }

    // ---- 0 NOP, 44 END_TRANSFERS -------------------------------------------------------------

    /** NOP: ignored padding of {@code payloadDwords}. */
    default void nop(int payloadDwords) {
    }

    /** END_TRANSFERS: terminator/padding of the transfer prefix, skipped by its length. */
    default void endTransfers(int payloadDwords) {
    }

    // ---- 1 CREATE_OBJECT, one method per object type ------------------------------------------
    // Creating over a live handle replaces the old object (upstream behaviour).

    void createBlend(int handle, BlendState state);

    void createRasterizer(int handle, RasterizerState state);

    void createDepthStencilAlpha(int handle, DepthStencilAlphaState state);

    /** A complete shader: delivered once all continuation packets have arrived. */
    void createShader(int handle, ShaderSource shader);

    /** At most {@link WireLimits#MAX_VERTEX_ELEMENTS} elements, buffer indices below {@link WireLimits#MAX_VERTEX_BUFFERS}. */
    void createVertexElements(int handle, List<VertexElement> elements);

    void createSamplerView(int handle, SamplerViewState view);

    void createSamplerState(int handle, SamplerState state);

    /** SURFACE ({@code surface.sampleCount() == 0}). */
    void createSurface(int handle, SurfaceState surface);

    /** MSAA_SURFACE: a surface with an implicit multisample count ({@code surface.sampleCount()}). */
    void createMsaaSurface(int handle, SurfaceState surface);

    /**
     * @param queryType    a {@code PipeQueryType} value
     * @param index        stream / statistic index
     * @param resultResource resource receiving {@code virgl_host_query_state} at {@code offset}
     */
    void createQuery(int handle, int queryType, int index, int offset, int resultResource);

    void createStreamoutTarget(int handle, int resource, int bufferOffset, int bufferSize);

    // ---- 2 BIND_OBJECT (only these four types are bindable), 3 DESTROY_OBJECT ----------------

    void bindBlend(int handle);

    void bindDepthStencilAlpha(int handle);

    void bindRasterizer(int handle);

    void bindVertexElements(int handle);

    /** @param objectType the header's type ({@link VirglObjectType}); informational, upstream ignores it */
    void destroyObject(int objectType, int handle);

    // ---- state setters -------------------------------------------------------------------------

    /** 4: viewports {@code startSlot .. startSlot+count-1}, all within {@link WireLimits#MAX_VIEWPORTS}. */
    void setViewportStates(ViewportStates viewports);

    /** 5: up to 8 colour surface handles (0 = none) and the depth/stencil surface (0 = none). */
    void setFramebufferState(int zsurfHandle, IntSeq cbufHandles);

    /** 6: replaces the whole vertex-buffer list. */
    void setVertexBuffers(VertexBuffers buffers);

    /**
     * 7: clear the bound framebuffer.
     *
     * @param buffers {@code PipeClear} bits (DEPTH 1, STENCIL 2, COLOR0 4 ... COLOR7 0x200)
     * @param color   raw colour words (float or integer per the surface format)
     */
    void clear(int buffers, RawColor color, double depth, int stencil);

    /** 8 */
    void drawVbo(DrawInfo draw);

    /** 9 */
    void resourceInlineWrite(InlineWrite write);

    /** 10: sampler views for slots {@code startSlot ..}; handle 0 unbinds a slot. */
    void setSamplerViews(int stage, int startSlot, IntSeq viewHandles);

    /** 11: {@code resource} 0 unbinds; {@code indexSize} is 1, 2 or 4 bytes (0 when unbinding). */
    void setIndexBuffer(int resource, int indexSize, int offset);

    /**
     * 12: the whole default uniform block of {@code stage} as raw dwords (vec4 slots
     * matching TGSI {@code CONST[n]}); empty means none. {@code index} is ignored upstream.
     */
    void setConstantBuffer(int stage, int index, IntSeq data);

    /** 13: stencil reference values (0-255). */
    void setStencilRef(int front, int back);

    /** 14 */
    void setBlendColor(float r, float g, float b, float a);

    /** 15 */
    void setScissorStates(ScissorStates scissors);

    /** 16 */
    void blit(BlitInfo blit);

    /** 17 */
    void resourceCopyRegion(CopyRegion copy);

    /** 18: sampler-state handles for slots {@code startSlot ..}. */
    void bindSamplerStates(int stage, int startSlot, IntSeq samplerHandles);

    /** 19 */
    void beginQuery(int handle);

    /** 20 */
    void endQuery(int handle);

    /** 21: write the query state into its result resource; {@code wait} asks to block until available. */
    void getQueryResult(int handle, boolean wait);

    /** 22: 32 rows of the 32x32 stipple pattern. */
    void setPolygonStipple(IntSeq rows);

    /** 23: 8 user clip planes, 4 floats each (read with {@link IntSeq#getFloat}). */
    void setClipState(IntSeq planes);

    /** 24 */
    void setSampleMask(int mask);

    /** 25: up to {@link WireLimits#MAX_SO_TARGETS} streamout target handles; bit i of {@code appendBitmask} = append to target i. */
    void setStreamoutTargets(int appendBitmask, IntSeq targetHandles);

    /** 26: {@code mode} is a {@code PIPE_RENDER_COND_*} value; handle 0 disables. */
    void setRenderCondition(int queryHandle, boolean condition, int mode);

    /** 27: bind a real UBO range; {@code index} below {@link WireLimits#MAX_CONSTANT_BUFFERS}. */
    void setUniformBuffer(int stage, int index, int offset, int length, int resource);

    /** 28 */
    void setSubContext(int subContextId);

    /** 29: no-op if it exists. */
    void createSubContext(int subContextId);

    /** 30: sub-context 0 is never destroyed. */
    void destroySubContext(int subContextId);

    /** 31: handle 0 unbinds the stage. */
    void bindShader(int handle, int stage);

    /** 32: default tessellation levels. */
    void setTessState(float outer0, float outer1, float outer2, float outer3, float inner0, float inner1);

    /** 33 */
    void setMinSamples(int minSamples);

    /** 34: never called with zero bindings (upstream treats that as a no-op). */
    void setShaderBuffers(int stage, BufferBindings buffers);

    /** 35: never called with zero bindings. */
    void setShaderImages(int stage, ImageBindings images);

    /** 36: {@code PIPE_BARRIER_*} bits. */
    void memoryBarrier(int flags);

    /** 37 */
    void launchGrid(LaunchGrid grid);

    /** 38: a framebuffer without attachments. */
    void setFramebufferStateNoAttach(int width, int height, int layers, int samples);

    /** 39 */
    void textureBarrier(int flags);

    /** 40: never called with zero bindings. */
    void setAtomicBuffers(BufferBindings buffers);

    /** 41: VREND_DEBUG-style flag string. */
    void setDebugFlags(String flags);

    /** 42: write a query result into a buffer ({@code resultType} is a {@code PIPE_QUERY_TYPE_*}; index -1 = availability). */
    void getQueryResultQbo(int queryHandle, int qboResource, boolean wait, int resultType, int offset, int index);

    /** 43 */
    void transfer3d(Transfer3d transfer);

    /** 45 */
    void copyTransfer3d(CopyTransfer3d copy);

    /** 46: {@code id} 0 gles_brga_emulate, 1 gles_brga_apply_dest_swizzle, 2 gles_tf3_samples_passes_multiplier. */
    void setTweaks(int id, int value);

    /** 47: clear a box of one level to the raw texel value in {@code data}. */
    void clearTexture(int resource, int level, PipeBox box, RawColor data);

    /** 48 */
    void pipeResourceCreate(PipeResourceCreate create);

    /** 49 */
    void pipeResourceSetType(PipeResourceSetType setType);

    /** 50: write {@code virgl_memory_info} into {@code resource}. */
    void getMemoryInfo(int resource);

    /** 51: a debug marker string (already cut to its declared length). */
    void sendStringMarker(String marker);

    /** 52: a hint to pre-link this program (handles per wire stage, 0 = none). */
    void linkShader(int vs, int fs, int gs, int tcs, int tes, int cs);

    /** 62 (newer than 0.10.4) */
    void clearSurface(ClearSurface clear);

    /** 63 (newer than 0.10.4): write the layout of {@code targetResource} into {@code outResource}. */
    void getPipeResourceLayout(int outResource, int targetResource);
}
