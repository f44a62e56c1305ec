package org.jvirgl.virgl.state;

/**
 * Binds the vertex array of the sub-context's vertex elements and points its bindings at the
 * vertex buffers. Every element gets its own binding point (binding i = attribute i), so two
 * elements reading one buffer with different divisors or offsets never conflict; the vertex
 * buffer offset plus the element's offset becomes the binding's offset.
 */
final class VertexInputEmitter {
    private VertexInputEmitter() {
    }

    static void emit(SubContext sub, GlStateCache gl) {
        VertexElements ve = sub.vertexElements;
        if (ve == null) {
            return;
        }
        VertexArray va = ve.array();
        if (va == null) {
            va = sub.spareVertexArray; // destroyed but still bound: programmed per use
        }
        gl.bindVertexArray(va.name());
        va.useFormatsOf(ve);
        sub.vertexArray = va;
        int enabled = 0;
        VertexElements.Element[] elements = ve.elements();
        for (int i = 0; i < elements.length; i++) {
            VertexElements.Element e = elements[i];
            int vb = e.bufferIndex();
            if (vb >= sub.vbCount || sub.vbBuffer[vb] == 0) {
                continue; // unbound buffer: the attribute reads its current (default) value
            }
            va.bindBuffer(i, sub.vbBuffer[vb], (long) sub.vbOffset[vb] + e.srcOffset(), sub.vbStride[vb]);
            enabled |= 1 << i;
        }
        va.enableArrays(enabled);
    }
}
