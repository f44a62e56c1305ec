package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GL12C;
import org.lwjgl.opengl.GL13C;
import org.lwjgl.opengl.GL33C;
import org.lwjgl.opengl.GL42C;
import org.lwjgl.opengl.GL43C;
import org.lwjgl.opengl.GL44C;
import org.lwjgl.opengl.GL45C;

/**
 * Texture entry points that desktop GL offers as direct state access; on ES each binds the
 * texture to its target on the active unit, edits it and rebinds what was there.
 */
public final class TextureCalls {

    private TextureCalls() {
    }

    public static int glCreateTextures(int target) {
        if (!ES) {
            return GL45C.glCreateTextures(target);
        }
        int name = glGenTextures();
        // A texture gets its target on first bind; ES has no later way to learn it.
        int previous = HostGl.bindTexture(target, name);
        HostGl.restoreTexture(target, name, previous);
        HostGl.rememberTarget(name, target);
        return name;
    }

    public static int glCreateSamplers() {
        return ES ? glGenSamplers() : GL45C.glCreateSamplers();
    }

    /** Deletes a texture; on ES also forgets its target. */
    public static void glDeleteTextures(int texture) {
        GL11C.glDeleteTextures(texture);
        if (ES) {
            HostGl.forgetTarget(texture);
        }
    }

    public static void glTextureStorage1D(int texture, int levels, int internalFormat, int width) {
        if (!ES) {
            GL45C.glTextureStorage1D(texture, levels, internalFormat, width);
            return;
        }
        // ES has no 1D textures: the resource layer makes them 2D of height 1.
        glTextureStorage2D(texture, levels, internalFormat, width, 1);
    }

