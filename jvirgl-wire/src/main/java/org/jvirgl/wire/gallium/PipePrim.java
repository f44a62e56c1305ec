package org.jvirgl.wire.gallium;

/** Primitive types ({@code PIPE_PRIM_*}) of DRAW_VBO mode and the caps {@code prim_mask}. */
public final class PipePrim {
    public static final int POINTS = 0;
    public static final int LINES = 1;
    public static final int LINE_LOOP = 2;
    public static final int LINE_STRIP = 3;
    public static final int TRIANGLES = 4;
    public static final int TRIANGLE_STRIP = 5;
    public static final int TRIANGLE_FAN = 6;
    public static final int QUADS = 7;
    public static final int QUAD_STRIP = 8;
    public static final int POLYGON = 9;
    public static final int LINES_ADJACENCY = 10;
    public static final int LINE_STRIP_ADJACENCY = 11;
    public static final int TRIANGLES_ADJACENCY = 12;
    public static final int TRIANGLE_STRIP_ADJACENCY = 13;
    public static final int PATCHES = 14;
    public static final int COUNT = 15;

    private static final String[] NAMES = {
        "POINTS", "LINES", "LINE_LOOP", "LINE_STRIP", "TRIANGLES", "TRIANGLE_STRIP", "TRIANGLE_FAN",
        "QUADS", "QUAD_STRIP", "POLYGON", "LINES_ADJACENCY", "LINE_STRIP_ADJACENCY",
        "TRIANGLES_ADJACENCY", "TRIANGLE_STRIP_ADJACENCY", "PATCHES",
    };

    private PipePrim() {
    }

    public static String name(int prim) {
        return Names.of(NAMES, prim);
    }
}
