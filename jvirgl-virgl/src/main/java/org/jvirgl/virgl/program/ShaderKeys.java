package org.jvirgl.virgl.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.shader.glsl.ShaderKey;
import org.jvirgl.shader.glsl.StreamOutput;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.SamplerObject;
import org.jvirgl.virgl.state.SamplerView;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.virgl.state.Surface;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.StreamOutputInfo;

/**
 * Builds each stage's {@link ShaderKey} from the bound state (pitfalls 16–19, 26–29). A new
 * rasterizer or DSA input here must be listed in {@link ShaderKeyInputs} too.
 */
final class ShaderKeys {
    private ShaderKeys() {
    }

    private static final ShaderStage[] BY_WIRE = {
        ShaderStage.VERTEX, ShaderStage.FRAGMENT, ShaderStage.GEOMETRY, ShaderStage.TESS_CTRL,
        ShaderStage.TESS_EVAL, ShaderStage.COMPUTE,
    };

    static ShaderStage stage(int wire) {
        return BY_WIRE[wire];
    }

    private static final int PRIM_POINTS = 0;
    private static final int PRIM_TRIANGLES = 4;
    private static final int PRIM_POLYGON = 9;
    private static final int PRIM_TRIANGLES_ADJACENCY = 12;
    private static final int PRIM_TRIANGLE_STRIP_ADJACENCY = 13;
    private static final int POLYGON_MODE_POINT = 2;

    /**
     * Whether the fragment shader sees points (so sprite coordinates replace texcoords): POINTS,
     * or polygons whose faces are both drawn as points (glPolygonMode GL_POINT). Behind a
     * geometry or tessellation stage only POINTS counts, as before.
     */
    static boolean rasterizesPoints(SubContext sub, int pipePrim) {
        if (pipePrim == PRIM_POINTS) {
            return true;
        }
        boolean polygons = pipePrim >= PRIM_TRIANGLES && pipePrim <= PRIM_POLYGON
            || pipePrim == PRIM_TRIANGLES_ADJACENCY || pipePrim == PRIM_TRIANGLE_STRIP_ADJACENCY;
        if (!polygons || sub.shaders[Limits.STAGE_GEOMETRY] != null || sub.shaders[Limits.STAGE_TESS_EVAL] != null) {
            return false;
        }
        RasterizerState rs = sub.rasterizer.state();
        return rs.fillFront() == POLYGON_MODE_POINT && rs.fillBack() == POLYGON_MODE_POINT;
    }

    /**
     * @param stage          wire stage being keyed
     * @param previous       wire stage feeding it (-1 for VS)
     * @param producerOutputs what that stage writes (null: unknown)
     * @param last           whether it is the last vertex-processing stage
     */
    static ShaderKey build(SubContext sub, ShaderSelector selector, int stage, int previous,
                           Set<SemanticRef> producerOutputs, boolean last, boolean points) {
        RasterizerState rs = sub.rasterizer.state();
        ShaderKey.Builder b = new ShaderKey.Builder()
            .previousStage(previous >= 0 ? stage(previous) : null)
            .producerOutputs(producerOutputs)
            .lastVertexStage(last)
            .clipPlaneEnable(last ? rs.clipPlaneEnable() : 0)
            .streamOutputs(streamOutputs(selector.streamOutput()))
            .streamOutputStrides(streamOutputStrides(selector.streamOutput()));
        b.legacyClamp(legacyClamp(sub.samplers[stage]));
        b.bufferSwizzles(bufferSwizzles(sub.samplerViews[stage]));
        if (stage == Limits.STAGE_VERTEX && sub.vertexElements != null) {
            b.attribSignedIntMask(sub.vertexElements.sintMask()).attribUnsignedIntMask(sub.vertexElements.uintMask());
        }
        if (stage == Limits.STAGE_FRAGMENT) {
            fragment(b, sub, rs, points);
        }
        return b.build();
    }

    private static void fragment(ShaderKey.Builder b, SubContext sub, RasterizerState rs, boolean points) {
        int sint = 0;
        int uint = 0;
        int alphaInRed = 0;
        for (int i = 0; i < sub.nrCbufs; i++) {
            Surface s = sub.cbufs[i];
            if (s != null && s.alphaInRed()) {
                alphaInRed |= 1 << i;
            }
            if (s != null && s.traits().pureSint()) {
                sint |= 1 << i;
            } else if (s != null && s.traits().pureUint()) {
                uint |= 1 << i;
            }
        }
        DepthStencilAlphaState dsa = sub.dsa.state();
        // Alpha test makes no sense on integer colour buffers; upstream skips it there too.
        boolean alpha = dsa.alphaEnabled() && ((sint | uint) & 1) == 0;
        b.nrCbufs(Math.min(sub.nrCbufs, 8))
            .cbufSignedIntMask(sint)
            .cbufUnsignedIntMask(uint)
            .cbufAlphaInRedMask(alphaInRed)
            .lowerLeftOrigin(!sub.fbOriginUpperLeft)
            .flatshade(rs.flatshade())
            .colorTwoSide(rs.lightTwoside())
            .alphaFunc(alpha ? dsa.alphaFunc() : ShaderKey.ALPHA_TEST_DISABLED)
            .polygonStipple(rs.polyStippleEnable())
            .coordReplaceMask(points && rs.pointQuadRasterization() ? rs.spriteCoordEnable() : 0);
    }

    private static List<Integer> streamOutputStrides(StreamOutputInfo info) {
        if (info.isEmpty()) {
            return List.of();
        }
        return List.of(info.stride(0), info.stride(1), info.stride(2), info.stride(3));
    }

    /** The stage's bound buffer textures whose channels the shader must move (see {@link SamplerView}). */
    static Map<Integer, Integer> bufferSwizzles(SamplerView[] views) {
        Map<Integer, Integer> swizzles = null;
        for (int slot = 0; slot < views.length; slot++) {
            int packed = SamplerView.bufferSwizzle(views[slot]);
            if (packed != SamplerView.NO_BUFFER_SWIZZLE) {
                if (swizzles == null) {
                    swizzles = new HashMap<>();
                }
                swizzles.put(slot, packed);
            }
        }
        return swizzles == null ? Map.of() : swizzles;
    }

    /** The stage's samplers that emulate GL_CLAMP (see {@link SamplerObject}). */
    static ShaderKey.LegacyClamp legacyClamp(SamplerObject[] samplers) {
        int s = 0;
        int t = 0;
        int r = 0;
        for (int slot = 0; slot < samplers.length && slot < 32; slot++) {
            int mask = SamplerObject.legacyClampMask(samplers[slot]);
            s |= (mask & 1) << slot;
            t |= (mask >>> 1 & 1) << slot;
            r |= (mask >>> 2 & 1) << slot;
        }
        return s == 0 && t == 0 && r == 0 ? ShaderKey.LegacyClamp.NONE : new ShaderKey.LegacyClamp(s, t, r);
    }

    private static List<StreamOutput> streamOutputs(StreamOutputInfo info) {
        if (info.isEmpty()) {
            return List.of();
        }
        StreamOutput[] out = new StreamOutput[info.outputs().size()];
        for (int i = 0; i < out.length; i++) {
            var o = info.outputs().get(i);
            out[i] = new StreamOutput(o.registerIndex(), o.startComponent(), o.numComponents(), o.outputBuffer(),
                o.dstOffset(), o.stream());
        }
        return List.of(out);
    }
}
