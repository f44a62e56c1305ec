package org.jvirgl.api;

/**
 * {@code virgl_renderer_resource_get_info(_ext)}. For untyped (blob) resources only
 * {@code handle} and {@code fd} are meaningful. {@code texId} is the host GL texture name (0 if
 * none); {@code stride} is the level-0 row pitch in bytes.
 */
public record ResourceInfo(int handle, int virglFormat, int width, int height, int depth, int flags,
        int texId, int stride, int fd, int drmFourcc, boolean hasDmabufExport) {
}
