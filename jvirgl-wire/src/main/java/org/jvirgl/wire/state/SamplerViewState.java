package org.jvirgl.wire.state;

/**
 * A guest sampler view. Whether {@code range0}/{@code range1} hold layer/level ranges
 * (textures) or element ranges (buffers) depends on the resource's target, which only the
 * executor knows, so both readings are offered.
 *
 * @param resource resource handle
 * @param format   a {@code VirglFormat} value (bits 0-23 of the format word)
 * @param target   a {@code PipeTexTarget} from bits 24-31, or 0 when the guest left it to the
 *                 resource (hosts without TEXTURE_VIEW); note 0 is also BUFFER
 * @param range0   textures: first_layer | last_layer &lt;&lt; 16; buffers: first element
 * @param range1   textures: first_level | last_level &lt;&lt; 8; buffers: last element
 * @param swizzle  packed 3-bit {@code PipeSwizzle} per channel (r bits 0-2 ... a bits 9-11)
 */
public record SamplerViewState(int resource, int format, int target, int range0, int range1, int swizzle) {

    public int firstLayer() { return range0 & 0xffff; }
    public int lastLayer() { return range0 >>> 16; }
    public int firstLevel() { return range1 & 0xff; }
    public int lastLevel() { return (range1 >>> 8) & 0xff; }
    public int firstElement() { return range0; }
    public int lastElement() { return range1; }
    public int swizzleR() { return swizzle & 0x7; }
    public int swizzleG() { return (swizzle >>> 3) & 0x7; }
    public int swizzleB() { return (swizzle >>> 6) & 0x7; }
    public int swizzleA() { return (swizzle >>> 9) & 0x7; }

    /** The format word of the wire encoding. */
    public int packFormatWord() {
        return (format & 0xffffff) | (target & 0xff) << 24;
    }
}
