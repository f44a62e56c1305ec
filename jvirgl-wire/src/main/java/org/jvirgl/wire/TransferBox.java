package org.jvirgl.wire;

import org.jvirgl.wire.state.PipeBox;

/**
 * The fields TRANSFER3D, COPY_TRANSFER3D and RESOURCE_INLINE_WRITE share: resource, level,
 * usage (ignored by hosts), stride, layer stride and box, at payload dwords 1-11.
 */
public abstract sealed class TransferBox extends CommandView permits Transfer3d, CopyTransfer3d, InlineWrite {

    TransferBox() {
    }

    public final int resource() { return dword(1); }
    public final int level() { return dword(2); }
    public final int usage() { return dword(3); }
    /** Row pitch in bytes of the guest data; 0 = host infers it from the level width. */
    public final int stride() { return dword(4); }
    /** Bytes between layers/slices of the guest data; 0 = host infers it. */
    public final int layerStride() { return dword(5); }
    public final int x() { return dword(6); }
    public final int y() { return dword(7); }
    public final int z() { return dword(8); }
    public final int width() { return dword(9); }
    public final int height() { return dword(10); }
    public final int depth() { return dword(11); }

    /** The box as a value (allocates). */
    public final PipeBox box() {
        return new PipeBox(x(), y(), z(), width(), height(), depth());
    }
}
