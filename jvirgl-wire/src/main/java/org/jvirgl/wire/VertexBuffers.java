package org.jvirgl.wire;

/**
 * SET_VERTEX_BUFFERS payload: the complete new vertex-buffer list (slots 0..count-1; slots
 * beyond are unbound). Resource 0 means an empty slot.
 */
public final class VertexBuffers extends CommandView {

    VertexBuffers() {
    }

    public int count() { return length() / 3; }
    public int stride(int i) { return dword(base(i)); }
    public int offset(int i) { return dword(base(i) + 1); }
    public int resource(int i) { return dword(base(i) + 2); }

    private int base(int i) {
        return 1 + 3 * java.util.Objects.checkIndex(i, count());
    }
}
