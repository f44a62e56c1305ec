package org.jvirgl.wire.format;

import java.util.List;

/**
 * Layout facts of one {@code VIRGL_FORMAT_*}.
 *
 * @param value       the wire value
 * @param name        the upstream name without the {@code VIRGL_FORMAT_} prefix
 * @param layout      storage family
 * @param blockWidth  texels per block horizontally (1 for uncompressed)
 * @param blockHeight texels per block vertically
 * @param blockBits   bits per block (for planar YUV: one luma sample)
 * @param colorspace  "RGB", "SRGB", "ZS" or "YUV"
 * @param channels    little-endian channel types as in Gallium's tables, e.g. {@code UN8},
 *                    {@code SP16}, {@code F32}, {@code X8} (void); empty for planar YUV
 * @param swizzle     four characters of {@code XYZW01_} mapping channels to R, G, B, A
 *                    (for depth/stencil formats: depth, stencil)
 */
public record FormatDesc(int value, String name, FormatLayout layout, int blockWidth, int blockHeight,
                         int blockBits, String colorspace, List<String> channels, String swizzle) {

    public FormatDesc {
        channels = List.copyOf(channels);
        if (blockWidth < 1 || blockHeight < 1 || blockBits < 1 || swizzle.length() != 4) {
            throw new IllegalArgumentException("bad format facts for " + name);
        }
    }

    /** Bytes per block (at least 1: R1_UNORM packs 8 texels in one byte block). */
    public int blockBytes() {
        return Math.max(1, blockBits / 8);
    }

    public boolean isCompressed() {
        return layout.isCompressed();
    }

    public boolean isDepthOrStencil() {
        return colorspace.equals("ZS");
    }

    /** Whether the format has a depth component (swizzle slot 0 is a channel). */
    public boolean hasDepth() {
        return isDepthOrStencil() && swizzle.charAt(0) != '_';
    }

    /** Whether the format has a stencil component (swizzle slot 1 is a channel). */
    public boolean hasStencil() {
        return isDepthOrStencil() && swizzle.charAt(1) != '_';
    }

    public boolean isSrgb() {
        return colorspace.equals("SRGB");
    }

    public boolean isYuv() {
        return colorspace.equals("YUV");
    }

    /** Number of non-void channels. */
    public int channelCount() {
        int n = 0;
        for (String c : channels) {
            if (!c.startsWith("X")) {
                n++;
            }
        }
        return n;
    }

    /** Whether every colour channel is a pure (non-normalised) integer. */
    public boolean isPureInteger() {
        FormatType t = type();
        return t == FormatType.UINT || t == FormatType.SINT;
    }

    /** Whether the swizzle gives the alpha channel a stored value (not constant 1). */
    public boolean hasAlpha() {
        char a = swizzle.charAt(3);
        return !isDepthOrStencil() && a != '1' && a != '_';
    }

    /** The numeric kind, decided from colour space, layout and the first non-void channel. */
    public FormatType type() {
        if (value == 0) {
            return FormatType.NONE;
        }
        if (isDepthOrStencil()) {
            return hasDepth() && hasStencil() ? FormatType.DEPTH_STENCIL
                    : hasDepth() ? FormatType.DEPTH : FormatType.STENCIL;
        }
        if (isYuv()) {
            return FormatType.YUV;
        }
        if (isSrgb()) {
            return FormatType.SRGB;
        }
        if (isCompressed()) {
            return FormatType.COMPRESSED;
        }
        for (String c : channels) {
            if (!c.startsWith("X")) {
                return typeOfChannel(c);
            }
        }
        // Only void channels: packed "other" formats such as R1_UNORM, named by their suffix.
        return name.endsWith("_FLOAT") ? FormatType.FLOAT : FormatType.UNORM;
    }

    private static FormatType typeOfChannel(String c) {
        if (c.startsWith("UN")) {
            return FormatType.UNORM;
        } else if (c.startsWith("SN")) {
            return FormatType.SNORM;
        } else if (c.startsWith("UP")) {
            return FormatType.UINT;
        } else if (c.startsWith("SP")) {
            return FormatType.SINT;
        } else if (c.startsWith("F")) {
            return FormatType.FLOAT;
        } else if (c.startsWith("H")) {
            return FormatType.FIXED;
        } else if (c.startsWith("U")) {
            return FormatType.USCALED;
        } else if (c.startsWith("S")) {
            return FormatType.SSCALED;
        }
        return FormatType.UNORM;
    }

    /** Blocks needed to cover {@code width} texels ({@code util_format_get_nblocksx}). */
    public long nblocksx(long width) {
        return (width + blockWidth - 1) / blockWidth;
    }

    /** Blocks needed to cover {@code height} texel rows ({@code util_format_get_nblocksy}). */
    public long nblocksy(long height) {
        return (height + blockHeight - 1) / blockHeight;
    }

    /** Bytes of one row of blocks covering {@code width} texels ({@code util_format_get_stride}). */
    public long stride(long width) {
        return nblocksx(width) * blockBytes();
    }
}
