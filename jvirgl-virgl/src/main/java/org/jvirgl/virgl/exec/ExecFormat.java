package org.jvirgl.virgl.exec;

/**
 * How a VIRGL_FORMAT lives on the host, as the executor needs it for views and surfaces.
 *
 * @param glInternalFormat sized GL internal format (0: the host cannot hold this format)
 * @param blockBytes       bytes per texel block (for buffer-texture ranges)
 * @param swizzle          host channel for each guest channel r, g, b, a as PipeSwizzle values
 *                         (identity for native formats; e.g. A8 stored as R8 reads {0,0,0,R})
 * @param glFormat         client pixel format of the guest layout (GL_BGRA for BGRA guests)
 * @param glType           client pixel type of the guest layout
 * @param swapRedBlue      guest pixels must have red and blue exchanged on their way to the host
 *                         (BGRA formats on a GLES host, see {@code GlFormat#swapRedBlue})
 */
public record ExecFormat(int glInternalFormat, int blockBytes, int[] swizzle, int glFormat, int glType,
        boolean swapRedBlue) {

    public ExecFormat(int glInternalFormat, int blockBytes, int[] swizzle) {
        this(glInternalFormat, blockBytes, swizzle, 0, 0, false);
    }

    public ExecFormat(int glInternalFormat, int blockBytes, int[] swizzle, int glFormat, int glType) {
        this(glInternalFormat, blockBytes, swizzle, glFormat, glType, false);
    }

    public static final int[] IDENTITY = {0, 1, 2, 3};

    public boolean supported() {
        return glInternalFormat != 0;
    }

    private static final int SWIZZLE_RED = 0;
    private static final int SWIZZLE_ZERO = 4;

    /**
     * An alpha-only guest format stored in the host's red channel (A8 as R8, swizzle 000R):
     * rendering into it must move alpha to red.
     */
    public boolean alphaInRed() {
        return swizzle != null && swizzle.length == 4 && swizzle[0] == SWIZZLE_ZERO && swizzle[1] == SWIZZLE_ZERO
            && swizzle[2] == SWIZZLE_ZERO && swizzle[3] == SWIZZLE_RED;
    }
}
