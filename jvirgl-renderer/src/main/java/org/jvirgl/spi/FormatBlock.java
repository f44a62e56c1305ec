package org.jvirgl.spi;

/**
 * The block layout of a {@code VIRGL_FORMAT_*} value as far as the core needs it to bound-check
 * transfers: a block of {@code width × height} pixels takes {@code bytes} bytes (1×1 for plain
 * formats, 4×4 for most compressed ones). Backends answer it from their format table.
 */
public record FormatBlock(int width, int height, int bytes) {

    public FormatBlock {
        if (width <= 0 || height <= 0 || bytes <= 0) {
            throw new IllegalArgumentException("block dimensions must be positive: " + width + "x" + height
                    + ", " + bytes + " bytes");
        }
    }

    /** Blocks needed to cover {@code pixels} columns. */
    public long blocksX(long pixels) {
        return (pixels + width - 1) / width;
    }

    /** Blocks needed to cover {@code pixels} rows. */
    public long blocksY(long pixels) {
        return (pixels + height - 1) / height;
    }

    /** Bytes in a row of blocks {@code pixels} wide (Gallium's {@code util_format_get_stride}). */
    public long stride(long pixels) {
        return blocksX(pixels) * bytes;
    }

    /** Bytes in {@code rows} pixel rows at {@code stride} (Gallium's {@code util_format_get_2d_size}). */
    public long size2d(long stride, long rows) {
        return blocksY(rows) * stride;
    }
}
