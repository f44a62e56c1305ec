package org.jvirgl.virgl.resource;

import org.jvirgl.api.Box;
import org.jvirgl.virgl.format.GlFormat;

/**
 * A validated texture transfer: where each row of blocks of the box sits in guest memory.
 * Rows of one layer are {@code stride} apart, layers (3D slices, array layers, cube faces)
 * {@code layerStride} apart; the first block is at {@code offset}. Built only from checked
 * values, so every derived size is non-negative and fits the guest memory.
 */
record TransferLayout(int level, int x, int y, int z, int width, int height, int depth, long stride,
        long layerStride, long offset, long rowBytes, int rows, long guestBytes) {

    /** Bytes of the box packed tightly (rows of {@code rowBytes}, layers of {@code rows} rows). */
    long packedBytes() {
        return rowBytes * rows * depth;
    }

    boolean isEmpty() {
        return width == 0 || height == 0 || depth == 0;
    }

    /** Guest offset of block row {@code row} of layer {@code layer}. */
    long guestRow(int layer, int row) {
        return offset + layer * layerStride + row * stride;
    }

    /**
     * Checks a request against a resource level and the guest memory size (upstream's
     * check_transfer_bounds + check_iov_bounds, with overflow-free arithmetic). Returns null
     * and sets {@code why[0]} when the request is out of bounds.
     */
    static TransferLayout of(GlResource r, TransferRequest q, long iovSize, String[] why) {
        GlFormat f = r.format();
        Box b = q.box();
        int level = q.level();
        if (level < 0 || level > r.args().lastLevel()) {
            why[0] = "level " + level + " out of range";
            return null;
        }
        if (b.x() < 0 || b.y() < 0 || b.z() < 0 || b.w() < 0 || b.h() < 0 || b.d() < 0) {
            why[0] = "negative box " + b;
            return null;
        }
        int lw = r.width(level);
        int lh = r.height(level);
        int ld = r.depthOrLayers(level);
        if ((long) b.x() + b.w() > lw || (long) b.y() + b.h() > lh || (long) b.z() + b.d() > ld) {
            why[0] = "box " + b + " outside level " + level + " (" + lw + "x" + lh + "x" + ld + ")";
            return null;
        }
        if (f.compressed() && !blockAligned(b.x(), b.w(), lw, f.blockWidth())
                || f.compressed() && !blockAligned(b.y(), b.h(), lh, f.blockHeight())) {
            why[0] = "box " + b + " not aligned to " + f.blockWidth() + "x" + f.blockHeight() + " blocks";
            return null;
        }
        long rowBytes = f.stride(b.w());
        int rows = (int) f.blockRows(b.h());
        long stride = Integer.toUnsignedLong(q.stride());
        if (stride == 0) {
            stride = f.stride(lw);
        } else if (stride < rowBytes) {
            why[0] = "stride " + stride + " below the row size " + rowBytes;
            return null;
        }
        long layerStride = Integer.toUnsignedLong(q.layerStride());
        if (layerStride == 0) {
            layerStride = f.blockRows(lh) * stride;
        } else if (layerStride < rows * stride) {
            why[0] = "layer stride " + layerStride + " below " + rows + " rows of " + stride;
            return null;
        }
        long offset = q.offset();
        long guestBytes = b.w() == 0 || b.h() == 0 || b.d() == 0 ? 0
                : (b.d() - 1L) * layerStride + (rows - 1L) * stride + rowBytes;
        if (offset < 0 || offset > iovSize || guestBytes > iovSize - offset) {
            why[0] = "needs " + guestBytes + " bytes at offset " + offset + " of " + iovSize;
            return null;
        }
        return new TransferLayout(level, b.x(), b.y(), b.z(), b.w(), b.h(), b.d(), stride, layerStride, offset,
                rowBytes, rows, guestBytes);
    }

    private static boolean blockAligned(int start, int size, int levelSize, int block) {
        return start % block == 0 && (size % block == 0 || start + size == levelSize);
    }
}
