package org.jvirgl.wire;

import java.util.ArrayList;
import java.util.List;

import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipeQueryType;
import org.jvirgl.wire.gallium.PipeSwizzle;
import org.jvirgl.wire.gallium.PipeTexFilter;
import org.jvirgl.wire.gallium.PipeTexTarget;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.DepthStencilAlphaState;
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

/**
 * Decodes CREATE_OBJECT bodies (payload dword 1 = handle, type in header bits 8-15) into
 * immutable state values. Objects are created rarely, so allocation here is fine.
 */
final class ObjectDecoder {
    static final int BLEND_SIZE = 3 + BlendState.RT_COUNT;
    static final int DSA_SIZE = 5;
    static final int RASTERIZER_SIZE = 9;
    static final int SAMPLER_VIEW_SIZE = 6;
    static final int SAMPLER_STATE_SIZE = 9;
    static final int SURFACE_SIZE = 5;
    static final int MSAA_SURFACE_SIZE = 6;
    static final int QUERY_SIZE = 4;
    static final int STREAMOUT_SIZE = 4;
    /** Shader header without stream output: handle, stage, offlen, num_tokens, so count. */
    static final int SHADER_HEADER = 5;

    private final VirglCommandListener listener;
    private final ShaderAssembler shaders;

    ObjectDecoder(VirglCommandListener listener, long maxPendingShaderBytes) {
        this.listener = listener;
        this.shaders = new ShaderAssembler(maxPendingShaderBytes);
    }

    ShaderAssembler shaders() {
        return shaders;
    }

    boolean create(DecodeContext c, int subContext) {
        if (!c.lengthAtLeast(1)) {
            return false;
        }
        int handle = c.dword(1);
        if (handle == 0) {
            return c.refuse("handle", "object handle 0 is reserved", ContextError.ILLEGAL_HANDLE);
        }
        return switch (c.objectType) {
            case VirglObjectType.BLEND -> blend(c, handle);
            case VirglObjectType.RASTERIZER -> rasterizer(c, handle);
            case VirglObjectType.DSA -> dsa(c, handle);
            case VirglObjectType.SHADER -> shader(c, handle, subContext);
            case VirglObjectType.VERTEX_ELEMENTS -> vertexElements(c, handle);
            case VirglObjectType.SAMPLER_VIEW -> samplerView(c, handle);
            case VirglObjectType.SAMPLER_STATE -> samplerState(c, handle);
            case VirglObjectType.SURFACE -> surface(c, handle, false);
            case VirglObjectType.MSAA_SURFACE -> surface(c, handle, true);
            case VirglObjectType.QUERY -> query(c, handle);
            case VirglObjectType.STREAMOUT_TARGET -> streamoutTarget(c, handle);
            default -> c.refuse("object_type", "cannot create objects of type " + c.objectType);
        };
    }

    private boolean blend(DecodeContext c, int handle) {
        if (!c.lengthIs(BLEND_SIZE)) {
            return false;
        }
        int s0 = c.dword(2);
        List<RtBlendState> rts = new ArrayList<>(BlendState.RT_COUNT);
        for (int i = 0; i < BlendState.RT_COUNT; i++) {
            rts.add(RtBlendState.unpack(c.dword(4 + i)));
        }
        listener.createBlend(handle, new BlendState((s0 & 1) != 0, (s0 & 2) != 0, (s0 & 4) != 0, (s0 & 8) != 0,
                (s0 & 16) != 0, c.dword(3) & 0xf, rts));
        return true;
    }

    private boolean dsa(DecodeContext c, int handle) {
        if (!c.lengthIs(DSA_SIZE)) {
            return false;
        }
        int s0 = c.dword(2);
        listener.createDepthStencilAlpha(handle, new DepthStencilAlphaState((s0 & 1) != 0, (s0 & 2) != 0,
                (s0 >>> 2) & 7, (s0 >>> 8 & 1) != 0, (s0 >>> 9) & 7, c.floatAt(5),
                StencilState.unpack(c.dword(3)), StencilState.unpack(c.dword(4))));
        return true;
    }

    private boolean rasterizer(DecodeContext c, int handle) {
        if (!c.lengthIs(RASTERIZER_SIZE)) {
            return false;
        }
        int s3 = c.dword(5);
        listener.createRasterizer(handle, new RasterizerState(c.dword(2), c.floatAt(3), c.dword(4),
                s3 & 0xffff, (s3 >>> 16) & 0xff, s3 >>> 24, c.floatAt(6), c.floatAt(7), c.floatAt(8), c.floatAt(9)));
        return true;
    }

    private boolean samplerState(DecodeContext c, int handle) {
        if (!c.lengthIs(SAMPLER_STATE_SIZE)) {
            return false;
        }
        SamplerState state = SamplerState.unpack(c.dword(2), c.floatAt(3), c.floatAt(4), c.floatAt(5),
                new RawColor(c.dword(6), c.dword(7), c.dword(8), c.dword(9)));
        if (state.minMipFilter() > PipeTexFilter.MIP_NONE) {
            return c.refuse("min_mip_filter", "mip filter " + state.minMipFilter() + " is not NEAREST/LINEAR/NONE");
        }
        if (state.minImgFilter() > PipeTexFilter.LINEAR || state.magImgFilter() > PipeTexFilter.LINEAR) {
            return c.refuse("img_filter", "image filters must be NEAREST or LINEAR");
        }
        listener.createSamplerState(handle, state);
        return true;
    }

