package org.jvirgl.virgl.state;

import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.wire.state.RawColor;

/**
 * Gallium's clear values written to one attachment with glClearBuffer*: a colour as the
 * surface's channels read it (floats, signed or unsigned words; an alpha-only format stored in
 * red takes alpha there), depth and stencil together or apart. Shared by CLEAR and
 * CLEAR_SURFACE; keeps its scratch arrays, so a clear allocates nothing.
 */
public final class AttachmentClear {
    private final int[] words = new int[4];
    private final float[] floats = new float[4];
    private final float[] depthValue = new float[1];
    private final int[] stencilValue = new int[1];

    /** Clears colour draw buffer {@code drawBuffer}, where {@code s} is attached, to {@code color}. */
    public void colour(int drawBuffer, Surface s, RawColor color) {
        for (int i = 0; i < 4; i++) {
            words[i] = color.word(i);
            floats[i] = color.asFloat(i);
        }
        if (s.alphaInRed()) {
            words[0] = words[3];
            floats[0] = floats[3];
        }
        if (s.traits().pureUint()) {
            glClearBufferuiv(GL_COLOR, drawBuffer, words);
        } else if (s.traits().pureSint()) {
            glClearBufferiv(GL_COLOR, drawBuffer, words);
        } else {
            glClearBufferfv(GL_COLOR, drawBuffer, floats);
        }
    }

    /** Clears the bound depth and/or stencil attachment; the stencil value keeps its low 8 bits. */
    public void depthStencil(boolean depth, boolean stencil, float z, int stencilRef) {
        int ref = stencilRef & 0xff;
        if (depth && stencil) {
            glClearBufferfi(GL_DEPTH_STENCIL, 0, z, ref);
        } else if (depth) {
            depthValue[0] = z;
            glClearBufferfv(GL_DEPTH, 0, depthValue);
        } else if (stencil) {
            stencilValue[0] = ref;
            glClearBufferiv(GL_STENCIL, 0, stencilValue);
        }
    }
}
