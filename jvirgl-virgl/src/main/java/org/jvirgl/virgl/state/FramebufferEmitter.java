package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.FramebufferCalls.glCreateFramebuffers;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferDrawBuffers;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferParameteri;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferReadBuffer;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferTexture;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferTextureLayer;
import static org.lwjgl.opengl.GL45C.*;

/**
 * Attaches the sub-context's surfaces to its FBO. Runs when the framebuffer is dirty, which
 * only SET_FRAMEBUFFER_STATE makes it, so the direct-state-access calls here are off the
 * per-draw path.
 */
final class FramebufferEmitter {
    private final int[] drawBuffers = new int[Limits.COLOR_BUFS];

    void emit(SubContext sub, GlStateCache gl) {
        if (sub.fbo == 0) {
            sub.fbo = glCreateFramebuffers();
        }
        int fbo = sub.fbo;
        boolean srgb = false;
        for (int i = 0; i < Limits.COLOR_BUFS; i++) {
            Surface s = i < sub.nrCbufs ? sub.cbufs[i] : null;
            attach(fbo, GL_COLOR_ATTACHMENT0 + i, s);
            drawBuffers[i] = s != null ? GL_COLOR_ATTACHMENT0 + i : GL_NONE;
            srgb |= s != null && s.traits().srgb();
        }
        Surface z = sub.zsurf;
        if (z == null) {
            glNamedFramebufferTexture(fbo, GL_DEPTH_STENCIL_ATTACHMENT, 0, 0);
        } else {
            int point = z.traits().depth() && z.traits().stencil() ? GL_DEPTH_STENCIL_ATTACHMENT
                : z.traits().stencil() ? GL_STENCIL_ATTACHMENT : GL_DEPTH_ATTACHMENT;
            if (point != GL_DEPTH_STENCIL_ATTACHMENT) {
                glNamedFramebufferTexture(fbo, GL_DEPTH_STENCIL_ATTACHMENT, 0, 0);
            }
            attach(fbo, point, z);
        }
        glNamedFramebufferDrawBuffers(fbo, drawBuffers);
        glNamedFramebufferReadBuffer(fbo, sub.nrCbufs > 0 && sub.cbufs[0] != null ? GL_COLOR_ATTACHMENT0 : GL_NONE);
        if (sub.nrCbufs == 0 && z == null) {
            glNamedFramebufferParameteri(fbo, GL_FRAMEBUFFER_DEFAULT_WIDTH, Math.max(sub.noAttachWidth, 1));
            glNamedFramebufferParameteri(fbo, GL_FRAMEBUFFER_DEFAULT_HEIGHT, Math.max(sub.noAttachHeight, 1));
            glNamedFramebufferParameteri(fbo, GL_FRAMEBUFFER_DEFAULT_LAYERS, sub.noAttachLayers);
            glNamedFramebufferParameteri(fbo, GL_FRAMEBUFFER_DEFAULT_SAMPLES, sub.noAttachSamples);
        }
        gl.set(GlCap.FRAMEBUFFER_SRGB, srgb);
        gl.bindDrawFramebuffer(fbo);
    }

    private static void attach(int fbo, int point, Surface s) {
        if (s == null || s.texture() == 0) {
            glNamedFramebufferTexture(fbo, point, 0, 0);
        } else if (s.layered() || !Surface.isLayeredTarget(s.glTarget())) {
            glNamedFramebufferTexture(fbo, point, s.texture(), s.level());
        } else {
            glNamedFramebufferTextureLayer(fbo, point, s.texture(), s.level(), s.firstLayer());
        }
    }
}
