package org.jvirgl.wire.print;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.jvirgl.wire.BufferBindings;
import org.jvirgl.wire.CopyTransfer3d;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.DrawInfo;
import org.jvirgl.wire.ImageBindings;
import org.jvirgl.wire.InlineWrite;
import org.jvirgl.wire.IntSeq;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.ScissorStates;
import org.jvirgl.wire.Transfer3d;
import org.jvirgl.wire.VertexBuffers;
import org.jvirgl.wire.ViewportStates;
import org.jvirgl.wire.VirglCommandListener;
import org.jvirgl.wire.VirglDecoder;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipeBarrier;
import org.jvirgl.wire.gallium.PipeClear;
import org.jvirgl.wire.gallium.PipeCompareFunc;
import org.jvirgl.wire.gallium.PipeLogicOp;
import org.jvirgl.wire.gallium.PipeMask;
import org.jvirgl.wire.gallium.PipePolygonMode;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.PipeQueryType;
import org.jvirgl.wire.gallium.PipeStencilOp;
import org.jvirgl.wire.gallium.PipeSwizzle;
import org.jvirgl.wire.gallium.PipeTexFilter;
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
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.ShaderSource;
import org.jvirgl.wire.state.StencilState;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/**
 * Prints each decoded command as one line: the command name, then its decoded fields with
 * Gallium enum names. Used by tests (golden text), for debugging and by capture tools.
 * Shader text is summarised (first line and length) to keep one line per command; state
 * records print all their fields.
 */
public final class CommandPrinter implements VirglCommandListener {
    private final Consumer<String> out;

