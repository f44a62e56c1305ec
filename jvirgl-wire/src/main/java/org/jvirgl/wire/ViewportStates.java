package org.jvirgl.wire;

/**
 * SET_VIEWPORT_STATE payload: {@link #count()} viewports of scale (x, y, z) and translate
 * (x, y, z) floats. A negative {@code scaleY} means the guest renders y-flipped.
 */
public final class ViewportStates extends CommandView {

    ViewportStates() {
    }

    public int startSlot() { return dword(1); }
    public int count() { return (length() - 1) / 6; }
    public float scaleX(int i) { return floatAt(base(i)); }
    public float scaleY(int i) { return floatAt(base(i) + 1); }
    public float scaleZ(int i) { return floatAt(base(i) + 2); }
    public float translateX(int i) { return floatAt(base(i) + 3); }
    public float translateY(int i) { return floatAt(base(i) + 4); }
    public float translateZ(int i) { return floatAt(base(i) + 5); }

    private int base(int i) {
        return 2 + 6 * java.util.Objects.checkIndex(i, count());
    }
}