    public static void glTextureStorage2D(int texture, int levels, int internalFormat, int width, int height) {
        if (!ES) {
            GL45C.glTextureStorage2D(texture, levels, internalFormat, width, height);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        GL42C.glTexStorage2D(target, levels, internalFormat, width, height);
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void glTextureStorage3D(int texture, int levels, int internalFormat, int width, int height,
            int depth) {
        if (!ES) {
            GL45C.glTextureStorage3D(texture, levels, internalFormat, width, height, depth);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        GL42C.glTexStorage3D(target, levels, internalFormat, width, height, depth);
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void glTextureStorage2DMultisample(int texture, int samples, int internalFormat, int width,
            int height, boolean fixedSampleLocations) {
        if (!ES) {
            GL45C.glTextureStorage2DMultisample(texture, samples, internalFormat, width, height, fixedSampleLocations);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        GL43C.glTexStorage2DMultisample(target, samples, internalFormat, width, height, fixedSampleLocations);
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void glTextureStorage3DMultisample(int texture, int samples, int internalFormat, int width,
            int height, int depth, boolean fixedSampleLocations) {
        if (!ES) {
            GL45C.glTextureStorage3DMultisample(texture, samples, internalFormat, width, height, depth,
                    fixedSampleLocations);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        GL43C.glTexStorage3DMultisample(target, samples, internalFormat, width, height, depth, fixedSampleLocations);
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void glTextureParameteri(int texture, int pname, int param) {
        if (!ES) {
            GL45C.glTextureParameteri(texture, pname, param);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        GL11C.glTexParameteri(target, pname, param);
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void glTextureParameteriv(int texture, int pname, int[] params) {
        if (!ES) {
            GL45C.glTextureParameteriv(texture, pname, params);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        if (pname == GL33C.GL_TEXTURE_SWIZZLE_RGBA) {
            // ES sets the swizzle one channel at a time.
            GL11C.glTexParameteri(target, GL33C.GL_TEXTURE_SWIZZLE_R, params[0]);
            GL11C.glTexParameteri(target, GL33C.GL_TEXTURE_SWIZZLE_G, params[1]);
            GL11C.glTexParameteri(target, GL33C.GL_TEXTURE_SWIZZLE_B, params[2]);
            GL11C.glTexParameteri(target, GL33C.GL_TEXTURE_SWIZZLE_A, params[3]);
        } else {
            GL11C.glTexParameteriv(target, pname, params);
        }
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void glTextureBufferRange(int texture, int internalFormat, int buffer, long offset, long size) {
        if (!ES) {
            GL45C.glTextureBufferRange(texture, internalFormat, buffer, offset, size);
            return;
        }
        int previous = HostGl.bindTexture(GL_TEXTURE_BUFFER, texture);
        GL43C.glTexBufferRange(GL_TEXTURE_BUFFER, internalFormat, buffer, offset, size);
        HostGl.restoreTexture(GL_TEXTURE_BUFFER, texture, previous);
    }

    /**
     * Makes {@code view} a view of {@code original} (GL 4.3; OES_texture_view on ES, the same
     * entry point) and, on ES, remembers the view's target.
     */
    public static void glTextureView(int view, int target, int original, int internalFormat, int minLevel,
            int numLevels, int minLayer, int numLayers) {
        GL43C.glTextureView(view, target, original, internalFormat, minLevel, numLevels, minLayer, numLayers);
        if (ES) {
            HostGl.rememberTarget(view, target);
        }
    }

    public static void nglTextureSubImage1D(int texture, int level, int x, int width, int format, int type,
            long pixels) {
        if (!ES) {
            GL45C.nglTextureSubImage1D(texture, level, x, width, format, type, pixels);
            return;
        }
        nglTextureSubImage2D(texture, level, x, 0, width, 1, format, type, pixels);
    }

    public static void nglTextureSubImage2D(int texture, int level, int x, int y, int width, int height, int format,
            int type, long pixels) {
        if (!ES) {
            GL45C.nglTextureSubImage2D(texture, level, x, y, width, height, format, type, pixels);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        GL11C.nglTexSubImage2D(target, level, x, y, width, height, format, type, pixels);
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void nglTextureSubImage3D(int texture, int level, int x, int y, int z, int width, int height,
            int depth, int format, int type, long pixels) {
        if (!ES) {
            GL45C.nglTextureSubImage3D(texture, level, x, y, z, width, height, depth, format, type, pixels);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        if (target == GL_TEXTURE_CUBE_MAP) {
            // A cube map is six 2D faces to ES; DSA addresses them as layers.
            long faceBytes = PixelSizes.unpackImageBytes(format, type, width, height);
            for (int i = 0; i < depth; i++) {
                GL11C.nglTexSubImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + z + i, level, x, y, width, height, format,
                        type, pixels + i * faceBytes);
            }
        } else {
            GL12C.nglTexSubImage3D(target, level, x, y, z, width, height, depth, format, type, pixels);
        }
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void nglCompressedTextureSubImage1D(int texture, int level, int x, int width, int format,
            int imageSize, long data) {
        if (!ES) {
            GL45C.nglCompressedTextureSubImage1D(texture, level, x, width, format, imageSize, data);
            return;
        }
        nglCompressedTextureSubImage2D(texture, level, x, 0, width, 1, format, imageSize, data);
    }

    public static void nglCompressedTextureSubImage2D(int texture, int level, int x, int y, int width, int height,
            int format, int imageSize, long data) {
        if (!ES) {
            GL45C.nglCompressedTextureSubImage2D(texture, level, x, y, width, height, format, imageSize, data);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        GL13C.nglCompressedTexSubImage2D(target, level, x, y, width, height, format, imageSize, data);
        HostGl.restoreTexture(target, texture, previous);
    }

    public static void nglCompressedTextureSubImage3D(int texture, int level, int x, int y, int z, int width,
            int height, int depth, int format, int imageSize, long data) {
        if (!ES) {
            GL45C.nglCompressedTextureSubImage3D(texture, level, x, y, z, width, height, depth, format, imageSize,
                    data);
            return;
        }
        int target = HostGl.targetOf(texture);
        int previous = HostGl.bindTexture(target, texture);
        if (target == GL_TEXTURE_CUBE_MAP) {
            int faceBytes = imageSize / Math.max(depth, 1);
            for (int i = 0; i < depth; i++) {
                GL13C.nglCompressedTexSubImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + z + i, level, x, y, width, height,
                        format, faceBytes, data + (long) i * faceBytes);
            }
        } else {
            GL13C.nglCompressedTexSubImage3D(target, level, x, y, z, width, height, depth, format, imageSize, data);
        }
        HostGl.restoreTexture(target, texture, previous);
    }

    /** Clears part of a texture image (GL 4.4; EXT_clear_texture on ES, the same entry point). */
    public static void nglClearTexSubImage(int texture, int level, int x, int y, int z, int width, int height,
            int depth, int format, int type, long data) {
        GL44C.nglClearTexSubImage(texture, level, x, y, z, width, height, depth, format, type, data);
    }

    /**
     * Reads part of a texture image into client memory. ES has no texture readback: it reads
     * each layer through a framebuffer ({@link EsTextureReadback}).
     */
    public static void nglGetTextureSubImage(int texture, int level, int x, int y, int z, int width, int height,
            int depth, int format, int type, int bufSize, long pixels) {
        if (!ES) {
            GL45C.nglGetTextureSubImage(texture, level, x, y, z, width, height, depth, format, type, bufSize, pixels);
            return;
        }
        EsTextureReadback.read(texture, HostGl.targetOf(texture), level, x, y, z, width, height, depth, format, type,
                pixels);
    }

    /**
     * Reads part of a compressed texture image. ES cannot read compressed data back: there it
     * leaves the memory untouched and raises GL_INVALID_OPERATION-like failure by returning
     * false, so the caller reports the transfer as refused.
     */
    public static boolean nglGetCompressedTextureSubImage(int texture, int level, int x, int y, int z, int width,
            int height, int depth, int bufSize, long pixels) {
        if (ES) {
            return false;
        }
        GL45C.nglGetCompressedTextureSubImage(texture, level, x, y, z, width, height, depth, bufSize, pixels);
        return true;
    }

    /** Binds {@code texture} (0 unbinds) to texture unit {@code unit} for {@code target}. */
    public static void glBindTextureUnit(int unit, int target, int texture) {
        if (!ES) {
            GL45C.glBindTextureUnit(unit, texture);
            return;
        }
        int active = glGetInteger(GL_ACTIVE_TEXTURE);
        glActiveTexture(GL_TEXTURE0 + unit);
        glBindTexture(target, texture);
        glActiveTexture(active);
    }
}
