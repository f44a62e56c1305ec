package org.jvirgl.wire.state;

/** One side of a BLIT: resource handle, mip level, {@code VirglFormat} used to read or write, box. */
public record BlitRegion(int resource, int level, int format, PipeBox box) {
}
