package org.jvirgl.virgl.gl;

import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL11C;

/**
 * Texture readback on ES, which cannot read a texture directly: each layer (array layer, cube
 * face or 3D slice) is attached to a throwaway read framebuffer and read with glReadPixels
 * (depth and stencil through NV_read_depth/stencil, which Mesa offers). The caller's read
 * framebuffer binding is restored.
 */
final class EsTextureReadback {

    private EsTextureReadback() {
    }

    static void read(int texture, int target, int level, int x, int y, int z, int width, int height, int depth,
            int format, int type, long pixels) {
        int fbo = glGenFramebuffers();
        int previous = HostGl.bindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
        int attachment = attachmentFor(format);
        boolean colour = attachment == GL_COLOR_ATTACHMENT0;
        try {
            long imageBytes = PixelSizes.packImageBytes(format, type, width, height);
            for (int i = 0; i < Math.max(depth, 1); i++) {
                attach(attachment, texture, target, level, z + i);
                if (colour) {
                    glReadBuffer(GL_COLOR_ATTACHMENT0);
                }
                GL11C.nglReadPixels(x, y, width, height, format, type, pixels + i * imageBytes);
            }
        } finally {
            HostGl.restoreFramebuffer(GL_READ_FRAMEBUFFER, fbo, previous);
            glDeleteFramebuffers(fbo);
        }
    }

    private static void attach(int attachment, int texture, int target, int level, int layer) {
        switch (target) {
            case GL_TEXTURE_2D, GL_TEXTURE_2D_MULTISAMPLE ->
                glFramebufferTexture2D(GL_READ_FRAMEBUFFER, attachment, target, texture, level);
            case GL_TEXTURE_CUBE_MAP ->
                glFramebufferTexture2D(GL_READ_FRAMEBUFFER, attachment, GL_TEXTURE_CUBE_MAP_POSITIVE_X + layer, texture,
                        level);
            default -> glFramebufferTextureLayer(GL_READ_FRAMEBUFFER, attachment, texture, level, layer);
        }
    }

    private static int attachmentFor(int format) {
        return switch (format) {
            case GL_DEPTH_COMPONENT -> GL_DEPTH_ATTACHMENT;
            case GL_STENCIL_INDEX -> GL_STENCIL_ATTACHMENT;
            case GL_DEPTH_STENCIL -> GL_DEPTH_STENCIL_ATTACHMENT;
            default -> GL_COLOR_ATTACHMENT0;
        };
    }
}
