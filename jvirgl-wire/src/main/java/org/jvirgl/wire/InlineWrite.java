package org.jvirgl.wire;

/** RESOURCE_INLINE_WRITE: upload a box whose texels follow inline (from payload dword 12). */
public final class InlineWrite extends TransferBox {
    public static final int MIN_SIZE = 12;
    private final IntSeq data = new IntSeq();

    InlineWrite() {
    }

    /** The inline data (at least one dword), laid out with {@link #stride()} / {@link #layerStride()}. */
    public IntSeq data() {
        return data.wrap(segment(), byteOffsetOf(12), length() - 11);
    }
}
