package org.jvirgl.virgl.format;

/**
 * How one {@code VIRGL_FORMAT_*} lives on the host GL, and what the host can do with it (the
 * probe's answer). A row of vrend's {@code tex_conv_table}.
 *
 * @param virglFormat    the guest format value
 * @param name           its upstream name without {@code VIRGL_FORMAT_}
 * @param internalFormat the GL internal (storage) format
 * @param format         the client pixel format for transfers ({@code GL_BGRA} for BGRA guests);
 *                       for compressed formats the internal format is used instead
 * @param type           the client pixel type
 * @param swizzle        what sampling must apply to read the guest's channels (identity if none)
 * @param emulated       stored as a different host format (A8 as R8 …): rendering needs care
 * @param compressed     a block-compressed format (transfers go through the compressed calls)
 * @param blockWidth     block width in pixels (1 for plain formats)
 * @param blockHeight    block height in pixels
 * @param blockBytes     bytes per block (per pixel for plain formats)
 * @param depth          has a depth channel
 * @param stencil        has a stencil channel
 * @param sampler        the host can create and sample it
 * @param render         colour-renderable (FBO-complete as a colour attachment)
 * @param depthStencil   depth/stencil-renderable
 * @param readback       the host can read it back into guest memory
 * @param multisample    multisample textures of it can be made
 * @param swapRedBlue    the storage keeps the guest's red and blue exchanged relative to the
 *                       client format: transfers in both directions must swap each pixel's red
 *                       and blue channels (bytes 0 and 2 of a BGRA8 pixel, the outer 10-bit
 *                       fields of a BGR10A2 one). Only GLES hosts have such formats: ES cannot
 *                       convert BGRA client data into RGBA storage
 */
public record GlFormat(int virglFormat, String name, int internalFormat, int format, int type,
        Swizzle swizzle, boolean emulated, boolean compressed, int blockWidth, int blockHeight,
        int blockBytes, boolean depth, boolean stencil, boolean sampler, boolean render,
        boolean depthStencil, boolean readback, boolean multisample, boolean swapRedBlue) {

    public boolean isDepthOrStencil() {
        return depth || stencil;
    }

    /** Sampling needs a texture swizzle (X formats, emulated formats). */
    public boolean needsSwizzle() {
        return !swizzle.isIdentity();
    }

    /** Bytes of one row of blocks covering {@code width} pixels. */
    public long stride(long width) {
        return (width + blockWidth - 1) / blockWidth * blockBytes;
    }

    /** Rows of blocks covering {@code height} pixels. */
    public long blockRows(long height) {
        return (height + blockHeight - 1) / blockHeight;
    }
}
