package org.jvirgl.wire.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jvirgl.wire.gallium.PipeTexTarget;

/**
 * How a guest lays a resource out in its backing memory (Mesa's
 * {@code virgl_resource_layout}): levels one after another, each holding its slices (6 for
 * cubes, the minified depth for 3D, the array size otherwise) of {@code layerStride} bytes,
 * rows tightly packed, no alignment padding. Multisampled resources have no guest storage.
 *
 * <p>This is where a TRANSFER3D with stride 0 or an offset is interpreted, and the size a
 * vtest v2 shared-memory backing must have.
 *
 * @param levels    per mip level facts, level 0 first
 * @param totalSize bytes of guest backing (0 for multisampled resources)
 */
public record GuestLayout(List<Level> levels, long totalSize) {

    /** Mip levels a layout can have (texture sizes are below 2^32). */
    public static final int MAX_LEVELS = 32;

    /**
     * One mip level.
     *
     * @param width       minified width in texels
     * @param height      minified height (1 for 1D / buffers)
     * @param depth       minified depth (3D only, else 1)
     * @param slices      layers stored for this level
     * @param stride      bytes per row of blocks
     * @param layerStride bytes per slice
     * @param offset      byte offset of the level's first slice
     */
    public record Level(long width, long height, long depth, long slices, long stride, long layerStride, long offset) {
    }

    public GuestLayout {
        levels = List.copyOf(levels);
    }

    /** Level {@code level}'s facts. */
    public Level level(int level) {
        return levels.get(level);
    }

    /**
     * Computes the layout; all integer arguments are taken as unsigned 32-bit guest values.
     * Returns empty when the arguments cannot describe a resource (unknown target, more than
     * {@link #MAX_LEVELS} levels, zero-size format) or the size does not fit in a long.
     */
    public static Optional<GuestLayout> compute(FormatDesc format, int target, int width, int height, int depth,
                                                int arraySize, int lastLevel, int nrSamples) {
        if (target < 0 || target >= PipeTexTarget.COUNT || lastLevel < 0 || lastLevel >= MAX_LEVELS) {
            return Optional.empty();
        }
        long w = Integer.toUnsignedLong(width);
        long h = Integer.toUnsignedLong(height);
        long d = Integer.toUnsignedLong(depth);
        long layers = Integer.toUnsignedLong(arraySize);
        List<Level> levels = new ArrayList<>(lastLevel + 1);
        long offset = 0;
        try {
            for (int level = 0; level <= lastLevel; level++) {
                long slices = switch (target) {
                    case PipeTexTarget.TEXTURE_CUBE -> 6;
                    case PipeTexTarget.TEXTURE_3D -> d;
                    default -> layers;
                };
                long stride = format.stride(w);
                long layerStride = Math.multiplyExact(format.nblocksy(h), stride);
                levels.add(new Level(w, h, d, slices, stride, layerStride, offset));
                offset = Math.addExact(offset, Math.multiplyExact(slices, layerStride));
                w = minify(w);
                h = minify(h);
                d = minify(d);
            }
        } catch (ArithmeticException overflow) {
            return Optional.empty();
        }
        long total = Integer.toUnsignedLong(nrSamples) > 1 ? 0 : offset;
        return Optional.of(new GuestLayout(levels, total));
    }

    /** Gallium's {@code u_minify}: halve, but never below 1. */
    public static long minify(long value) {
        return Math.max(1, value >> 1);
    }
}
