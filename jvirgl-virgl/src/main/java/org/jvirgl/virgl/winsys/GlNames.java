package org.jvirgl.virgl.winsys;

import static org.jvirgl.virgl.gl.TextureCalls.glDeleteTextures;
import static org.lwjgl.opengl.GL45C.*;

/**
 * The deletion epoch of one GL share group. Every delete of a texture, buffer, sampler,
 * program, vertex array or framebuffer the backend makes goes through here and moves the
 * epoch, because a driver may give the deleted name to the next object created (NVIDIA and
 * AMD do; Mesa only with {@code force_gl_names_reuse}). A shadow that compares names to skip
 * a redundant bind must therefore forget its names once the epoch moved: the number it holds
 * may now name another object that was never bound.
 *
 * <p>One per share group, not per context: shared objects deleted in one context hand their
 * names to objects created in another. Owner thread only, like every delete it counts.
 */
public final class GlNames {
    private int epoch;

    /** Moves on every delete; compare with a remembered value to learn whether names may be reused. */
    public int epoch() {
        return epoch;
    }

    public void deleteTexture(int name) {
        if (name != 0) {
            glDeleteTextures(name);
            epoch++;
        }
    }

    public void deleteBuffer(int name) {
        if (name != 0) {
            glDeleteBuffers(name);
            epoch++;
        }
    }

    public void deleteSampler(int name) {
        if (name != 0) {
            glDeleteSamplers(name);
            epoch++;
        }
    }

    public void deleteProgram(int name) {
        if (name != 0) {
            glDeleteProgram(name);
            epoch++;
        }
    }

    public void deleteVertexArray(int name) {
        if (name != 0) {
            glDeleteVertexArrays(name);
            epoch++;
        }
    }

    public void deleteFramebuffer(int name) {
        if (name != 0) {
            glDeleteFramebuffers(name);
            epoch++;
        }
    }
}
