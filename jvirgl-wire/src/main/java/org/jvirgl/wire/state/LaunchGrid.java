package org.jvirgl.wire.state;

/**
 * LAUNCH_GRID: a compute dispatch. When {@code indirectResource} is non-zero the grid size is
 * read from that buffer at {@code indirectOffset} instead of the grid fields.
 */
public record LaunchGrid(int blockX, int blockY, int blockZ, int gridX, int gridY, int gridZ,
                         int indirectResource, int indirectOffset) {
}
