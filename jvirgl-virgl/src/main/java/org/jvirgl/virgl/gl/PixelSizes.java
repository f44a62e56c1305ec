package org.jvirgl.virgl.gl;

import static org.lwjgl.opengl.GL45C.*;

/**
 * Sizes of client pixel images under the current pixel-store state, for the ES forms that
 * split one layered transfer into per-layer calls and must step the client pointer.
 */
final class PixelSizes {

    private PixelSizes() {
    }

    /** Bytes of one {@code width}×{@code height} image read from client memory (unpack state). */
    static long unpackImageBytes(int format, int type, int width, int height) {
        int rowLength = glGetInteger(GL_UNPACK_ROW_LENGTH);
        int imageHeight = glGetInteger(GL_UNPACK_IMAGE_HEIGHT);
        int alignment = glGetInteger(GL_UNPACK_ALIGNMENT);
        return imageBytes(format, type, rowLength > 0 ? rowLength : width, imageHeight > 0 ? imageHeight : height,
                alignment);
    }

    /** Bytes of one image written to client memory (pack state; ES has no pack image height). */
    static long packImageBytes(int format, int type, int width, int height) {
        int rowLength = glGetInteger(GL_PACK_ROW_LENGTH);
        int alignment = glGetInteger(GL_PACK_ALIGNMENT);
        return imageBytes(format, type, rowLength > 0 ? rowLength : width, height, alignment);
    }

    static long imageBytes(int format, int type, int rowPixels, int rows, int alignment) {
        long rowBytes = (long) rowPixels * bytesPerPixel(format, type);
        int a = Math.max(alignment, 1);
        rowBytes = (rowBytes + a - 1) / a * a;
        return rowBytes * rows;
    }

    /** Bytes per pixel of a client format/type pair. */
    static int bytesPerPixel(int format, int type) {
        int packed = switch (type) {
            case GL_UNSIGNED_SHORT_5_6_5, GL_UNSIGNED_SHORT_4_4_4_4, GL_UNSIGNED_SHORT_5_5_5_1,
                 GL_UNSIGNED_SHORT_5_6_5_REV, GL_UNSIGNED_SHORT_4_4_4_4_REV, GL_UNSIGNED_SHORT_1_5_5_5_REV -> 2;
            case GL_UNSIGNED_INT_2_10_10_10_REV, GL_UNSIGNED_INT_10F_11F_11F_REV, GL_UNSIGNED_INT_5_9_9_9_REV,
                 GL_UNSIGNED_INT_24_8, GL_UNSIGNED_INT_10_10_10_2, GL_UNSIGNED_INT_8_8_8_8,
                 GL_UNSIGNED_INT_8_8_8_8_REV -> 4;
            case GL_FLOAT_32_UNSIGNED_INT_24_8_REV -> 8;
            default -> 0;
        };
        if (packed != 0) {
            return packed;
        }
        int component = switch (type) {
            case GL_UNSIGNED_BYTE, GL_BYTE -> 1;
            case GL_UNSIGNED_SHORT, GL_SHORT, GL_HALF_FLOAT -> 2;
            default -> 4;
        };
        return component * components(format);
    }

    private static int components(int format) {
        return switch (format) {
            case GL_RG, GL_RG_INTEGER, GL_DEPTH_STENCIL -> 2;
            case GL_RGB, GL_BGR, GL_RGB_INTEGER, GL_BGR_INTEGER -> 3;
            case GL_RGBA, GL_BGRA, GL_RGBA_INTEGER, GL_BGRA_INTEGER -> 4;
            default -> 1;
        };
    }
}
