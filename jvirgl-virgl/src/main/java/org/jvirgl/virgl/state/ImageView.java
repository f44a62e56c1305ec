package org.jvirgl.virgl.state;

/**
 * A shader image binding: what glBindImageTexture needs. {@code ownsTexture} marks a buffer
 * texture made for a buffer image, freed when the binding is replaced.
 */
public record ImageView(int texture, int level, boolean layered, int layer, int glAccess, int glFormat,
                        boolean ownsTexture) {
}
