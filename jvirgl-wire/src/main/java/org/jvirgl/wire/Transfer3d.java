package org.jvirgl.wire;

/**
 * TRANSFER3D: move a box between a resource and its attached guest backing (iov).
 * The decoder has checked that the direction is TO_HOST or FROM_HOST.
 */
public final class Transfer3d extends TransferBox {
    public static final int SIZE = 13;
    public static final int TO_HOST = 1;
    public static final int FROM_HOST = 2;

    Transfer3d() {
    }

    /** Byte offset in the resource's backing where the box's first texel lives. */
    public int offset() { return dword(12); }
    /** {@link #TO_HOST} or {@link #FROM_HOST}. */
    public int direction() { return dword(13); }
    public boolean toHost() { return direction() == TO_HOST; }
}
