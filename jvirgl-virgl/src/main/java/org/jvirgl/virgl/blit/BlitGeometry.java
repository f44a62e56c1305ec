package org.jvirgl.virgl.blit;

import org.jvirgl.wire.state.PipeBox;

/**
 * Where a Gallium blit box lands in GL: the rows of a {@code VIRGL_RESOURCE_Y_0_TOP} resource are
 * stored top-down, so its box is turned upside down (a blit between a Y_0_TOP and a normal
 * resource flips the image, as vrend does); and which layer pairs a box with a signed depth
 * walks (a negative depth mirrors along z like a negative width mirrors along x).
 */
final class BlitGeometry {
    private BlitGeometry() {
    }

    /**
     * The box in GL's bottom-up rows: unchanged for normal resources; for Y_0_TOP ones the rows
     * {@code y .. y+height} of a level {@code levelHeight} high become
     * {@code levelHeight-y .. levelHeight-y-height} (start and end swapped, so the direction flips).
     */
    static PipeBox inGlRows(PipeBox box, boolean y0Top, int levelHeight) {
        if (!y0Top) {
            return box;
        }
        return new PipeBox(box.x(), levelHeight - box.y(), box.z(), box.width(), -box.height(), box.depth());
    }

    /** How many destination layers the blit writes. */
    static int layers(PipeBox dst) {
        return Math.max(Math.abs(dst.depth()), 1);
    }

    /** The {@code i}-th destination layer, walking from the box's start in its direction. */
    static int dstLayer(PipeBox dst, int i) {
        return dst.depth() < 0 ? dst.z() - 1 - i : dst.z() + i;
    }

    /**
     * The source layer sampled for the {@code i}-th destination layer: the one under the centre of
     * that destination layer, mapped through both (signed) depths.
     */
    static int srcLayer(PipeBox src, PipeBox dst, int i) {
        long srcDepth = src.depth() == 0 ? 1 : src.depth();
        long dstDepth = layers(dst);
        // z = src.z + (i + 1/2) * srcDepth / dstDepth, floored; in halves to stay in integers.
        return (int) Math.floorDiv(2L * src.z() * dstDepth + (2L * i + 1) * srcDepth, 2L * dstDepth);
    }
}
