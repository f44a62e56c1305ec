package org.jvirgl.wire;

/** SET_SCISSOR_STATE payload: {@link #count()} rectangles of 16-bit min/max corners. */
public final class ScissorStates extends CommandView {

    ScissorStates() {
    }

    public int startSlot() { return dword(1); }
    public int count() { return (length() - 1) / 2; }
    public int minX(int i) { return dword(base(i)) & 0xffff; }
    public int minY(int i) { return dword(base(i)) >>> 16; }
    public int maxX(int i) { return dword(base(i) + 1) & 0xffff; }
    public int maxY(int i) { return dword(base(i) + 1) >>> 16; }

    private int base(int i) {
        return 2 + 2 * java.util.Objects.checkIndex(i, count());
    }
}
