package org.jvirgl.virgl.blit;

import static org.jvirgl.virgl.gl.FramebufferCalls.glCheckNamedFramebufferStatus;
import static org.jvirgl.virgl.gl.FramebufferCalls.glCreateFramebuffers;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferDrawBuffer;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferTexture;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferTextureLayer;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.exec.ExecContext;
import org.jvirgl.virgl.state.AttachmentClear;
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

    private final AttachmentClear values = new AttachmentClear();
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
                values.colour(0, s, c.color());
            } else {
                values.depthStencil(depth, stencil, depthOf(c.color()), c.color().word(3));
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
        if (Surface.isLayeredTarget(s.glTarget())) {
            glNamedFramebufferTextureLayer(fbo, point, s.texture(), s.level(), layer);
        } else {
            glNamedFramebufferTexture(fbo, point, s.texture(), s.level());
        }
    }

    /** Depth travels as a double in words 0-1 (low word first); stencil is in word 3. */
    private static float depthOf(RawColor color) {
        long bits = Integer.toUnsignedLong(color.word(0)) | (long) color.word(1) << 32;
        return (float) Double.longBitsToDouble(bits);
    }

    /** Frees the clearer's FBO (GL context current). */
    public void release(GlNames names) {
        names.deleteFramebuffer(fbo);
        fbo = 0;
    }
}
