package org.jvirgl.virgl.state;

/**
 * A shader image binding: what glBindImageTexture needs. A buffer image carries the
 * {@link BufferRange} its buffer texture was made for; the binding owns that texture and frees
 * it when replaced by something else.
 */
public record ImageView(int texture, int level, boolean layered, int layer, int glAccess, int glFormat,
                        BufferRange buffer) {

    /** The buffer span a buffer image's texture shows; {@code resource} is the resource object itself. */
    public record BufferRange(Object resource, long offset, long size) {
    }

    public boolean ownsTexture() {
        return buffer != null;
    }

    /** Whether this buffer image already shows {@code range} as {@code glFormat} with {@code glAccess}. */
    public boolean shows(BufferRange range, int glFormat, int glAccess) {
        return range.equals(buffer) && this.glFormat == glFormat && this.glAccess == glAccess;
    }
}