    /** @param out receives one line per command (without a line terminator) */
    public CommandPrinter(Consumer<String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Decodes {@code buffer} with a fresh decoder and returns the listing, refusal included. */
    public static String disassemble(MemorySegment buffer) {
        StringBuilder sb = new StringBuilder();
        CommandPrinter printer = new CommandPrinter(line -> sb.append(line).append('\n'));
        new VirglDecoder(printer).decode(buffer);
        return sb.toString();
    }

    private void line(String s) {
        out.accept(s);
    }

    private static String stage(int stage) {
        return ShaderStage.name(stage);
    }

    private static String fmt(int format) {
        return VirglFormat.name(format);
    }

    private static String box(PipeBox b) {
        return b.x() + "," + b.y() + "," + b.z() + " " + b.width() + "x" + b.height() + "x" + b.depth();
    }

    private static String color(RawColor c) {
        return String.format("[0x%08x 0x%08x 0x%08x 0x%08x]", c.word0(), c.word1(), c.word2(), c.word3());
    }

    private static String ints(IntSeq seq) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < seq.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(seq.get(i));
        }
        return sb.append(']').toString();
    }

    private static String floats(IntSeq seq) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < seq.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(seq.getFloat(i));
        }
        return sb.append(']').toString();
    }

    private static String hex(IntSeq seq) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < seq.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(String.format("%08x", seq.get(i)));
        }
        return sb.append(']').toString();
    }

    @Override
    public void endBatch(DecodeResult result) {
        if (result instanceof Refusal r) {
            line("REFUSED " + r);
        }
    }

    @Override
    public void nop(int payloadDwords) {
        line("NOP len=" + payloadDwords);
    }

    @Override
    public void endTransfers(int payloadDwords) {
        line("END_TRANSFERS len=" + payloadDwords);
    }

    @Override
    public void createBlend(int handle, BlendState s) {
        StringBuilder sb = new StringBuilder("CREATE_BLEND " + handle + " independent=" + s.independentBlendEnable()
                + " logicop=" + (s.logicopEnable() ? PipeLogicOp.name(s.logicopFunc()) : "off")
                + " dither=" + s.dither() + " alpha_to_coverage=" + s.alphaToCoverage()
                + " alpha_to_one=" + s.alphaToOne());
        int rts = s.independentBlendEnable() ? BlendState.RT_COUNT : 1;
        for (int i = 0; i < rts; i++) {
            var rt = s.rt(i);
            sb.append(" rt").append(i).append('=');
            if (rt.blendEnable()) {
                sb.append(BlendNames.func(rt.rgbFunc(), rt.rgbSrcFactor(), rt.rgbDstFactor())).append('/')
                        .append(BlendNames.func(rt.alphaFunc(), rt.alphaSrcFactor(), rt.alphaDstFactor()));
            } else {
                sb.append("off");
            }
            sb.append(" mask=").append(Integer.toHexString(rt.colormask()));
        }
        line(sb.toString());
    }

    @Override
    public void createRasterizer(int handle, RasterizerState s) {
        line("CREATE_RASTERIZER " + handle + " flags=0x" + Integer.toHexString(s.flags()) + " cull="
                + PipePolygonMode.faceName(s.cullFace()) + " front_ccw=" + s.frontCcw()
                + " fill=" + PipePolygonMode.name(s.fillFront()) + "/"
                + PipePolygonMode.name(s.fillBack()) + " scissor=" + s.scissor()
                + " half_pixel_center=" + s.halfPixelCenter() + " clip_halfz=" + s.clipHalfz()
                + " point_size=" + s.pointSize() + " line_width=" + s.lineWidth() + " sprite_coord_enable=0x"
                + Integer.toHexString(s.spriteCoordEnable()) + " stipple=0x" + Integer.toHexString(s.lineStipplePattern())
                + "x" + s.lineStippleFactor() + " clip_planes=0x" + Integer.toHexString(s.clipPlaneEnable())
                + " offset=" + s.offsetUnits() + "," + s.offsetScale() + "," + s.offsetClamp());
    }

    @Override
    public void createDepthStencilAlpha(int handle, DepthStencilAlphaState s) {
        line("CREATE_DSA " + handle + " depth=" + (s.depthEnabled()
                ? PipeCompareFunc.name(s.depthFunc()) : "off") + " depth_write="
                + s.depthWritemask() + " alpha=" + (s.alphaEnabled()
                ? PipeCompareFunc.name(s.alphaFunc()) + "," + s.alphaRef() : "off")
                + " front=" + stencil(s.front()) + " back=" + stencil(s.back()));
    }

    private static String stencil(StencilState s) {
        if (!s.enabled()) {
            return "off";
        }
        return PipeCompareFunc.name(s.func()) + " fail="
                + PipeStencilOp.name(s.failOp()) + " zfail="
                + PipeStencilOp.name(s.zfailOp()) + " zpass="
                + PipeStencilOp.name(s.zpassOp()) + " mask=" + Integer.toHexString(s.valueMask())
                + "/" + Integer.toHexString(s.writeMask());
    }

    @Override
    public void createShader(int handle, ShaderSource shader) {
        String text = shader.tgsiText();
        int nl = text.indexOf('\n');
        line("CREATE_SHADER " + handle + " stage=" + stage(shader.stage()) + " tokens=" + shader.numTokens()
                + " chars=" + text.length() + " so_outputs=" + shader.streamOutput().outputs().size()
                + (shader.stage() == ShaderStage.COMPUTE ? " shared_memory=" + shader.computeSharedMemoryBytes() : "")
                + " first_line=" + (nl < 0 ? text : text.substring(0, nl)).strip());
    }

    @Override
    public void createVertexElements(int handle, List<VertexElement> elements) {
        StringBuilder sb = new StringBuilder("CREATE_VERTEX_ELEMENTS " + handle);
        for (VertexElement e : elements) {
            sb.append(" {vb=").append(e.vertexBufferIndex()).append(" off=").append(e.srcOffset()).append(' ')
                    .append(fmt(e.srcFormat())).append(" div=").append(e.instanceDivisor()).append('}');
        }
        line(sb.toString());
    }

    @Override
    public void createSamplerView(int handle, SamplerViewState v) {
        line("CREATE_SAMPLER_VIEW " + handle + " res=" + v.resource() + " " + fmt(v.format()) + " target="
                + v.target() + " range0=0x" + Integer.toHexString(v.range0()) + " range1=0x"
                + Integer.toHexString(v.range1()) + " swizzle=" + PipeSwizzle.name(v.swizzleR())
                + PipeSwizzle.name(v.swizzleG())
                + PipeSwizzle.name(v.swizzleB())
                + PipeSwizzle.name(v.swizzleA()));
    }

    @Override
    public void createSamplerState(int handle, SamplerState s) {
        line("CREATE_SAMPLER_STATE " + handle + " wrap=" + s.wrapS() + "," + s.wrapT() + "," + s.wrapR()
                + " min=" + PipeTexFilter.name(s.minImgFilter()) + " mip=" + PipeTexFilter.name(s.minMipFilter())
                + " mag=" + PipeTexFilter.name(s.magImgFilter()) + " compare=" + (s.compareMode()
                ? PipeCompareFunc.name(s.compareFunc()) : "off") + " seamless="
                + s.seamlessCubeMap() + " aniso=" + s.maxAnisotropy() + " lod=" + s.lodBias() + "," + s.minLod() + ","
                + s.maxLod() + " border=" + color(s.borderColor()));
    }

    @Override
    public void createSurface(int handle, SurfaceState s) {
        line("CREATE_SURFACE " + handle + " res=" + s.resource() + " " + fmt(s.format()) + " range0=0x"
                + Integer.toHexString(s.range0()) + " range1=0x" + Integer.toHexString(s.range1()));
    }

    @Override
    public void createMsaaSurface(int handle, SurfaceState s) {
        line("CREATE_MSAA_SURFACE " + handle + " res=" + s.resource() + " " + fmt(s.format()) + " range0=0x"
                + Integer.toHexString(s.range0()) + " range1=0x" + Integer.toHexString(s.range1()) + " samples="
                + s.sampleCount());
    }

    @Override
    public void createQuery(int handle, int queryType, int index, int offset, int resultResource) {
        line("CREATE_QUERY " + handle + " " + PipeQueryType.name(queryType) + " index=" + index + " res="
                + resultResource + " offset=" + offset);
    }

    @Override
    public void createStreamoutTarget(int handle, int resource, int bufferOffset, int bufferSize) {
        line("CREATE_STREAMOUT_TARGET " + handle + " res=" + resource + " offset=" + bufferOffset + " size="
                + bufferSize);
    }

    @Override
    public void bindBlend(int handle) {
        line("BIND_BLEND " + handle);
    }

    @Override
    public void bindDepthStencilAlpha(int handle) {
        line("BIND_DSA " + handle);
    }

    @Override
    public void bindRasterizer(int handle) {
        line("BIND_RASTERIZER " + handle);
    }

    @Override
    public void bindVertexElements(int handle) {
        line("BIND_VERTEX_ELEMENTS " + handle);
    }

    @Override
    public void destroyObject(int objectType, int handle) {
        line("DESTROY_OBJECT " + VirglObjectType.name(objectType) + " " + handle);
    }

    @Override
    public void setViewportStates(ViewportStates v) {
        StringBuilder sb = new StringBuilder("SET_VIEWPORT_STATE start=" + v.startSlot());
        for (int i = 0; i < v.count(); i++) {
            sb.append(" {scale=").append(v.scaleX(i)).append(',').append(v.scaleY(i)).append(',').append(v.scaleZ(i))
                    .append(" translate=").append(v.translateX(i)).append(',').append(v.translateY(i)).append(',')
                    .append(v.translateZ(i)).append('}');
        }
        line(sb.toString());
    }

    @Override
    public void setFramebufferState(int zsurfHandle, IntSeq cbufHandles) {
        line("SET_FRAMEBUFFER_STATE zsurf=" + zsurfHandle + " cbufs=" + ints(cbufHandles));
    }

    @Override
    public void setVertexBuffers(VertexBuffers b) {
        StringBuilder sb = new StringBuilder("SET_VERTEX_BUFFERS count=" + b.count());
        for (int i = 0; i < b.count(); i++) {
            sb.append(" {res=").append(b.resource(i)).append(" stride=").append(b.stride(i)).append(" offset=")
                    .append(b.offset(i)).append('}');
        }
        line(sb.toString());
    }

    @Override
    public void clear(int buffers, RawColor color, double depth, int stencil) {
        line("CLEAR " + PipeClear.names(buffers) + " color=" + color(color) + " depth=" + depth + " stencil="
                + stencil);
    }

    @Override
    public void drawVbo(DrawInfo d) {
        line("DRAW_VBO " + PipePrim.name(d.mode()) + " start=" + d.start() + " count=" + d.count() + " indexed="
                + d.indexed() + " instances=" + d.instanceCount() + " start_instance=" + d.startInstance()
                + " index_bias=" + d.indexBias() + " restart=" + (d.primitiveRestart() ? d.restartIndex() : "off")
                + " min_index=" + d.minIndex() + " max_index=" + d.maxIndex() + " count_from_so="
                + d.countFromStreamOutput()
                + (d.hasTessellationFields() ? " vertices_per_patch=" + d.verticesPerPatch() + " drawid="
                        + d.drawId() : "")
                + (d.isIndirect() ? " indirect={res=" + d.indirectResource() + " offset=" + d.indirectOffset()
                        + " stride=" + d.indirectStride() + " draw_count=" + d.indirectDrawCount() + " count_res="
                        + d.indirectDrawCountResource() + " count_offset=" + d.indirectDrawCountOffset() + "}" : ""));
    }

    @Override
    public void resourceInlineWrite(InlineWrite w) {
        line("RESOURCE_INLINE_WRITE res=" + w.resource() + " level=" + w.level() + " stride=" + w.stride()
                + " layer_stride=" + w.layerStride() + " box=" + box(w.box()) + " data=" + hex(w.data()));
    }

    @Override
    public void setSamplerViews(int stage, int startSlot, IntSeq viewHandles) {
        line("SET_SAMPLER_VIEWS " + stage(stage) + " start=" + startSlot + " views=" + ints(viewHandles));
    }

    @Override
    public void setIndexBuffer(int resource, int indexSize, int offset) {
        line("SET_INDEX_BUFFER res=" + resource + " index_size=" + indexSize + " offset=" + offset);
    }

    @Override
    public void setConstantBuffer(int stage, int index, IntSeq data) {
        line("SET_CONSTANT_BUFFER " + stage(stage) + " index=" + index + " dwords=" + data.size() + " data="
                + hex(data));
    }

    @Override
    public void setStencilRef(int front, int back) {
        line("SET_STENCIL_REF front=" + front + " back=" + back);
    }

    @Override
    public void setBlendColor(float r, float g, float b, float a) {
        line("SET_BLEND_COLOR " + r + "," + g + "," + b + "," + a);
    }

    @Override
    public void setScissorStates(ScissorStates s) {
        StringBuilder sb = new StringBuilder("SET_SCISSOR_STATE start=" + s.startSlot());
        for (int i = 0; i < s.count(); i++) {
            sb.append(" {").append(s.minX(i)).append(',').append(s.minY(i)).append(" - ").append(s.maxX(i))
                    .append(',').append(s.maxY(i)).append('}');
        }
        line(sb.toString());
    }

    private static String region(BlitRegion r) {
        return "{res=" + r.resource() + " level=" + r.level() + " " + fmt(r.format()) + " box=" + box(r.box()) + "}";
    }

    @Override
    public void blit(BlitInfo b) {
        line("BLIT mask=" + PipeMask.names(b.mask()) + " filter=" + PipeTexFilter.name(b.filter()) + " scissor="
                + (b.scissorEnable() ? b.scissorMinX() + "," + b.scissorMinY() + "-" + b.scissorMaxX() + ","
                        + b.scissorMaxY() : "off") + " render_condition=" + b.renderCondition() + " alpha_blend="
                + b.alphaBlend() + " dst=" + region(b.dst()) + " src=" + region(b.src()));
    }

    @Override
    public void resourceCopyRegion(CopyRegion c) {
        line("RESOURCE_COPY_REGION dst={res=" + c.dstResource() + " level=" + c.dstLevel() + " at=" + c.dstX() + ","
                + c.dstY() + "," + c.dstZ() + "} src={res=" + c.srcResource() + " level=" + c.srcLevel() + " box="
                + box(c.srcBox()) + "}");
    }

    @Override
    public void bindSamplerStates(int stage, int startSlot, IntSeq samplerHandles) {
        line("BIND_SAMPLER_STATES " + stage(stage) + " start=" + startSlot + " samplers=" + ints(samplerHandles));
    }

    @Override
    public void beginQuery(int handle) {
        line("BEGIN_QUERY " + handle);
    }

    @Override
    public void endQuery(int handle) {
        line("END_QUERY " + handle);
    }

    @Override
    public void getQueryResult(int handle, boolean wait) {
        line("GET_QUERY_RESULT " + handle + " wait=" + wait);
    }

    @Override
    public void setPolygonStipple(IntSeq rows) {
        line("SET_POLYGON_STIPPLE " + hex(rows));
    }

    @Override
    public void setClipState(IntSeq planes) {
        line("SET_CLIP_STATE " + floats(planes));
    }

    @Override
    public void setSampleMask(int mask) {
        line("SET_SAMPLE_MASK 0x" + Integer.toHexString(mask));
    }

    @Override
    public void setStreamoutTargets(int appendBitmask, IntSeq targetHandles) {
        line("SET_STREAMOUT_TARGETS append=0x" + Integer.toHexString(appendBitmask) + " targets="
                + ints(targetHandles));
    }

    @Override
    public void setRenderCondition(int queryHandle, boolean condition, int mode) {
        line("SET_RENDER_CONDITION query=" + queryHandle + " condition=" + condition + " mode=" + mode);
    }

    @Override
    public void setUniformBuffer(int stage, int index, int offset, int length, int resource) {
        line("SET_UNIFORM_BUFFER " + stage(stage) + " index=" + index + " res=" + resource + " offset=" + offset
                + " length=" + length);
    }

    @Override
    public void setSubContext(int subContextId) {
        line("SET_SUB_CTX " + subContextId);
    }

    @Override
    public void createSubContext(int subContextId) {
        line("CREATE_SUB_CTX " + subContextId);
    }

    @Override
    public void destroySubContext(int subContextId) {
        line("DESTROY_SUB_CTX " + subContextId);
    }

    @Override
    public void bindShader(int handle, int stage) {
        line("BIND_SHADER " + stage(stage) + " " + handle);
    }

    @Override
    public void setTessState(float outer0, float outer1, float outer2, float outer3, float inner0, float inner1) {
        line("SET_TESS_STATE outer=" + outer0 + "," + outer1 + "," + outer2 + "," + outer3 + " inner=" + inner0 + ","
                + inner1);
    }

    @Override
    public void setMinSamples(int minSamples) {
        line("SET_MIN_SAMPLES " + minSamples);
    }

    private static String bindings(BufferBindings b) {
        StringBuilder sb = new StringBuilder("start=" + b.startSlot());
        for (int i = 0; i < b.count(); i++) {
            sb.append(" {res=").append(b.resource(i)).append(" offset=").append(b.offset(i)).append(" length=")
                    .append(b.length(i)).append('}');
        }
        return sb.toString();
    }

    @Override
    public void setShaderBuffers(int stage, BufferBindings buffers) {
        line("SET_SHADER_BUFFERS " + stage(stage) + " " + bindings(buffers));
    }

    @Override
    public void setShaderImages(int stage, ImageBindings images) {
        StringBuilder sb = new StringBuilder("SET_SHADER_IMAGES " + stage(stage) + " start=" + images.startSlot());
        for (int i = 0; i < images.count(); i++) {
            sb.append(" {res=").append(images.resource(i)).append(' ').append(fmt(images.format(i))).append(" access=")
                    .append(images.access(i)).append(" layer_or_offset=").append(images.layerOrOffset(i))
                    .append(" level_or_size=").append(images.levelOrSize(i)).append('}');
        }
        line(sb.toString());
    }

    @Override
    public void memoryBarrier(int flags) {
        line("MEMORY_BARRIER " + PipeBarrier.names(flags));
    }

    @Override
    public void launchGrid(LaunchGrid g) {
        line("LAUNCH_GRID block=" + g.blockX() + "x" + g.blockY() + "x" + g.blockZ() + " grid=" + g.gridX() + "x"
                + g.gridY() + "x" + g.gridZ() + " indirect=" + g.indirectResource() + "+" + g.indirectOffset());
    }

    @Override
    public void setFramebufferStateNoAttach(int width, int height, int layers, int samples) {
        line("SET_FRAMEBUFFER_STATE_NO_ATTACH " + width + "x" + height + " layers=" + layers + " samples=" + samples);
    }

    @Override
    public void textureBarrier(int flags) {
        line("TEXTURE_BARRIER " + flags);
    }

    @Override
    public void setAtomicBuffers(BufferBindings buffers) {
        line("SET_ATOMIC_BUFFERS " + bindings(buffers));
    }

    @Override
    public void setDebugFlags(String flags) {
        line("SET_DEBUG_FLAGS \"" + flags + "\"");
    }

    @Override
    public void getQueryResultQbo(int queryHandle, int qboResource, boolean wait, int resultType, int offset,
                                  int index) {
        line("GET_QUERY_RESULT_QBO query=" + queryHandle + " qbo=" + qboResource + " wait=" + wait + " type="
                + resultType + " offset=" + offset + " index=" + index);
    }

    @Override
    public void transfer3d(Transfer3d t) {
        line("TRANSFER3D " + (t.toHost() ? "TO_HOST" : "FROM_HOST") + " res=" + t.resource() + " level=" + t.level()
                + " stride=" + t.stride() + " layer_stride=" + t.layerStride() + " box=" + box(t.box()) + " offset="
                + Integer.toUnsignedString(t.offset()));
    }

    @Override
    public void copyTransfer3d(CopyTransfer3d c) {
        line("COPY_TRANSFER3D res=" + c.resource() + " level=" + c.level() + " stride=" + c.stride()
                + " layer_stride=" + c.layerStride() + " box=" + box(c.box()) + " staging=" + c.stagingResource() + "+"
                + Integer.toUnsignedString(c.stagingOffset()) + " synchronized=" + c.isSynchronized()
                + " read_from_host=" + c.readFromHost());
    }

    @Override
    public void setTweaks(int id, int value) {
        line("SET_TWEAKS id=" + id + " value=" + value);
    }

    @Override
    public void clearTexture(int resource, int level, PipeBox box, RawColor data) {
        line("CLEAR_TEXTURE res=" + resource + " level=" + level + " box=" + box(box) + " data=" + color(data));
    }

    @Override
    public void pipeResourceCreate(PipeResourceCreate r) {
        line("PIPE_RESOURCE_CREATE " + r);
    }

    @Override
    public void pipeResourceSetType(PipeResourceSetType t) {
        line("PIPE_RESOURCE_SET_TYPE " + t);
    }

    @Override
    public void getMemoryInfo(int resource) {
        line("GET_MEMORY_INFO res=" + resource);
    }

    @Override
    public void sendStringMarker(String marker) {
        line("SEND_STRING_MARKER \"" + marker + "\"");
    }

    @Override
    public void linkShader(int vs, int fs, int gs, int tcs, int tes, int cs) {
        line("LINK_SHADER vs=" + vs + " fs=" + fs + " gs=" + gs + " tcs=" + tcs + " tes=" + tes + " cs=" + cs);
    }

    @Override
    public void clearSurface(ClearSurface c) {
        line("CLEAR_SURFACE surface=" + c.surface() + " buffers=" + c.buffers() + " render_condition="
                + c.renderCondition() + " color=" + color(c.color()) + " rect=" + c.x() + "," + c.y() + " "
                + c.width() + "x" + c.height());
    }

    @Override
    public void getPipeResourceLayout(int outResource, int targetResource) {
        line("GET_PIPE_RESOURCE_LAYOUT out=" + outResource + " target=" + targetResource);
    }
}
