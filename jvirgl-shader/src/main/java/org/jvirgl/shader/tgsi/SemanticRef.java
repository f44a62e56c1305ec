package org.jvirgl.shader.tgsi;

/** A semantic name with its index, e.g. {@code GENERIC[3]}. */
public record SemanticRef(Semantic name, int index) {
    public SemanticRef {
        if (name == null || index < 0) {
            throw new IllegalArgumentException("bad semantic " + name + "[" + index + "]");
        }
    }

    @Override
    public String toString() {
        return name.tgsiName() + "[" + index + "]";
    }
}
