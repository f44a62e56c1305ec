package org.jvirgl.wire;

/**
 * SET_SHADER_IMAGES payload: image views for slots {@code startSlot() + i}. The two range
 * words read as layers/level for textures and offset/size (bytes) for buffers.
 */
public final class ImageBindings extends CommandView {

    ImageBindings() {
    }

    public int startSlot() { return dword(2); }
    public int count() { return (length() - 2) / 5; }
    /** A {@code VirglFormat} value. */
    public int format(int i) { return dword(base(i)); }
    /** {@code PIPE_IMAGE_ACCESS_*} bits: READ = 1, WRITE = 2. */
    public int access(int i) { return dword(base(i) + 1); }
    /** Textures: first_layer | last_layer &lt;&lt; 16; buffers: byte offset. */
    public int layerOrOffset(int i) { return dword(base(i) + 2); }
    /** Textures: mip level; buffers: byte size. */
    public int levelOrSize(int i) { return dword(base(i) + 3); }
    public int resource(int i) { return dword(base(i) + 4); }
    public int firstLayer(int i) { return layerOrOffset(i) & 0xffff; }
    public int lastLayer(int i) { return layerOrOffset(i) >>> 16; }

    private int base(int i) {
        return 3 + 5 * java.util.Objects.checkIndex(i, count());
    }
}
