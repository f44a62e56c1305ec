package org.jvirgl.wire.encode;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.jvirgl.wire.VirglCcmd;
import org.jvirgl.wire.VirglObjectType;
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
import org.jvirgl.wire.state.StreamOutput;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/**
 * Writes VirGL commands into a growing dword buffer, field order and packing as Mesa's guest
 * driver emits them. Methods return {@code this} for chaining; {@link #toSegment()} gives the
 * little-endian bytes a host receives. Not a performance path.
 */
public final class CommandEncoder {
    private static final ValueLayout.OfInt LE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private int[] words = new int[256];
    private int size;

    /** Dwords written so far. */
    public int sizeDwords() {
        return size;
    }

    /** A copy of the dwords written so far. */
    public int[] toArray() {
        return Arrays.copyOf(words, size);
    }

    /** The buffer as little-endian bytes in a fresh heap segment. */
    public MemorySegment toSegment() {
        MemorySegment out = MemorySegment.ofArray(new byte[4 * size]);
        for (int i = 0; i < size; i++) {
            out.set(LE_INT, 4L * i, words[i]);
        }
        return out;
    }

    /** Appends dwords verbatim (for hostile or hand-made commands). */
    public CommandEncoder raw(int... dwords) {
        for (int d : dwords) {
            put(d);
        }
        return this;
    }

    /** A header for {@code payload.length} dwords followed by the payload. */
    public CommandEncoder command(int opcode, int objectType, int... payload) {
        if (payload.length > 0xffff) {
            throw new IllegalArgumentException("a command carries at most 65535 payload dwords, not " + payload.length);
        }
        put(VirglCcmd.header(opcode, objectType, payload.length));
        return raw(payload);
    }

    private CommandEncoder cmd(int opcode, int... payload) {
        return command(opcode, 0, payload);
    }

