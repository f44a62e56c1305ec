package org.jvirgl.virgl.exec;

import static org.jvirgl.virgl.gl.TextureCalls.glCreateTextures;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureBufferRange;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureParameteri;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureParameteriv;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.state.FormatTraits;
import org.jvirgl.virgl.state.GalliumGl;
import org.jvirgl.virgl.state.SamplerObject;
import org.jvirgl.virgl.state.SamplerView;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.state.SamplerViewState;

/**
 * Builds SAMPLER_VIEW objects. Texture views get a GL texture view of their own (so the view's
 * swizzle, format and level range never leak into other views of the same resource); buffer
 * views get a buffer texture over the element range (TBOs).
 */
final class SamplerViews {
    private SamplerViews() {
    }

    private static final int SWIZZLE_ZERO = 4;
    private static final int SWIZZLE_ONE = 5;

    static SamplerView create(ExecContext ctx, int handle, SamplerViewState v) {
        ExecResource res = ctx.resource(v.resource(), "sampler view");
        if (res == null) {
            return null;
        }
        if (v.format() == 0) {
            ctx.fail(ContextError.ILLEGAL_FORMAT, "sampler view " + handle + " has format 0");
            return null;
        }
        // A stencil-only view (X24S8, S8X24, X32_S8X24) of a depth-stencil texture is a view in the
        // resource's own format that samples its stencil: GL has no stencil-only view class for
        // packed depth-stencil storage, and the host format table need not list these formats.
        FormatTraits traits = FormatTraits.of(v.format());
        FormatTraits resTraits = FormatTraits.of(res.format());
        boolean stencilOfDepthStencil = !res.isBuffer() && traits.stencil() && !traits.depth()
            && resTraits.depth() && resTraits.stencil();
        ExecFormat format = ctx.resources().format(stencilOfDepthStencil ? res.format() : v.format());
        ExecFormat legacyBuffer = res.isBuffer() ? BufferTextureFormats.forBuffer(v.format()) : null;
        if (legacyBuffer != null && (!format.supported() || format.swizzle() != null)) {
            format = legacyBuffer;
        }
        if (!format.supported()) {
            ctx.fail(ContextError.ILLEGAL_FORMAT, "sampler view " + handle + " format " + v.format());
            return null;
        }
        int[] swizzle = swizzle(v, format, traits);
        if (res.isBuffer()) {
            return bufferView(ctx, handle, v, res, format, swizzle, traits);
        }
        int pipeTarget = v.target() != 0 ? v.target() : res.pipeTarget();
        int glTarget = GalliumGl.textureTarget(pipeTarget, res.samples());
        int firstLevel = v.firstLevel();
        int lastLevel = Math.min(v.lastLevel(), res.lastLevel());
        int firstLayer = v.firstLayer();
        int lastLayer = v.lastLayer();
        if (glTarget == 0 || firstLevel > lastLevel || firstLayer > lastLayer || lastLayer >= res.layers()) {
            ctx.fail(ContextError.ILLEGAL_SAMPLER_VIEW_TARGET, "sampler view " + handle + " range/target invalid");
            return null;
        }
        int layers = lastLayer - firstLayer + 1;
        if (glTarget == GL_TEXTURE_3D || glTarget == GL_TEXTURE_CUBE_MAP && layers != 6) {
            firstLayer = 0;
            layers = glTarget == GL_TEXTURE_3D ? 1 : 6;
        }
        int texture = TextureViews.create(res, glTarget, format.glInternalFormat(), firstLevel,
            lastLevel - firstLevel + 1, firstLayer, layers);
        boolean owns = texture != 0;
        if (owns && stencilOfDepthStencil) {
            glTextureParameteri(texture, GL_DEPTH_STENCIL_TEXTURE_MODE, GL_STENCIL_INDEX);
        }
        int compareTexture = texture;
        if (!owns) {
            // No view possible (mutable storage or incompatible format): sample the resource
            // texture itself; the binder sets the view's swizzle on it while the view is bound.
            texture = res.glTexture();
            compareTexture = texture;
            glTarget = res.glTarget();
        } else {
            glTextureParameteriv(texture, GL_TEXTURE_SWIZZLE_RGBA, glSwizzle(swizzle));
            if (traits.depth() && !stencilOfDepthStencil && !isIdentity(swizzle)) {
                // Hosts disagree on whether (and how) a texture swizzle reaches a shadow
                // comparison; shadow samplers read this unswizzled twin and the shader applies
                // the view's swizzle (the guest's depth texture mode) to the result.
                int plain = TextureViews.create(res, glTarget, format.glInternalFormat(), firstLevel,
                    lastLevel - firstLevel + 1, firstLayer, layers);
                compareTexture = plain != 0 ? plain : texture;
            }
        }
        return new SamplerView(res.handle(), texture, compareTexture, owns, glTarget, pipeTarget, v.format(),
            firstLevel, lastLevel, glSwizzle(swizzle), traits.pureInteger(), borderRemap(format), SamplerView.NO_BUFFER_SWIZZLE,
            res.holdStorage());
    }

