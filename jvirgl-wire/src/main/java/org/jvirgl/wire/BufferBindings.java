package org.jvirgl.wire;

/**
 * Buffer ranges bound to consecutive slots: SET_SHADER_BUFFERS (SSBOs) and SET_ATOMIC_BUFFERS.
 * Slot {@code startSlot() + i} gets {@code offset(i)}, {@code length(i)} bytes of
 * {@code resource(i)} (0 = unbind).
 */
public final class BufferBindings extends CommandView {
    private int firstDword;

    BufferBindings() {
    }

    /** @param firstDword payload dword holding the start slot (1 for atomics, 2 for SSBOs) */
    final BufferBindings at(int firstDword) {
        this.firstDword = firstDword;
        return this;
    }

    public int startSlot() { return dword(firstDword); }
    public int count() { return (length() - firstDword) / 3; }
    public int offset(int i) { return dword(base(i)); }
    public int length(int i) { return dword(base(i) + 1); }
    public int resource(int i) { return dword(base(i) + 2); }

    private int base(int i) {
        return firstDword + 1 + 3 * java.util.Objects.checkIndex(i, count());
    }
}
