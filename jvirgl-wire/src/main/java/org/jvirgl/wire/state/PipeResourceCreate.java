package org.jvirgl.wire.state;

/**
 * PIPE_RESOURCE_CREATE (DRM-native path): describes a resource that a later blob creation
 * with {@code blobId} will instantiate. Target, format and bind use the wire numbering
 * ({@code PipeTexTarget}, {@code VirglFormat}, {@code VirglBind}).
 */
public record PipeResourceCreate(int target, int format, int bind, int width, int height, int depth,
                                 int arraySize, int lastLevel, int nrSamples, int flags, int blobId) {
}
