package org.jvirgl.wire.state;

/** Stride and offset of one plane of a PIPE_RESOURCE_SET_TYPE. */
public record PlaneLayout(int stride, int offset) {
}
