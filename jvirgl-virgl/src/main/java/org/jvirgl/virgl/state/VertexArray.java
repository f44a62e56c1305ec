package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.VertexArrayCalls.glCreateVertexArrays;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glDisableVertexArrayAttrib;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glEnableVertexArrayAttrib;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glVertexArrayAttribBinding;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glVertexArrayAttribFormat;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glVertexArrayAttribIFormat;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glVertexArrayBindingDivisor;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glVertexArrayElementBuffer;
import static org.jvirgl.virgl.gl.VertexArrayCalls.glVertexArrayVertexBuffer;
import static org.lwjgl.opengl.GL45C.*;

import java.util.Arrays;
import org.jvirgl.virgl.winsys.GlNames;

/**
 * A GL vertex array object and a shadow of what was programmed into it: whose attribute
 * formats it holds, each attribute's buffer binding, the enabled arrays and the element
 * buffer. VAO state belongs to the object, not to the GL context, so the shadow survives
 * context switches and foreign GL use; only deleting the VAO forgets it. Buffer names are
 * trusted only while the share group's deletion epoch stands still (a deleted buffer's name
 * may come back as another buffer).
 */
public final class VertexArray {
    private final GlNames names;
    /** The deletion epoch the shadowed buffer names are valid for. */
    private int namesEpoch;
    private int name;
    /** The vertex elements whose formats, bindings and divisors are programmed (null: none). */
    private VertexElements formatsOf;
    private int enabled;
    private final int[] buffer = new int[Limits.VERTEX_BUFFERS];
    private final long[] offset = new long[Limits.VERTEX_BUFFERS];
    private final int[] stride = new int[Limits.VERTEX_BUFFERS];
    private int elementBuffer;

    /** @param names the deletion epoch of the share group whose buffers the VAO will point at */
    public VertexArray(GlNames names) {
        this.names = names;
    }

    /** The GL name, creating the VAO on first use (GL context current). */
    int name() {
        if (name == 0) {
            name = glCreateVertexArrays();
            formatsOf = null;
            enabled = 0;
            elementBuffer = 0;
            Arrays.fill(buffer, 0);
            namesEpoch = names.epoch();
        }
        return name;
    }

    /** One int comparison while nothing was deleted; after a delete every buffer name is unknown. */
    private void forgetBuffersIfDeleted() {
        if (namesEpoch != names.epoch()) {
            namesEpoch = names.epoch();
            Arrays.fill(buffer, -1);
            elementBuffer = -1;
        }
    }

    /** Programs attribute formats, bindings (binding i = attribute i) and divisors of {@code ve}. */
    void useFormatsOf(VertexElements ve) {
        if (formatsOf == ve) {
            return;
        }
        int vao = name();
        VertexElements.Element[] elements = ve.elements();
        for (int i = 0; i < elements.length; i++) {
            VertexElements.Element e = elements[i];
            VertexFormat f = e.format();
            switch (f.kind()) {
                case UINT, SINT -> glVertexArrayAttribIFormat(vao, i, f.size(), f.glType(), 0);
                case FLOAT -> glVertexArrayAttribFormat(vao, i, f.size(), f.glType(), f.normalized(), 0);
            }
            glVertexArrayAttribBinding(vao, i, i);
            glVertexArrayBindingDivisor(vao, i, e.instanceDivisor());
        }
        formatsOf = ve;
    }

    /** Points binding {@code i} at a buffer range unless it already is. */
    void bindBuffer(int i, int glBuffer, long byteOffset, int byteStride) {
        forgetBuffersIfDeleted();
        if (buffer[i] == glBuffer && offset[i] == byteOffset && stride[i] == byteStride) {
            return;
        }
        buffer[i] = glBuffer;
        offset[i] = byteOffset;
        stride[i] = byteStride;
        glVertexArrayVertexBuffer(name, i, glBuffer, byteOffset, byteStride);
    }

    /** Enables exactly the attribute arrays in {@code mask}. */
    void enableArrays(int mask) {
        int changed = mask ^ enabled;
        while (changed != 0) {
            int i = Integer.numberOfTrailingZeros(changed);
            changed &= changed - 1;
            if ((mask & (1 << i)) != 0) {
                glEnableVertexArrayAttrib(name, i);
            } else {
                glDisableVertexArrayAttrib(name, i);
            }
        }
        enabled = mask;
    }

    /** Attaches the index buffer (0: none) unless it already is. */
    public void elementBuffer(int glBuffer) {
        forgetBuffersIfDeleted();
        if (elementBuffer != glBuffer) {
            elementBuffer = glBuffer;
            glVertexArrayElementBuffer(name, glBuffer);
        }
    }

    /** The GL name, 0 before first use or after {@link #delete()}. */
    public int glName() {
        return name;
    }

    /** Deletes the VAO (GL context current); a later use creates a fresh one. */
    public void delete() {
        if (name != 0) {
            names.deleteVertexArray(name);
            name = 0;
        }
    }
}
