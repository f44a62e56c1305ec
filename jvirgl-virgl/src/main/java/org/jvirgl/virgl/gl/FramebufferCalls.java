package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL30C;
import org.lwjgl.opengl.GL45C;

/**
 * Framebuffer entry points that desktop GL offers as direct state access; on ES each binds the
 * framebuffer (draw, or read for read-side state), edits it and rebinds what was there.
 */
public final class FramebufferCalls {

    private FramebufferCalls() {
    }

    public static int glCreateFramebuffers() {
        return ES ? glGenFramebuffers() : GL45C.glCreateFramebuffers();
    }

    public static void glNamedFramebufferTexture(int fbo, int attachment, int texture, int level) {
        if (!ES) {
            GL45C.glNamedFramebufferTexture(fbo, attachment, texture, level);
            return;
        }
        int previous = HostGl.bindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
        glFramebufferTexture(GL_DRAW_FRAMEBUFFER, attachment, texture, level);
        HostGl.restoreFramebuffer(GL_DRAW_FRAMEBUFFER, fbo, previous);
    }

    /**
     * Attaches one layer. ES's glFramebufferTextureLayer takes only layered targets, so 2D
     * textures and cube faces go through glFramebufferTexture2D there.
     */
    public static void glNamedFramebufferTextureLayer(int fbo, int attachment, int texture, int level, int layer) {
        if (!ES) {
            GL45C.glNamedFramebufferTextureLayer(fbo, attachment, texture, level, layer);
            return;
        }
        int previous = HostGl.bindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
        int target = texture == 0 ? 0 : HostGl.targetOf(texture);
        switch (target) {
            case 0 -> glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, attachment, GL_TEXTURE_2D, 0, 0);
            case GL_TEXTURE_2D, GL_TEXTURE_2D_MULTISAMPLE ->
                glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, attachment, target, texture, level);
            case GL_TEXTURE_CUBE_MAP -> glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, attachment,
                    GL_TEXTURE_CUBE_MAP_POSITIVE_X + layer, texture, level);
            default -> glFramebufferTextureLayer(GL_DRAW_FRAMEBUFFER, attachment, texture, level, layer);
        }
        HostGl.restoreFramebuffer(GL_DRAW_FRAMEBUFFER, fbo, previous);
    }

    public static void glNamedFramebufferDrawBuffers(int fbo, int[] buffers) {
        if (!ES) {
            GL45C.glNamedFramebufferDrawBuffers(fbo, buffers);
            return;
        }
        int previous = HostGl.bindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
        glDrawBuffers(buffers);
        HostGl.restoreFramebuffer(GL_DRAW_FRAMEBUFFER, fbo, previous);
    }

    /** One draw buffer; ES spells it as glDrawBuffers. */
    public static void glNamedFramebufferDrawBuffer(int fbo, int buffer) {
        if (!ES) {
            GL45C.glNamedFramebufferDrawBuffer(fbo, buffer);
            return;
        }
        // The i-th entry may only name attachment i, so attachment k sits after k NONEs.
        int k = buffer >= GL_COLOR_ATTACHMENT0 && buffer <= GL_COLOR_ATTACHMENT31 ? buffer - GL_COLOR_ATTACHMENT0 : 0;
        int[] buffers = new int[k + 1];
        java.util.Arrays.fill(buffers, GL_NONE);
        buffers[k] = buffer;
        glNamedFramebufferDrawBuffers(fbo, buffers);
    }

    public static void glNamedFramebufferReadBuffer(int fbo, int buffer) {
        if (!ES) {
            GL45C.glNamedFramebufferReadBuffer(fbo, buffer);
            return;
        }
        int previous = HostGl.bindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
        glReadBuffer(buffer);
        HostGl.restoreFramebuffer(GL_READ_FRAMEBUFFER, fbo, previous);
    }

    public static void glNamedFramebufferParameteri(int fbo, int pname, int param) {
        if (!ES) {
            GL45C.glNamedFramebufferParameteri(fbo, pname, param);
            return;
        }
        int previous = HostGl.bindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo);
        glFramebufferParameteri(GL_DRAW_FRAMEBUFFER, pname, param);
        HostGl.restoreFramebuffer(GL_DRAW_FRAMEBUFFER, fbo, previous);
    }

    public static int glCheckNamedFramebufferStatus(int fbo, int target) {
        if (!ES) {
            return GL45C.glCheckNamedFramebufferStatus(fbo, target);
        }
        int bindTarget = target == GL_READ_FRAMEBUFFER ? GL_READ_FRAMEBUFFER : GL_DRAW_FRAMEBUFFER;
        int previous = HostGl.bindFramebuffer(bindTarget, fbo);
        int status = GL30C.glCheckFramebufferStatus(bindTarget);
        HostGl.restoreFramebuffer(bindTarget, fbo, previous);
        return status;
    }

    public static void glBlitNamedFramebuffer(int readFbo, int drawFbo, int srcX0, int srcY0, int srcX1, int srcY1,
            int dstX0, int dstY0, int dstX1, int dstY1, int mask, int filter) {
        if (!ES) {
            GL45C.glBlitNamedFramebuffer(readFbo, drawFbo, srcX0, srcY0, srcX1, srcY1, dstX0, dstY0, dstX1, dstY1,
                    mask, filter);
            return;
        }
        int previousRead = HostGl.bindFramebuffer(GL_READ_FRAMEBUFFER, readFbo);
        int previousDraw = HostGl.bindFramebuffer(GL_DRAW_FRAMEBUFFER, drawFbo);
        GL30C.glBlitFramebuffer(srcX0, srcY0, srcX1, srcY1, dstX0, dstY0, dstX1, dstY1, mask, filter);
        HostGl.restoreFramebuffer(GL_DRAW_FRAMEBUFFER, drawFbo, previousDraw);
        HostGl.restoreFramebuffer(GL_READ_FRAMEBUFFER, readFbo, previousRead);
    }
}
