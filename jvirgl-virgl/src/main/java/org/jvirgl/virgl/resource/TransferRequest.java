package org.jvirgl.virgl.resource;

import org.jvirgl.api.Box;

/**
 * One transfer between guest memory and a resource level, as the guest describes it
 * ({@code struct vrend_transfer_info}): the box (for buffers x/width are bytes; for non-3D
 * textures z/depth are layers or cube faces), the guest row pitch and layer pitch (0 = the
 * level's own, as Mesa sends), and the byte offset in the guest memory where the box's first
 * block lives.
 */
public record TransferRequest(int level, int stride, int layerStride, Box box, long offset) {
}
