package org.jvirgl.wire.state;

/** A Gallium {@code pipe_box}: origin and extent in texels (or bytes for buffers). */
public record PipeBox(int x, int y, int z, int width, int height, int depth) {
}
