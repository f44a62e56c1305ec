package org.jvirgl.wire;

/**
 * COPY_TRANSFER3D: copy between a staging buffer's backing and a resource. Fields 1-11 name
 * the resource side (see {@link TransferBox}); normally data flows staging → resource, with
 * {@link #readFromHost()} it flows resource → staging.
 */
public final class CopyTransfer3d extends TransferBox {
    public static final int SIZE = 14;
    public static final int FLAG_SYNCHRONIZED = 1;
    public static final int FLAG_READ_FROM_HOST = 1 << 1;

    CopyTransfer3d() {
    }

    /** The staging buffer resource. */
    public int stagingResource() { return dword(12); }
    /** Byte offset in the staging buffer. */
    public int stagingOffset() { return dword(13); }
    public int flags() { return dword(14); }
    /** The copy must be ordered after earlier GL work on the resource. */
    public boolean isSynchronized() { return (flags() & FLAG_SYNCHRONIZED) != 0; }
    public boolean readFromHost() { return (flags() & FLAG_READ_FROM_HOST) != 0; }
}
