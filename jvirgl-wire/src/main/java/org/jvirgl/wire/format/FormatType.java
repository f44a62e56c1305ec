package org.jvirgl.wire.format;

/**
 * The broad numeric kind of a format, what an executor needs to pick a GL type class and a
 * transfer path.
 */
public enum FormatType {
    /** VIRGL_FORMAT_NONE. */
    NONE,
    UNORM,
    SNORM,
    /** Pure unsigned integer (GL *UI formats). */
    UINT,
    /** Pure signed integer (GL *I formats). */
    SINT,
    /** Unsigned integer converted to float without normalisation (vertex formats). */
    USCALED,
    SSCALED,
    /** 16.16 fixed point (vertex formats). */
    FIXED,
    FLOAT,
    /** sRGB-encoded unorm colour. */
    SRGB,
    DEPTH,
    STENCIL,
    DEPTH_STENCIL,
    /** A block-compressed colour family (see {@link FormatDesc#layout()}). */
    COMPRESSED,
    YUV
}
