package org.jvirgl.core;

import org.jvirgl.api.Box;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.spi.FormatBlock;

/**
 * Upstream's {@code check_transfer_bounds} and {@code check_iov_bounds}: a transfer's box must
 * lie inside the level, explicit strides must cover a row / layer of the box, and the guest
 * memory must hold everything the box touches from {@code offset}. All arithmetic is in longs
 * so hostile 32-bit values cannot wrap.
 */
final class TransferRules {
    private TransferRules() {
    }

    private static long minify(long size, int level) {
        return Math.max(1, size >> level);
    }

    /** Why the box does not fit the resource level, or null. */
    static String boxViolation(ResourceCreateArgs res, int level, Box box) {
        if (level < 0 || level > res.lastLevel()) {
            return "level " + level + " out of range";
        }
        if (box.x() < 0 || box.y() < 0 || box.z() < 0 || box.w() < 0 || box.h() < 0 || box.d() < 0) {
            return "negative box " + box;
        }
        long width = minify(Integer.toUnsignedLong(res.width()), level);
        long height = minify(Integer.toUnsignedLong(res.height()), level);
        long depth = res.target() == ResourceCreateArgs.TARGET_3D
                ? minify(Integer.toUnsignedLong(res.depth()), level)
                : Integer.toUnsignedLong(res.arraySize());
        if ((long) box.x() + box.w() > width || (long) box.y() + box.h() > height
                || (long) box.z() + box.d() > depth) {
            return "box " + box + " outside level " + level + " (" + width + "x" + height + "x" + depth + ")";
        }
        return null;
    }

    /**
     * Why the guest memory ({@code iovSize} bytes) cannot hold the box at {@code offset} with the
     * given strides (0 = the level's natural pitch), or null.
     */
    static String iovViolation(ResourceCreateArgs res, FormatBlock block, int level, long stride,
            long layerStride, Box box, long offset, long iovSize) {
        long validStride;
        if (stride != 0) {
            if (stride < block.stride(box.w())) {
                return "stride " + stride + " below the minimum " + block.stride(box.w());
            }
            validStride = stride;
        } else {
            validStride = block.stride(minify(Integer.toUnsignedLong(res.width()), level));
        }
        long validLayerStride;
        if (layerStride != 0) {
            long min = block.size2d(validStride, box.h());
            if (layerStride < min) {
                return "layer stride " + layerStride + " below the minimum " + min;
            }
            validLayerStride = layerStride;
        } else {
            validLayerStride = block.size2d(validStride, minify(Integer.toUnsignedLong(res.height()), level));
        }
        long size = transferSize(block, box, validStride, validLayerStride);
        if (offset < 0 || offset > iovSize || size > iovSize - offset) {
            return "transfer of " + size + " bytes at offset " + Long.toUnsignedString(offset)
                    + " exceeds the " + iovSize + "-byte guest memory";
        }
        return null;
    }

    /** Bytes from the first to the last byte the box touches (the last row and layer may be partial). */
    static long transferSize(FormatBlock block, Box box, long stride, long layerStride) {
        long w = Math.max(1, box.w());
        long h = Math.max(1, box.h());
        long d = Math.max(1, box.d());
        return (d - 1) * layerStride + (block.blocksY(h) - 1) * stride + block.blocksX(w) * block.bytes();
    }
}