    private static SamplerView bufferView(ExecContext ctx, int handle, SamplerViewState v, ExecResource res,
                                          ExecFormat format, int[] swizzle, FormatTraits traits) {
        long block = Math.max(format.blockBytes(), 1);
        long first = Integer.toUnsignedLong(v.firstElement());
        long last = Integer.toUnsignedLong(v.lastElement());
        long offset = first * block;
        long size = (last - first + 1) * block;
        if (last < first || offset + size > (long) res.width()) {
            ctx.fail(ContextError.ILLEGAL_SAMPLER_VIEW_TARGET, "buffer view " + handle + " range out of bounds");
            return null;
        }
        int texture = glCreateTextures(GL_TEXTURE_BUFFER);
        glTextureBufferRange(texture, format.glInternalFormat(), res.glBuffer(), offset, size);
        return new SamplerView(res.handle(), texture, texture, true, GL_TEXTURE_BUFFER, 0, v.format(), 0, 0,
            glSwizzle(swizzle), traits.pureInteger(), SamplerObject.IDENTITY_REMAP, SamplerView.bufferSwizzle(swizzle),
            res.holdStorage());
    }

    /**
     * The view's swizzle composed with the host storage swizzle of the format; channels an
     * alpha-less format lacks read as one (pitfall 22).
     */
    private static int[] swizzle(SamplerViewState v, ExecFormat format, FormatTraits traits) {
        int[] requested = {v.swizzleR(), v.swizzleG(), v.swizzleB(), v.swizzleA()};
        int[] storage = format.swizzle() != null ? format.swizzle() : ExecFormat.IDENTITY;
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            int s = requested[i];
            if (s == 3 && !traits.hasAlpha() && !traits.depth()) {
                out[i] = SWIZZLE_ONE;
            } else if (s <= 3) {
                out[i] = storage[s];
            } else {
                out[i] = s == SWIZZLE_ZERO ? SWIZZLE_ZERO : SWIZZLE_ONE;
            }
        }
        return out;
    }

    /**
     * For each host channel, the guest channel the format's storage swizzle reads from it
     * (A8 stored as R8 with 000R: host red holds guest alpha); unused host channels keep their
     * own index. Border colours are moved by it, since GL swizzles them like texels.
     */
    private static int borderRemap(ExecFormat format) {
        int[] storage = format.swizzle();
        if (storage == null) {
            return SamplerObject.IDENTITY_REMAP;
        }
        int[] source = {0, 1, 2, 3};
        boolean[] taken = new boolean[4];
        for (int guest = 0; guest < 4; guest++) {
            int host = storage[guest];
            if (host <= 3 && !taken[host]) {
                taken[host] = true;
                source[host] = guest;
            }
        }
        return source[0] | source[1] << 2 | source[2] << 4 | source[3] << 6;
    }

    private static boolean isIdentity(int[] pipe) {
        return pipe[0] == 0 && pipe[1] == 1 && pipe[2] == 2 && pipe[3] == 3;
    }

    private static int[] glSwizzle(int[] pipe) {
        int[] gl = new int[4];
        for (int i = 0; i < 4; i++) {
            // GL_ZERO is 0 as a GL enum, so range-check the Gallium value instead of the result.
            gl[i] = pipe[i] <= SWIZZLE_ONE ? GalliumGl.swizzle(pipe[i]) : GL_ONE;
        }
        return gl;
    }
}
