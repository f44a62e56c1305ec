package org.jvirgl.shader.tgsi;

/** One {@code PROPERTY} line; enumerated values are stored as their Gallium numbers. */
public record Property(PropertyName name, int value) {
    public Property {
        if (name == null) {
            throw new IllegalArgumentException("property without name");
        }
    }
}
