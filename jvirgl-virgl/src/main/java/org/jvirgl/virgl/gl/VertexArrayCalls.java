package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL45C;

/**
 * Vertex array entry points that desktop GL offers as direct state access; on ES each binds
 * the vertex array, sets the ES 3.1 vertex-attrib-binding state and rebinds what was there.
 */
public final class VertexArrayCalls {

    private VertexArrayCalls() {
    }

    public static int glCreateVertexArrays() {
        return ES ? glGenVertexArrays() : GL45C.glCreateVertexArrays();
    }

    public static void glVertexArrayAttribFormat(int vao, int index, int size, int type, boolean normalized,
            int relativeOffset) {
        if (!ES) {
            GL45C.glVertexArrayAttribFormat(vao, index, size, type, normalized, relativeOffset);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glVertexAttribFormat(index, size, type, normalized, relativeOffset);
        HostGl.restoreVertexArray(vao, previous);
    }

    public static void glVertexArrayAttribIFormat(int vao, int index, int size, int type, int relativeOffset) {
        if (!ES) {
            GL45C.glVertexArrayAttribIFormat(vao, index, size, type, relativeOffset);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glVertexAttribIFormat(index, size, type, relativeOffset);
        HostGl.restoreVertexArray(vao, previous);
    }

    public static void glVertexArrayAttribBinding(int vao, int index, int binding) {
        if (!ES) {
            GL45C.glVertexArrayAttribBinding(vao, index, binding);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glVertexAttribBinding(index, binding);
        HostGl.restoreVertexArray(vao, previous);
    }

    public static void glVertexArrayBindingDivisor(int vao, int binding, int divisor) {
        if (!ES) {
            GL45C.glVertexArrayBindingDivisor(vao, binding, divisor);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glVertexBindingDivisor(binding, divisor);
        HostGl.restoreVertexArray(vao, previous);
    }

    public static void glVertexArrayVertexBuffer(int vao, int binding, int buffer, long offset, int stride) {
        if (!ES) {
            GL45C.glVertexArrayVertexBuffer(vao, binding, buffer, offset, stride);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glBindVertexBuffer(binding, buffer, offset, stride);
        HostGl.restoreVertexArray(vao, previous);
    }

    public static void glVertexArrayElementBuffer(int vao, int buffer) {
        if (!ES) {
            GL45C.glVertexArrayElementBuffer(vao, buffer);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffer);
        HostGl.restoreVertexArray(vao, previous);
    }

    public static void glEnableVertexArrayAttrib(int vao, int index) {
        if (!ES) {
            GL45C.glEnableVertexArrayAttrib(vao, index);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glEnableVertexAttribArray(index);
        HostGl.restoreVertexArray(vao, previous);
    }

    public static void glDisableVertexArrayAttrib(int vao, int index) {
        if (!ES) {
            GL45C.glDisableVertexArrayAttrib(vao, index);
            return;
        }
        int previous = HostGl.bindVertexArray(vao);
        glDisableVertexAttribArray(index);
        HostGl.restoreVertexArray(vao, previous);
    }
}