    private void put(int dword) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size++] = dword;
    }

    private static int f(float value) {
        return Float.floatToRawIntBits(value);
    }

    private static int[] box(PipeBox b) {
        return new int[] {b.x(), b.y(), b.z(), b.width(), b.height(), b.depth()};
    }

    private static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int at = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    // ---- objects -------------------------------------------------------------------------

    public CommandEncoder createBlend(int handle, BlendState s) {
        int[] p = new int[3 + BlendState.RT_COUNT];
        p[0] = handle;
        p[1] = s.packS0();
        p[2] = s.logicopFunc() & 0xf;
        for (int i = 0; i < BlendState.RT_COUNT; i++) {
            p[3 + i] = s.rt(i).pack();
        }
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.BLEND, p);
    }

    public CommandEncoder createRasterizer(int handle, RasterizerState s) {
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.RASTERIZER, handle, s.flags(), f(s.pointSize()),
                s.spriteCoordEnable(), s.packS3(), f(s.lineWidth()), f(s.offsetUnits()), f(s.offsetScale()),
                f(s.offsetClamp()));
    }

    public CommandEncoder createDepthStencilAlpha(int handle, DepthStencilAlphaState s) {
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.DSA, handle, s.packS0(), s.front().pack(),
                s.back().pack(), f(s.alphaRef()));
    }

    public CommandEncoder createSamplerState(int handle, SamplerState s) {
        RawColor b = s.borderColor();
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SAMPLER_STATE, handle, s.packS0(), f(s.lodBias()),
                f(s.minLod()), f(s.maxLod()), b.word0(), b.word1(), b.word2(), b.word3());
    }

    public CommandEncoder createSamplerView(int handle, SamplerViewState v) {
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SAMPLER_VIEW, handle, v.resource(),
                v.packFormatWord(), v.range0(), v.range1(), v.swizzle());
    }

    public CommandEncoder createSurface(int handle, SurfaceState s) {
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SURFACE, handle, s.resource(), s.format(),
                s.range0(), s.range1());
    }

    public CommandEncoder createMsaaSurface(int handle, SurfaceState s) {
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.MSAA_SURFACE, handle, s.resource(), s.format(),
                s.range0(), s.range1(), s.sampleCount());
    }

    public CommandEncoder createVertexElements(int handle, List<VertexElement> elements) {
        int[] p = new int[1 + 4 * elements.size()];
        p[0] = handle;
        for (int i = 0; i < elements.size(); i++) {
            VertexElement e = elements.get(i);
            p[1 + 4 * i] = e.srcOffset();
            p[2 + 4 * i] = e.instanceDivisor();
            p[3 + 4 * i] = e.vertexBufferIndex();
            p[4 + 4 * i] = e.srcFormat();
        }
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.VERTEX_ELEMENTS, p);
    }

    public CommandEncoder createQuery(int handle, int queryType, int index, int offset, int resultResource) {
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.QUERY, handle, (queryType & 0xffff) | index << 16,
                offset, resultResource);
    }

    public CommandEncoder createStreamoutTarget(int handle, int resource, int bufferOffset, int bufferSize) {
        return command(VirglCcmd.CREATE_OBJECT, VirglObjectType.STREAMOUT_TARGET, handle, resource, bufferOffset,
                bufferSize);
    }

    /** A shader in one packet. */
    public CommandEncoder createShader(int handle, int stage, String tgsi, int numTokens, StreamOutputInfo so) {
        return createShader(handle, stage, tgsi, numTokens, so, Integer.MAX_VALUE);
    }

    /**
     * A shader split like Mesa splits long shaders: the first packet carries the total length
     * in bytes (NUL included), the others {@code offset | 0x80000000}, each at most
     * {@code maxTextDwords} text dwords. For compute, {@code so} is ignored and the
     * shared-memory size goes where the output count would be ({@link #createComputeShader}).
     */
    public CommandEncoder createShader(int handle, int stage, String tgsi, int numTokens, StreamOutputInfo so,
                                       int maxTextDwords) {
        return shaderPackets(handle, stage, tgsi, numTokens, so, 0, maxTextDwords);
    }

    public CommandEncoder createComputeShader(int handle, String tgsi, int numTokens, int sharedMemoryBytes) {
        return shaderPackets(handle, 5, tgsi, numTokens, StreamOutputInfo.NONE, sharedMemoryBytes, Integer.MAX_VALUE);
    }

    private CommandEncoder shaderPackets(int handle, int stage, String tgsi, int numTokens, StreamOutputInfo so,
                                         int sharedMemory, int maxTextDwords) {
        byte[] text = tgsi.getBytes(StandardCharsets.ISO_8859_1);
        int totalBytes = text.length + 1;
        int[] dwords = new int[(totalBytes + 3) / 4];
        for (int i = 0; i < text.length; i++) {
            dwords[i / 4] |= (text[i] & 0xff) << (8 * (i % 4));
        }
        int sent = 0;
        boolean first = true;
        do {
            int n = Math.min(maxTextDwords, dwords.length - sent);
            int offlen = first ? totalBytes : (4 * sent) | 0x8000_0000;
            int[] soWords = first && stage != 5 && !so.isEmpty() ? streamOutput(so) : new int[0];
            int fifth = stage == 5 ? sharedMemory : first ? so.outputs().size() : 0;
            command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SHADER, concat(new int[] {handle, stage, offlen,
                numTokens, fifth}, soWords, Arrays.copyOfRange(dwords, sent, sent + n)));
            sent += n;
            first = false;
        } while (sent < dwords.length);
        return this;
    }

    private static int[] streamOutput(StreamOutputInfo so) {
        int[] w = new int[4 + 2 * so.outputs().size()];
        for (int i = 0; i < 4; i++) {
            w[i] = so.stride(i);
        }
        for (int i = 0; i < so.outputs().size(); i++) {
            StreamOutput o = so.outputs().get(i);
            w[4 + 2 * i] = o.packA();
            w[5 + 2 * i] = o.packB();
        }
        return w;
    }

    public CommandEncoder bindObject(int objectType, int handle) {
        return command(VirglCcmd.BIND_OBJECT, objectType, handle);
    }

    public CommandEncoder destroyObject(int objectType, int handle) {
        return command(VirglCcmd.DESTROY_OBJECT, objectType, handle);
    }

    // ---- state and draws ------------------------------------------------------------------

    /** One viewport per 6-float group: scale x,y,z, translate x,y,z. */
    public CommandEncoder setViewportStates(int startSlot, float... scaleTranslate) {
        int[] p = new int[1 + scaleTranslate.length];
        p[0] = startSlot;
        for (int i = 0; i < scaleTranslate.length; i++) {
            p[1 + i] = f(scaleTranslate[i]);
        }
        return cmd(VirglCcmd.SET_VIEWPORT_STATE, p);
    }

    public CommandEncoder setFramebufferState(int zsurf, int... cbufs) {
        return cmd(VirglCcmd.SET_FRAMEBUFFER_STATE, concat(new int[] {cbufs.length, zsurf}, cbufs));
    }

    /** Triples of stride, offset, resource. */
    public CommandEncoder setVertexBuffers(int... strideOffsetResource) {
        return cmd(VirglCcmd.SET_VERTEX_BUFFERS, strideOffsetResource);
    }

    public CommandEncoder clear(int buffers, RawColor color, double depth, int stencil) {
        long d = Double.doubleToRawLongBits(depth);
        return cmd(VirglCcmd.CLEAR, buffers, color.word0(), color.word1(), color.word2(), color.word3(),
                (int) d, (int) (d >>> 32), stencil);
    }

    /** A plain (12-dword) draw. */
    public CommandEncoder drawVbo(int start, int count, int mode, boolean indexed, int instanceCount, int indexBias,
                                  int startInstance, boolean primitiveRestart, int restartIndex, int minIndex,
                                  int maxIndex, int countFromSo) {
        return cmd(VirglCcmd.DRAW_VBO, start, count, mode, indexed ? 1 : 0, instanceCount, indexBias,
                startInstance, primitiveRestart ? 1 : 0, restartIndex, minIndex, maxIndex, countFromSo);
    }

    /** Any draw, from the 12, 14 or 20 payload dwords. */
    public CommandEncoder drawVbo(int... payload) {
        return cmd(VirglCcmd.DRAW_VBO, payload);
    }

    public CommandEncoder resourceInlineWrite(int resource, int level, int stride, int layerStride, PipeBox box,
                                              int... data) {
        return cmd(VirglCcmd.RESOURCE_INLINE_WRITE, concat(new int[] {resource, level, 0, stride, layerStride},
                box(box), data));
    }

    public CommandEncoder setSamplerViews(int stage, int startSlot, int... views) {
        return cmd(VirglCcmd.SET_SAMPLER_VIEWS, concat(new int[] {stage, startSlot}, views));
    }

    public CommandEncoder setIndexBuffer(int resource, int indexSize, int offset) {
        return resource == 0 ? cmd(VirglCcmd.SET_INDEX_BUFFER, 0)
                : cmd(VirglCcmd.SET_INDEX_BUFFER, resource, indexSize, offset);
    }

    public CommandEncoder setConstantBuffer(int stage, int index, int... data) {
        return cmd(VirglCcmd.SET_CONSTANT_BUFFER, concat(new int[] {stage, index}, data));
    }

    public CommandEncoder setStencilRef(int front, int back) {
        return cmd(VirglCcmd.SET_STENCIL_REF, (front & 0xff) | (back & 0xff) << 8);
    }

    public CommandEncoder setBlendColor(float r, float g, float b, float a) {
        return cmd(VirglCcmd.SET_BLEND_COLOR, f(r), f(g), f(b), f(a));
    }

    /** Quads of minx, miny, maxx, maxy. */
    public CommandEncoder setScissorStates(int startSlot, int... rects) {
        int[] p = new int[1 + rects.length / 2];
        p[0] = startSlot;
        for (int i = 0; i < rects.length / 4; i++) {
            p[1 + 2 * i] = (rects[4 * i] & 0xffff) | rects[4 * i + 1] << 16;
            p[2 + 2 * i] = (rects[4 * i + 2] & 0xffff) | rects[4 * i + 3] << 16;
        }
        return cmd(VirglCcmd.SET_SCISSOR_STATE, p);
    }

    public CommandEncoder blit(BlitInfo b) {
        BlitRegion d = b.dst();
        BlitRegion s = b.src();
        return cmd(VirglCcmd.BLIT, concat(new int[] {b.packS0(), (b.scissorMinX() & 0xffff) | b.scissorMinY() << 16,
            (b.scissorMaxX() & 0xffff) | b.scissorMaxY() << 16, d.resource(), d.level(), d.format()}, box(d.box()),
            new int[] {s.resource(), s.level(), s.format()}, box(s.box())));
    }

    public CommandEncoder resourceCopyRegion(CopyRegion r) {
        return cmd(VirglCcmd.RESOURCE_COPY_REGION, concat(new int[] {r.dstResource(), r.dstLevel(), r.dstX(),
            r.dstY(), r.dstZ(), r.srcResource(), r.srcLevel()}, box(r.srcBox())));
    }

    public CommandEncoder bindSamplerStates(int stage, int startSlot, int... samplers) {
        return cmd(VirglCcmd.BIND_SAMPLER_STATES, concat(new int[] {stage, startSlot}, samplers));
    }

    public CommandEncoder beginQuery(int handle) {
        return cmd(VirglCcmd.BEGIN_QUERY, handle);
    }

    public CommandEncoder endQuery(int handle) {
        return cmd(VirglCcmd.END_QUERY, handle);
    }

    public CommandEncoder getQueryResult(int handle, boolean wait) {
        return cmd(VirglCcmd.GET_QUERY_RESULT, handle, wait ? 1 : 0);
    }

    public CommandEncoder setPolygonStipple(int... rows) {
        return cmd(VirglCcmd.SET_POLYGON_STIPPLE, rows);
    }

    public CommandEncoder setClipState(float... planes) {
        int[] p = new int[planes.length];
        for (int i = 0; i < planes.length; i++) {
            p[i] = f(planes[i]);
        }
        return cmd(VirglCcmd.SET_CLIP_STATE, p);
    }

    public CommandEncoder setSampleMask(int mask) {
        return cmd(VirglCcmd.SET_SAMPLE_MASK, mask);
    }

    public CommandEncoder setStreamoutTargets(int appendBitmask, int... targets) {
        return cmd(VirglCcmd.SET_STREAMOUT_TARGETS, concat(new int[] {appendBitmask}, targets));
    }

    public CommandEncoder setRenderCondition(int query, boolean condition, int mode) {
        return cmd(VirglCcmd.SET_RENDER_CONDITION, query, condition ? 1 : 0, mode);
    }

    public CommandEncoder setUniformBuffer(int stage, int index, int offset, int length, int resource) {
        return cmd(VirglCcmd.SET_UNIFORM_BUFFER, stage, index, offset, length, resource);
    }

    public CommandEncoder setSubContext(int id) {
        return cmd(VirglCcmd.SET_SUB_CTX, id);
    }

    public CommandEncoder createSubContext(int id) {
        return cmd(VirglCcmd.CREATE_SUB_CTX, id);
    }

    public CommandEncoder destroySubContext(int id) {
        return cmd(VirglCcmd.DESTROY_SUB_CTX, id);
    }

    public CommandEncoder bindShader(int handle, int stage) {
        return cmd(VirglCcmd.BIND_SHADER, handle, stage);
    }

    public CommandEncoder setTessState(float o0, float o1, float o2, float o3, float i0, float i1) {
        return cmd(VirglCcmd.SET_TESS_STATE, f(o0), f(o1), f(o2), f(o3), f(i0), f(i1));
    }

    public CommandEncoder setMinSamples(int minSamples) {
        return cmd(VirglCcmd.SET_MIN_SAMPLES, minSamples);
    }

    /** Triples of offset, length, resource. */
    public CommandEncoder setShaderBuffers(int stage, int startSlot, int... offsetLengthResource) {
        return cmd(VirglCcmd.SET_SHADER_BUFFERS, concat(new int[] {stage, startSlot}, offsetLengthResource));
    }

    /** Groups of format, access, layer/offset, level/size, resource. */
    public CommandEncoder setShaderImages(int stage, int startSlot, int... images) {
        return cmd(VirglCcmd.SET_SHADER_IMAGES, concat(new int[] {stage, startSlot}, images));
    }

    public CommandEncoder memoryBarrier(int flags) {
        return cmd(VirglCcmd.MEMORY_BARRIER, flags);
    }

    public CommandEncoder launchGrid(LaunchGrid g) {
        return cmd(VirglCcmd.LAUNCH_GRID, g.blockX(), g.blockY(), g.blockZ(), g.gridX(), g.gridY(), g.gridZ(),
                g.indirectResource(), g.indirectOffset());
    }

    public CommandEncoder setFramebufferStateNoAttach(int width, int height, int layers, int samples) {
        return cmd(VirglCcmd.SET_FRAMEBUFFER_STATE_NO_ATTACH, (width & 0xffff) | height << 16,
                (layers & 0xffff) | samples << 16);
    }

    public CommandEncoder textureBarrier(int flags) {
        return cmd(VirglCcmd.TEXTURE_BARRIER, flags);
    }

    /** Triples of offset, length, resource. */
    public CommandEncoder setAtomicBuffers(int startSlot, int... offsetLengthResource) {
        return cmd(VirglCcmd.SET_ATOMIC_BUFFERS, concat(new int[] {startSlot}, offsetLengthResource));
    }

    public CommandEncoder setDebugFlags(String flags) {
        return cmd(VirglCcmd.SET_DEBUG_FLAGS, paddedText(flags, 2));
    }

    public CommandEncoder getQueryResultQbo(int query, int qbo, boolean wait, int resultType, int offset, int index) {
        return cmd(VirglCcmd.GET_QUERY_RESULT_QBO, query, qbo, wait ? 1 : 0, resultType, offset, index);
    }

    public CommandEncoder transfer3d(int resource, int level, int stride, int layerStride, PipeBox box, int offset,
                                     int direction) {
        return cmd(VirglCcmd.TRANSFER3D, concat(new int[] {resource, level, 0, stride, layerStride}, box(box),
            new int[] {offset, direction}));
    }

    /** Mesa's empty-prefix terminator: END_TRANSFERS skipping {@code padding} dwords. */
    public CommandEncoder endTransfers(int padding) {
        return cmd(VirglCcmd.END_TRANSFERS, new int[padding]);
    }

    public CommandEncoder copyTransfer3d(int resource, int level, int stride, int layerStride, PipeBox box,
                                         int stagingResource, int stagingOffset, int flags) {
        return cmd(VirglCcmd.COPY_TRANSFER3D, concat(new int[] {resource, level, 0, stride, layerStride}, box(box),
            new int[] {stagingResource, stagingOffset, flags}));
    }

    public CommandEncoder setTweaks(int id, int value) {
        return cmd(VirglCcmd.SET_TWEAKS, id, value);
    }

    public CommandEncoder clearTexture(int resource, int level, PipeBox box, RawColor data) {
        return cmd(VirglCcmd.CLEAR_TEXTURE, concat(new int[] {resource, level}, box(box),
            new int[] {data.word0(), data.word1(), data.word2(), data.word3()}));
    }

    public CommandEncoder pipeResourceCreate(PipeResourceCreate r) {
        return cmd(VirglCcmd.PIPE_RESOURCE_CREATE, r.target(), r.format(), r.bind(), r.width(), r.height(),
                r.depth(), r.arraySize(), r.lastLevel(), r.nrSamples(), r.flags(), r.blobId());
    }

    public CommandEncoder pipeResourceSetType(PipeResourceSetType t) {
        int[] planes = new int[2 * t.planes().size()];
        for (int i = 0; i < t.planes().size(); i++) {
            PlaneLayout p = t.planes().get(i);
            planes[2 * i] = p.stride();
            planes[2 * i + 1] = p.offset();
        }
        return cmd(VirglCcmd.PIPE_RESOURCE_SET_TYPE, concat(new int[] {t.resource(), t.format(), t.bind(),
            t.width(), t.height(), t.usage(), (int) t.modifier(), (int) (t.modifier() >>> 32)}, planes));
    }

    public CommandEncoder getMemoryInfo(int resource) {
        return cmd(VirglCcmd.GET_MEMORY_INFO, resource);
    }

    public CommandEncoder sendStringMarker(String marker) {
        byte[] bytes = marker.getBytes(StandardCharsets.UTF_8);
        return cmd(VirglCcmd.SEND_STRING_MARKER, concat(new int[] {bytes.length}, paddedText(marker, 0)));
    }

    public CommandEncoder linkShader(int vs, int fs, int gs, int tcs, int tes, int cs) {
        return cmd(VirglCcmd.LINK_SHADER, vs, fs, gs, tcs, tes, cs);
    }

    public CommandEncoder clearSurface(ClearSurface c) {
        RawColor k = c.color();
        return cmd(VirglCcmd.CLEAR_SURFACE, c.packS0(), c.surface(), k.word0(), k.word1(), k.word2(), k.word3(),
                c.x(), c.y(), c.width(), c.height());
    }

    public CommandEncoder getPipeResourceLayout(int outResource, int targetResource) {
        return cmd(VirglCcmd.GET_PIPE_RESOURCE_LAYOUT, outResource, targetResource);
    }

    /** UTF-8 bytes NUL-padded to whole dwords, at least {@code minDwords}. */
    private static int[] paddedText(String s, int minDwords) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int[] out = new int[Math.max(minDwords, (bytes.length + 3) / 4)];
        for (int i = 0; i < bytes.length; i++) {
            out[i / 4] |= (bytes[i] & 0xff) << (8 * (i % 4));
        }
        return out;
    }

    /** A blend state with the same settings on all 8 render targets. */
    public static BlendState blendAll(RtBlendState rt) {
        return new BlendState(false, false, false, false, false, 0, java.util.Collections.nCopies(8, rt));
    }
}