    private boolean vertexElements(DecodeContext c, int handle) {
        if ((c.length - 1) % 4 != 0) {
            return c.refuse("length", "vertex elements need 1 + 4n payload dwords, got " + c.length);
        }
        int count = (c.length - 1) / 4;
        if (count > WireLimits.MAX_VERTEX_ELEMENTS) {
            return c.refuse("count", count + " vertex elements exceed " + WireLimits.MAX_VERTEX_ELEMENTS);
        }
        List<VertexElement> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int base = 2 + 4 * i;
            VertexElement e = new VertexElement(c.dword(base), c.dword(base + 1), c.dword(base + 2), c.dword(base + 3));
            if (Integer.compareUnsigned(e.vertexBufferIndex(), WireLimits.MAX_VERTEX_BUFFERS) >= 0) {
                return c.refuse("vertex_buffer_index", "element " + i + " uses vertex buffer "
                        + Integer.toUnsignedString(e.vertexBufferIndex()));
            }
            if (e.srcFormat() == VirglFormat.NONE || !VirglFormat.isValid(e.srcFormat())) {
                return c.refuse("src_format", "element " + i + " has format " + e.srcFormat(),
                        ContextError.ILLEGAL_VERTEX_FORMAT);
            }
            elements.add(e);
        }
        listener.createVertexElements(handle, List.copyOf(elements));
        return true;
    }

    private boolean samplerView(DecodeContext c, int handle) {
        if (!c.lengthIs(SAMPLER_VIEW_SIZE)) {
            return false;
        }
        int formatWord = c.dword(3);
        SamplerViewState view = new SamplerViewState(c.dword(2), formatWord & 0xffffff, formatWord >>> 24,
                c.dword(4), c.dword(5), c.dword(6));
        if (view.format() == VirglFormat.NONE || !VirglFormat.isValid(view.format())) {
            return c.refuse("format", "sampler view format " + view.format(), ContextError.ILLEGAL_FORMAT);
        }
        if (view.target() >= PipeTexTarget.COUNT) {
            return c.refuse("target", "view target " + view.target(), ContextError.ILLEGAL_SAMPLER_VIEW_TARGET);
        }
        for (int s : new int[] {view.swizzleR(), view.swizzleG(), view.swizzleB(), view.swizzleA()}) {
            if (s > PipeSwizzle.ONE) {
                return c.refuse("swizzle", "swizzle value " + s + " is not X/Y/Z/W/0/1");
            }
        }
        listener.createSamplerView(handle, view);
        return true;
    }

    private boolean surface(DecodeContext c, int handle, boolean msaa) {
        if (!c.lengthIs(msaa ? MSAA_SURFACE_SIZE : SURFACE_SIZE)) {
            return false;
        }
        SurfaceState surface = new SurfaceState(c.dword(2), c.dword(3), c.dword(4), c.dword(5), msaa ? c.dword(6) : 0);
        if (!VirglFormat.isValid(surface.format())) {
            return c.refuse("format", "surface format " + surface.format(), ContextError.ILLEGAL_FORMAT);
        }
        if (msaa) {
            listener.createMsaaSurface(handle, surface);
        } else {
            listener.createSurface(handle, surface);
        }
        return true;
    }

    private boolean query(DecodeContext c, int handle) {
        if (!c.lengthIs(QUERY_SIZE)) {
            return false;
        }
        int typeIndex = c.dword(2);
        int type = typeIndex & 0xffff;
        if (type >= PipeQueryType.COUNT) {
            return c.refuse("query_type", "query type " + type);
        }
        listener.createQuery(handle, type, typeIndex >>> 16, c.dword(3), c.dword(4));
        return true;
    }

    private boolean streamoutTarget(DecodeContext c, int handle) {
        if (!c.lengthIs(STREAMOUT_SIZE)) {
            return false;
        }
        listener.createStreamoutTarget(handle, c.dword(2), c.dword(3), c.dword(4));
        return true;
    }

    private boolean shader(DecodeContext c, int handle, int subContext) {
        if (!c.lengthAtLeast(SHADER_HEADER) || !c.stageAt(2)) {
            return false;
        }
        int stage = c.dword(2);
        int offlen = c.dword(3);
        int numTokens = c.dword(4);
        int sharedMemory = 0;
        StreamOutputInfo so = StreamOutputInfo.NONE;
        int textDword = 6;
        if (stage == ShaderStage.COMPUTE) {
            sharedMemory = c.dword(5);
        } else {
            int outputs = c.dword(5);
            if (Integer.compareUnsigned(outputs, WireLimits.MAX_SO_OUTPUTS) > 0) {
                return c.refuse("so_num_outputs", Integer.toUnsignedString(outputs) + " stream outputs exceed "
                        + WireLimits.MAX_SO_OUTPUTS);
            }
            if (outputs > 0) {
                int header = SHADER_HEADER + 4 + 2 * outputs;
                if (!c.lengthAtLeast(header)) {
                    return false;
                }
                so = streamOutput(c, outputs);
                textDword = header + 1;
            }
        }
        ShaderSource complete = shaders.accept(c, new ShaderAssembler.Packet(subContext, handle, stage, offlen,
                numTokens, so, sharedMemory, textDword, c.length - textDword + 1));
        if (c.refusal != null) {
            return false;
        }
        if (complete != null) {
            listener.createShader(handle, complete);
        }
        return true;
    }

    private static StreamOutputInfo streamOutput(DecodeContext c, int outputs) {
        List<StreamOutput> list = new ArrayList<>(outputs);
        for (int i = 0; i < outputs; i++) {
            list.add(StreamOutput.unpack(c.dword(10 + 2 * i), c.dword(11 + 2 * i)));
        }
        return new StreamOutputInfo(c.dword(6), c.dword(7), c.dword(8), c.dword(9), list);
    }
}
