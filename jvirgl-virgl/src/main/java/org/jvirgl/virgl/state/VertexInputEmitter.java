package org.jvirgl.virgl.state;

import static org.lwjgl.opengl.GL45C.*;

/**
 * Programs the sub-context's VAO from the vertex elements and vertex buffers. Every element
 * gets its own binding point (binding i = attribute i), so two elements reading one buffer
 * with different divisors or offsets never conflict.
 */
final class VertexInputEmitter {
    private VertexInputEmitter() {
    }

    static void emit(SubContext sub, GlStateCache gl) {
        if (sub.vao == 0) {
            sub.vao = glCreateVertexArrays();
            sub.enabledAttribs = 0;
        }
        int vao = sub.vao;
        gl.bindVertexArray(vao);
        VertexElements ve = sub.vertexElements;
        int enabled = 0;
        if (ve != null) {
            VertexElements.Element[] elements = ve.elements();
            for (int i = 0; i < elements.length; i++) {
                VertexElements.Element e = elements[i];
                int vb = e.bufferIndex();
                if (vb >= sub.vbCount || sub.vbBuffer[vb] == 0) {
                    continue; // unbound buffer: the attribute reads its current (default) value
                }
                VertexFormat f = e.format();
                switch (f.kind()) {
                    case UINT, SINT -> glVertexArrayAttribIFormat(vao, i, f.size(), f.glType(), 0);
                    case DOUBLE -> glVertexArrayAttribLFormat(vao, i, f.size(), f.glType(), 0);
                    case FLOAT -> glVertexArrayAttribFormat(vao, i, f.size(), f.glType(), f.normalized(), 0);
                }
                glVertexArrayAttribBinding(vao, i, i);
                glVertexArrayVertexBuffer(vao, i, sub.vbBuffer[vb],
                    (long) sub.vbOffset[vb] + e.srcOffset(), sub.vbStride[vb]);
                glVertexArrayBindingDivisor(vao, i, e.instanceDivisor());
                enabled |= 1 << i;
            }
        }
        int changed = enabled ^ sub.enabledAttribs;
        while (changed != 0) {
            int i = Integer.numberOfTrailingZeros(changed);
            changed &= changed - 1;
            if ((enabled & (1 << i)) != 0) {
                glEnableVertexArrayAttrib(vao, i);
            } else {
                glDisableVertexArrayAttrib(vao, i);
            }
        }
        sub.enabledAttribs = enabled;
    }
}
