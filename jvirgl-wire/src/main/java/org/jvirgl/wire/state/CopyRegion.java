package org.jvirgl.wire.state;

/** RESOURCE_COPY_REGION: copy {@code srcBox} of a source level to (dstX, dstY, dstZ) of a destination level. */
public record CopyRegion(int dstResource, int dstLevel, int dstX, int dstY, int dstZ,
                         int srcResource, int srcLevel, PipeBox srcBox) {
}
