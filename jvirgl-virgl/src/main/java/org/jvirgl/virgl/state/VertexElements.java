package org.jvirgl.virgl.state;

import java.util.List;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.state.VertexElement;

/**
 * A VERTEX_ELEMENTS object with formats already resolved, and the GL vertex array that holds
 * those formats (made at its first draw), so that switching between vertex-element objects
 * is one VAO bind, as in upstream, instead of re-specifying every attribute. The integer
 * masks feed the vertex-shader key (pitfall 26: TGSI inputs are untyped, so the shader must
 * be told which attributes are pure integers).
 */
public final class VertexElements implements GuestObject {

    /** One attribute: where it reads from and how. */
    public record Element(int srcOffset, int instanceDivisor, int bufferIndex, VertexFormat format) {
    }

    private final Element[] elements;
    private final int uintMask;
    private final int sintMask;
    private final VertexArray array;
    private boolean released;

    private VertexElements(Element[] elements, int uintMask, int sintMask, GlNames names) {
        this.elements = elements;
        this.uintMask = uintMask;
        this.sintMask = sintMask;
        this.array = new VertexArray(names);
    }

    /**
     * Resolves the formats; null when one is not a vertex format (the caller refuses it).
     * {@code names} is the share group's deletion epoch, which the object's VAO consults.
     */
    public static VertexElements of(List<VertexElement> list, GlNames names) {
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
        return new VertexElements(out, uint, sint, names);
    }

    /** The attributes in attribute order (shared, never modified). */
    public Element[] elements() {
        return elements;
    }

    public int uintMask() {
        return uintMask;
    }

    public int sintMask() {
        return sintMask;
    }

    /**
     * This object's own vertex array; null once the object was destroyed (a guest may keep
     * drawing with a destroyed but still bound object: the sub-context's spare array serves then).
     */
    VertexArray array() {
        return released ? null : array;
    }

    @Override
    public int objectType() {
        return VirglObjectType.VERTEX_ELEMENTS;
    }

    @Override
    public void release(GlNames names) {
        released = true;
        array.delete();
    }
}
