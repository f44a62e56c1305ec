package org.jvirgl.wire;

/**
 * DRAW_VBO arguments ({@code pipe_draw_info}), read in place. 12 payload dwords for a plain
 * draw, 14 with tessellation fields, 20 with indirect-draw fields; the extra getters return
 * 0 when their part is absent.
 */
public final class DrawInfo extends CommandView {
    public static final int SIZE = 12;
    public static final int SIZE_TESS = 14;
    public static final int SIZE_INDIRECT = 20;

    DrawInfo() {
    }

    public int start() { return dword(1); }
    public int count() { return dword(2); }
    /** A {@code PipePrim} value. */
    public int mode() { return dword(3); }
    public boolean indexed() { return dword(4) != 0; }
    public int instanceCount() { return dword(5); }
    public int indexBias() { return dword(6); }
    public int startInstance() { return dword(7); }
    public boolean primitiveRestart() { return dword(8) != 0; }
    public int restartIndex() { return dword(9); }
    public int minIndex() { return dword(10); }
    /** Mesa sends ~0 when unknown. */
    public int maxIndex() { return dword(11); }
    /**
     * Non-zero: draw that many vertices from 0 as recorded by stream output (Mesa puts the
     * target's buffer size here); the executor should use the SO target's own count.
     */
    public int countFromStreamOutput() { return dword(12); }

    public boolean hasTessellationFields() { return length() >= SIZE_TESS; }
    public int verticesPerPatch() { return hasTessellationFields() ? dword(13) : 0; }
    public int drawId() { return hasTessellationFields() ? dword(14) : 0; }

    public boolean isIndirect() { return length() == SIZE_INDIRECT; }
    /** Resource holding the indirect draw arguments, 0 for a direct draw. */
    public int indirectResource() { return isIndirect() ? dword(15) : 0; }
    public int indirectOffset() { return isIndirect() ? dword(16) : 0; }
    public int indirectStride() { return isIndirect() ? dword(17) : 0; }
    public int indirectDrawCount() { return isIndirect() ? dword(18) : 0; }
    public int indirectDrawCountOffset() { return isIndirect() ? dword(19) : 0; }
    public int indirectDrawCountResource() { return isIndirect() ? dword(20) : 0; }

    /** Number of payload dwords (12, 14 or 20). */
    public int payloadDwords() { return length(); }
}
