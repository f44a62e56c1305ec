package org.jvirgl.wire.format;

/** How a format's texels are stored (Gallium's {@code util_format_layout}). */
public enum FormatLayout {
    /** Uncompressed, one block per texel, channels of the listed sizes. */
    PLAIN,
    /** Packed or special uncompressed formats (R11G11B10_FLOAT, R9G9B9E5, R1 ...). */
    OTHER,
    S3TC,
    RGTC,
    ETC,
    BPTC,
    ASTC,
    /** Packed YUV with horizontal subsampling (UYVY, YUYV ...): 2x1 blocks. */
    SUBSAMPLED,
    /** Two-plane YUV (NV12, P010 ...); block facts describe plane 0. */
    PLANAR2,
    /** Three-plane YUV (YV12, IYUV ...); block facts describe plane 0. */
    PLANAR3;

    /** Whether blocks hold more than one texel (block-compressed families). */
    public boolean isCompressed() {
        return switch (this) {
            case S3TC, RGTC, ETC, BPTC, ASTC -> true;
            case PLAIN, OTHER, SUBSAMPLED, PLANAR2, PLANAR3 -> false;
        };
    }

    static FormatLayout parse(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
