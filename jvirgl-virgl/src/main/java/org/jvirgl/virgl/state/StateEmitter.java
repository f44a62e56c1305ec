package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.FixedFunctionCalls.glPatchParameterfv;
import static org.lwjgl.opengl.GL45C.*;

/**
 * The derivation step: turns a sub-context's dirty bits into GL calls just before a draw or a
 * clear. Shader-side state (programs, uniforms, textures) is the program package's business;
 * this class handles fixed-function state, the framebuffer and vertex input.
 */
public final class StateEmitter {
    private final GlStateCache gl;
    private final FramebufferEmitter framebuffer = new FramebufferEmitter();
    private final float[] outerLevels = new float[4];
    private final float[] innerLevels = new float[2];

    public StateEmitter(GlStateCache gl) {
        this.gl = gl;
    }

    public GlStateCache cache() {
        return gl;
    }

    /** Binds the sub-context's FBO (attaching surfaces first if they changed). */
    public void emitFramebuffer(SubContext sub) {
        if ((sub.dirty & Dirty.FRAMEBUFFER) != 0) {
            framebuffer.emit(sub, gl);
            sub.dirty &= ~Dirty.FRAMEBUFFER;
        } else {
            if (sub.fbo == 0) {
                framebuffer.emit(sub, gl);
            }
            gl.bindDrawFramebuffer(sub.fbo);
        }
    }

    /** Everything a draw needs except the program and its resources. */
    public void emitForDraw(SubContext sub) {
        emitFramebuffer(sub);
        int d = sub.dirty;
        if ((d & Dirty.RASTERIZER) != 0 && gl.emittedRasterizer != sub.rasterizer) {
            RasterizerEmitter.emit(sub, gl);
            gl.emittedRasterizer = sub.rasterizer;
        }
        RasterizerEmitter.emitFrontFace(sub, gl);
        if ((d & Dirty.BLEND) != 0) {
            BlendEmitter.emit(sub, gl);
            gl.emittedBlend = sub.blend;
        }
        if ((d & Dirty.DSA) != 0 && gl.emittedDsa != sub.dsa) {
            DepthStencilEmitter.emitDepth(sub.dsa.state(), gl);
            gl.emittedDsa = sub.dsa;
        }
        if ((d & (Dirty.DSA | Dirty.STENCIL)) != 0) {
            DepthStencilEmitter.emitStencil(sub, gl);
        }
        if ((d & Dirty.VIEWPORT) != 0 || sub.viewportDirtyMask != 0) {
            ViewportEmitter.emitViewports(sub);
        }
        if ((d & Dirty.SCISSOR) != 0 || sub.scissorDirtyMask != 0) {
            ViewportEmitter.emitScissors(sub);
        }
        if ((d & Dirty.BLEND_COLOR) != 0) {
            float[] c = sub.blendColor;
            glBlendColor(c[0], c[1], c[2], c[3]);
        }
        if ((d & Dirty.SAMPLE_MASK) != 0) {
            gl.set(GlCap.SAMPLE_MASK, sub.sampleMask != ~0);
            glSampleMaski(0, sub.sampleMask);
        }
        if ((d & Dirty.MIN_SAMPLES) != 0) {
            gl.set(GlCap.SAMPLE_SHADING, sub.minSamples > 1);
            if (sub.minSamples > 1) {
                glMinSampleShading(sub.minSamples / (float) Math.max(sub.fbSamples(), 1));
            }
        }
        if ((d & Dirty.TESS) != 0) {
            float[] t = sub.tessLevels;
            System.arraycopy(t, 0, outerLevels, 0, 4);
            System.arraycopy(t, 4, innerLevels, 0, 2);
            glPatchParameterfv(GL_PATCH_DEFAULT_OUTER_LEVEL, outerLevels);
            glPatchParameterfv(GL_PATCH_DEFAULT_INNER_LEVEL, innerLevels);
        }
        VertexArray va = sub.vertexArray;
        if ((d & Dirty.VERTEX_BUFFERS) != 0 || va == null || va.glName() == 0) {
            VertexInputEmitter.emit(sub, gl);
        } else {
            gl.bindVertexArray(va.glName());
        }
        sub.dirty &= ~(Dirty.RASTERIZER | Dirty.BLEND | Dirty.DSA | Dirty.STENCIL | Dirty.VIEWPORT
            | Dirty.SCISSOR | Dirty.BLEND_COLOR | Dirty.SAMPLE_MASK | Dirty.MIN_SAMPLES | Dirty.TESS
            | Dirty.VERTEX_BUFFERS);
    }

    /**
     * Prepares a Gallium clear, which ignores masks, scissor and rasterizer discard: those are
     * opened up here and the affected state is marked dirty so the next draw restores it.
     */
    public void emitForClear(SubContext sub) {
        emitFramebuffer(sub);
        gl.set(GlCap.SCISSOR_TEST, false);
        gl.set(GlCap.RASTERIZER_DISCARD, false);
        glColorMask(true, true, true, true);
        for (int i = 0; i < Limits.COLOR_BUFS; i++) {
            glColorMaski(i, true, true, true, true);
        }
        glDepthMask(true);
        glStencilMask(~0);
        gl.emittedRasterizer = null;
        gl.emittedDsa = null;
        gl.emittedBlend = null;
        sub.dirty |= Dirty.RASTERIZER | Dirty.BLEND | Dirty.DSA | Dirty.STENCIL;
    }

    /** Forgets what GL holds (after another sub-context or component used the GL context). */
    public void invalidate(SubContext sub) {
        gl.invalidate();
        sub.dirty = Dirty.ALL;
        sub.viewportDirtyMask = (1 << Limits.VIEWPORTS) - 1;
        sub.scissorDirtyMask = (1 << Limits.VIEWPORTS) - 1;
    }
}
