package org.jvirgl.virgl.exec;

import org.jvirgl.wire.VirglObjectType;
import static org.lwjgl.opengl.GL45C.*;

import java.util.List;
import org.jvirgl.virgl.program.ShaderKeyInputs;
import org.jvirgl.virgl.state.BlendObject;
import org.jvirgl.virgl.state.Dirty;
import org.jvirgl.virgl.state.DsaObject;
import org.jvirgl.virgl.state.FormatTraits;
import org.jvirgl.virgl.state.GalliumGl;
import org.jvirgl.virgl.state.RasterizerObject;
import org.jvirgl.virgl.state.SamplerObject;
import org.jvirgl.virgl.state.SamplerView;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.virgl.state.Surface;
import org.jvirgl.virgl.state.VertexElements;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/** CREATE_OBJECT / BIND_OBJECT / DESTROY_OBJECT for the state objects (not shaders, queries). */
final class ObjectCommands {
    private final ExecContext ctx;
    private final int[] scratch4 = new int[4];

    ObjectCommands(ExecContext ctx) {
        this.ctx = ctx;
    }

    void createBlend(int handle, BlendState state) {
        String unknown = BlendObject.unknownEnum(state);
        if (unknown != null) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "blend object " + handle + " uses an unknown enum: " + unknown);
            return;
        }
        ctx.sub().objects.insert(handle, new BlendObject(state));
    }

    void createRasterizer(int handle, RasterizerState state) {
        if (!RasterizerObject.valid(state)) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "rasterizer " + handle + " has an unknown fill mode");
            return;
        }
        ctx.sub().objects.insert(handle, new RasterizerObject(state));
    }

    void createDsa(int handle, DepthStencilAlphaState state) {
        ctx.sub().objects.insert(handle, new DsaObject(state));
    }

    void createVertexElements(int handle, List<VertexElement> elements) {
        VertexElements ve = VertexElements.of(elements, ctx.names());
        if (ve == null) {
            ctx.fail(ContextError.ILLEGAL_VERTEX_FORMAT, "vertex elements " + handle + " use a non-vertex format");
            return;
        }
        ctx.sub().objects.insert(handle, ve);
    }

    void createSamplerState(int handle, SamplerState state) {
        SamplerObject sampler = SamplerObject.create(state, scratch4);
        if (sampler == null) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "sampler state " + handle + " uses an unknown wrap or filter");
            return;
        }
        ctx.sub().objects.insert(handle, sampler);
    }

    void createSurface(int handle, SurfaceState s, int samples) {
        ExecResource res = ctx.resource(s.resource(), "surface");
        if (res == null) {
            return;
        }
        ExecFormat format = ctx.resources().format(s.format());
        if (!format.supported()) {
            ctx.fail(ContextError.ILLEGAL_FORMAT, "surface " + handle + " format " + s.format());
            return;
        }
        if (res.isBuffer()) {
            // GL cannot render into buffers; keep the object so binds do not fail, with no texture.
            ctx.sub().objects.insert(handle, new Surface(res.handle(), 0, 0, s.format(), 0, 0, 0,
                0, 0, 0, false, FormatTraits.of(s.format()), false, false, ExecResource.NO_HOLD));
            return;
        }
        int level = s.level();
        if (level < 0 || level > res.lastLevel() || s.lastLayer() < s.firstLayer() || s.lastLayer() >= res.layers()) {
            ctx.fail(ContextError.ILLEGAL_SURFACE, "surface " + handle + " level/layers out of range");
            return;
        }
        int texture = res.glTexture();
        int target = res.glTarget();
        boolean owns = false;
        int textureLevel = level;
        int firstLayer = s.firstLayer();
        int lastLayer = s.lastLayer();
        if (lastLayer > firstLayer && (firstLayer != 0 || lastLayer != res.layers() - 1)) {
            // A layered target over part of the layers (a texture view's range): GL attaches all
            // layers of a level or one, so the surface gets a view of just these, as vrend does.
            int view = TextureViews.layersOf(res, format, level, firstLayer, lastLayer - firstLayer + 1);
            if (view != 0) {
                texture = view;
                target = TextureViews.layersTarget(res.glTarget());
                owns = true;
                textureLevel = 0;
                lastLayer -= firstLayer;
                firstLayer = 0;
            }
        }
        if (!owns && s.format() != res.format()) {
            ExecFormat resFormat = ctx.resources().format(res.format());
            if (resFormat.glInternalFormat() != format.glInternalFormat()) {
                // A differently typed view (sRGB over linear, UINT over UNORM …) needs a GL view.
                int view = TextureViews.wholeTexture(res, format);
                if (view != 0) {
                    texture = view;
                    owns = true;
                }
            }
        }
        ctx.sub().objects.insert(handle, new Surface(res.handle(), texture, target, s.format(),
            textureLevel, firstLayer, lastLayer, res.width(level), res.height(level),
            Math.max(samples, res.samples()), res.y0Top(), FormatTraits.of(s.format()), owns, format.alphaInRed(),
            res.holdStorage()));
    }

    void createSamplerView(int handle, SamplerViewState v) {
        SamplerView view = SamplerViews.create(ctx, handle, v);
        if (view != null) {
            ctx.sub().objects.insert(handle, view);
        }
    }

    void bindBlend(int handle) {
        SubContext sub = ctx.sub();
        BlendObject blend = handle == 0 ? BlendObject.DEFAULT
            : sub.objects.lookup(handle, VirglObjectType.BLEND, BlendObject.class);
        if (blend == null) {
            ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown blend object " + handle);
            return;
        }
        if (blend != sub.blend) {
            sub.blend = blend;
            sub.markDirty(Dirty.BLEND);
        }
    }

    void bindDsa(int handle) {
        SubContext sub = ctx.sub();
        DsaObject dsa = handle == 0 ? DsaObject.DEFAULT : sub.objects.lookup(handle, VirglObjectType.DSA, DsaObject.class);
        if (dsa == null) {
            ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown DSA object " + handle);
            return;
        }
        if (dsa != sub.dsa) {
            // The alpha test is part of the fragment shader key; depth and stencil are not.
            boolean keyChanged = ShaderKeyInputs.differ(dsa.state(), sub.dsa.state());
            sub.dsa = dsa;
            sub.markDirty(Dirty.DSA | Dirty.STENCIL | (keyChanged ? Dirty.SHADERS : 0));
        }
    }

    void bindRasterizer(int handle) {
        SubContext sub = ctx.sub();
        RasterizerObject rs = handle == 0 ? RasterizerObject.DEFAULT
            : sub.objects.lookup(handle, VirglObjectType.RASTERIZER, RasterizerObject.class);
        if (rs == null) {
            ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown rasterizer " + handle);
            return;
        }
        if (rs != sub.rasterizer) {
            boolean halfzChanged = rs.state().clipHalfz() != sub.rasterizer.state().clipHalfz();
            boolean keyChanged = ShaderKeyInputs.differ(rs.state(), sub.rasterizer.state());
            sub.rasterizer = rs;
            sub.markDirty(Dirty.RASTERIZER | (keyChanged ? Dirty.SHADERS : 0));
            if (halfzChanged) {
                sub.viewportDirtyMask = -1 >>> (32 - 16);
            }
        }
    }

    void bindVertexElements(int handle) {
        SubContext sub = ctx.sub();
        VertexElements ve = handle == 0 ? null
            : sub.objects.lookup(handle, VirglObjectType.VERTEX_ELEMENTS, VertexElements.class);
        if (handle != 0 && ve == null) {
            ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown vertex elements " + handle);
            return;
        }
        if (ve != sub.vertexElements) {
            boolean keyChanged = ShaderKeyInputs.differ(ve, sub.vertexElements);
            sub.vertexElements = ve;
            sub.markDirty(Dirty.VERTEX_BUFFERS | (keyChanged ? Dirty.SHADERS : 0));
        }
    }

    /** Removes an object; values already bound stay in effect until rebound, as in Gallium. */
    void destroy(int handle) {
        ctx.sub().objects.destroy(handle);
    }

    static int glTarget(int pipeTarget, int samples) {
        return GalliumGl.textureTarget(pipeTarget, samples);
    }
}
