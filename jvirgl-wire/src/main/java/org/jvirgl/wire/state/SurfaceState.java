package org.jvirgl.wire.state;

/**
 * A guest surface (render-target or depth view). Texture or buffer reading of the two range
 * words depends on the resource target, as for {@link SamplerViewState}.
 *
 * @param resource    resource handle
 * @param format      a {@code VirglFormat} value
 * @param range0      textures: mip level; buffers: first element
 * @param range1      textures: first_layer | last_layer &lt;&lt; 16; buffers: last element
 * @param sampleCount 0 for SURFACE; for MSAA_SURFACE the requested implicit sample count
 */
public record SurfaceState(int resource, int format, int range0, int range1, int sampleCount) {

    public int level() { return range0; }
    public int firstLayer() { return range1 & 0xffff; }
    public int lastLayer() { return range1 >>> 16; }
    public int firstElement() { return range0; }
    public int lastElement() { return range1; }
}
