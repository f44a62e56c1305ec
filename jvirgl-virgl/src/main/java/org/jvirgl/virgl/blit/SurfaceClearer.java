package org.jvirgl.virgl.blit;

import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.exec.ExecContext;
import org.jvirgl.virgl.state.GlCap;
import org.jvirgl.virgl.state.GlStateCache;
import org.jvirgl.virgl.state.Surface;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.state.ClearSurface;
import org.jvirgl.wire.state.RawColor;

/**
 * CLEAR_SURFACE (Gallium's clear_render_target / clear_depth_stencil): clears a rectangle of one
 * surface object, whatever the guest has bound as its framebuffer. The surface is attached to an
 * FBO of the clearer's own, so the sub-context's framebuffer binding is never touched; colour,
 * depth and stencil masks are lifted for the clear, as Gallium clears ignore them.
 */
public final class SurfaceClearer {
    private static final int CLEAR_DEPTH = 1;
    private static final int CLEAR_STENCIL = 2;
    private static final int CLEAR_COLOR0 = 4;

    private final int[] words = new int[4];
    private final float[] floats = new float[4];
    private final float[] depthValue = new float[1];
    private final int[] stencilValue = new int[1];
    private int fbo;

    /** Runs one CLEAR_SURFACE; the caller has lifted the render condition when the guest asked to. */
    public void clear(ExecContext ctx, ClearSurface c) {
        Surface s = ctx.sub().objects.lookup(c.surface(), VirglObjectType.SURFACE, Surface.class);
        if (s == null) {
            ctx.fail(ContextError.ILLEGAL_SURFACE, "CLEAR_SURFACE of unknown surface " + c.surface());
            return;
        }
        if (s.texture() == 0) {
            ctx.fail(ContextError.ILLEGAL_SURFACE, "CLEAR_SURFACE of buffer surface " + c.surface());
            return;
        }
        boolean colour = (c.buffers() & CLEAR_COLOR0) != 0 && !s.traits().depth() && !s.traits().stencil();
        boolean depth = (c.buffers() & CLEAR_DEPTH) != 0 && s.traits().depth();
        boolean stencil = (c.buffers() & CLEAR_STENCIL) != 0 && s.traits().stencil();
        // The rectangle arrives as unsigned words: clip it to the surface in 64-bit arithmetic.
        long x0 = Integer.toUnsignedLong(c.x());
        long y0 = Integer.toUnsignedLong(c.y());
        long x1 = Math.min(x0 + Integer.toUnsignedLong(c.width()), s.width());
        long y1 = Math.min(y0 + Integer.toUnsignedLong(c.height()), s.height());
        if (!colour && !depth && !stencil || x1 <= x0 || y1 <= y0) {
            return; // nothing of this surface is named: a no-op, as a zero-sized Gallium clear
        }
        if (fbo == 0) {
            fbo = glCreateFramebuffers();
        }
        GlStateCache gl = ctx.glState();
        prepare(gl, s);
        glScissor((int) x0, (int) y0, (int) (x1 - x0), (int) (y1 - y0));
        int point = colour ? GL_COLOR_ATTACHMENT0
            : s.traits().depth() && s.traits().stencil() ? GL_DEPTH_STENCIL_ATTACHMENT
            : s.traits().depth() ? GL_DEPTH_ATTACHMENT : GL_STENCIL_ATTACHMENT;
        glNamedFramebufferDrawBuffer(fbo, colour ? GL_COLOR_ATTACHMENT0 : GL_NONE);
        for (int layer = s.firstLayer(); layer <= s.lastLayer(); layer++) {
            attach(s, point, layer);
            if (glCheckNamedFramebufferStatus(fbo, GL_DRAW_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
                ctx.warn("CLEAR_SURFACE: the host cannot render to surface " + c.surface() + " (format "
                    + s.format() + "); clear skipped");
                break;
            }
            if (colour) {
                clearColour(s, c.color());
            } else {
                clearDepthStencil(c.color(), depth, stencil);
            }
        }
        glNamedFramebufferTexture(fbo, point, 0, 0);
        gl.forgetFramebuffers();
        ctx.invalidateAfterForeignGl();
    }

    private void prepare(GlStateCache gl, Surface s) {
        gl.bindDrawFramebuffer(fbo);
        gl.set(GlCap.SCISSOR_TEST, true);
        gl.set(GlCap.RASTERIZER_DISCARD, false);
        // Gallium's colour is linear; an sRGB surface stores it encoded, as a draw would.
        gl.set(GlCap.FRAMEBUFFER_SRGB, s.traits().srgb());
        glColorMaski(0, true, true, true, true);
        glDepthMask(true);
        glStencilMask(~0);
    }

    private void attach(Surface s, int point, int layer) {
        if (isLayered(s.glTarget())) {
            glNamedFramebufferTextureLayer(fbo, point, s.texture(), s.level(), layer);
        } else {
            glNamedFramebufferTexture(fbo, point, s.texture(), s.level());
        }
    }

    /** The four words as the surface's channel type reads them (floats, signed or unsigned integers). */
    private void clearColour(Surface s, RawColor color) {
        for (int i = 0; i < 4; i++) {
            words[i] = color.word(i);
            floats[i] = color.asFloat(i);
        }
        if (s.alphaInRed()) {
            // An alpha-only format stored in red takes the alpha value there.
            words[0] = words[3];
            floats[0] = floats[3];
        }
        if (s.traits().pureUint()) {
            glClearBufferuiv(GL_COLOR, 0, words);
        } else if (s.traits().pureSint()) {
            glClearBufferiv(GL_COLOR, 0, words);
        } else {
            glClearBufferfv(GL_COLOR, 0, floats);
        }
    }

    /** Depth travels as a double in words 0-1 (low word first), stencil in word 3. */
    private void clearDepthStencil(RawColor color, boolean depth, boolean stencil) {
        long bits = Integer.toUnsignedLong(color.word(0)) | (long) color.word(1) << 32;
        float z = (float) Double.longBitsToDouble(bits);
        int ref = color.word(3) & 0xff;
        if (depth && stencil) {
            glClearBufferfi(GL_DEPTH_STENCIL, 0, z, ref);
        } else if (depth) {
            depthValue[0] = z;
            glClearBufferfv(GL_DEPTH, 0, depthValue);
        } else {
            stencilValue[0] = ref;
            glClearBufferiv(GL_STENCIL, 0, stencilValue);
        }
    }

    private static boolean isLayered(int target) {
        return target == GL_TEXTURE_2D_ARRAY || target == GL_TEXTURE_1D_ARRAY || target == GL_TEXTURE_3D
            || target == GL_TEXTURE_CUBE_MAP || target == GL_TEXTURE_CUBE_MAP_ARRAY
            || target == GL_TEXTURE_2D_MULTISAMPLE_ARRAY;
    }

    /** Frees the clearer's FBO (GL context current). */
    public void release(GlNames names) {
        names.deleteFramebuffer(fbo);
        fbo = 0;
    }
}
