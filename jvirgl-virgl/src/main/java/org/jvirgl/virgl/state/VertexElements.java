package org.jvirgl.virgl.state;

import org.jvirgl.wire.VirglObjectType;
import java.util.List;
import org.jvirgl.wire.state.VertexElement;

/**
 * A VERTEX_ELEMENTS object with formats already resolved. The integer masks feed the
 * vertex-shader key (pitfall 26: TGSI inputs are untyped, so the shader must be told which
 * attributes are pure integers).
 */
public record VertexElements(Element[] elements, int uintMask, int sintMask) implements GuestObject {

    /** One attribute: where it reads from and how. */
    public record Element(int srcOffset, int instanceDivisor, int bufferIndex, VertexFormat format) {
    }

    /** Resolves the formats; null when one is not a vertex format (the caller refuses it). */
    public static VertexElements of(List<VertexElement> list) {
        Element[] out = new Element[list.size()];
        int uint = 0;
        int sint = 0;
        for (int i = 0; i < out.length; i++) {
            VertexElement e = list.get(i);
            VertexFormat format = VertexFormat.of(e.srcFormat());
            if (format == null || e.srcOffset() < 0) {
                return null;
            }
            out[i] = new Element(e.srcOffset(), e.instanceDivisor(), e.vertexBufferIndex(), format);
            if (format.kind() == VertexFormat.Kind.UINT) {
                uint |= 1 << i;
            } else if (format.kind() == VertexFormat.Kind.SINT) {
                sint |= 1 << i;
            }
        }
        return new VertexElements(out, uint, sint);
    }

    @Override
    public int objectType() {
        return VirglObjectType.VERTEX_ELEMENTS;
    }
}
