package org.jvirgl.shader.tgsi;

/** A Gallium primitive type ({@code PIPE_PRIM_*}), used by geometry/tessellation properties. */
public enum Primitive implements NamedValues.Named {
    POINTS(1), LINES(2), LINE_LOOP(2), LINE_STRIP(2), TRIANGLES(3), TRIANGLE_STRIP(3),
    TRIANGLE_FAN(3), QUADS(4), QUAD_STRIP(4), POLYGON(0), LINES_ADJACENCY(4),
    LINE_STRIP_ADJACENCY(4), TRIANGLES_ADJACENCY(6), TRIANGLE_STRIP_ADJACENCY(6), PATCHES(0);

    private static final NamedValues<Primitive> NAMES = NamedValues.of(Primitive.class);

    private final int verticesPerPrimitive;

    Primitive(int verticesPerPrimitive) {
        this.verticesPerPrimitive = verticesPerPrimitive;
    }

    @Override
    public String tgsiName() {
        return name();
    }

    /** Vertices a geometry shader sees per input primitive (0 when not fixed). */
    public int verticesPerPrimitive() {
        return verticesPerPrimitive;
    }

    /** The primitive with Gallium number {@code value}, or null. */
    public static Primitive fromValue(int value) {
        Primitive[] all = values();
        return value >= 0 && value < all.length ? all[value] : null;
    }

    static Primitive lookup(String name) {
        return NAMES.lookup(name);
    }
}
