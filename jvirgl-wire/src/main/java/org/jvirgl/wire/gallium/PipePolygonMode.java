package org.jvirgl.wire.gallium;

/** Polygon fill modes ({@code PIPE_POLYGON_MODE_*}) and cull faces ({@code PIPE_FACE_*}). */
public final class PipePolygonMode {
    public static final int FILL = 0;
    public static final int LINE = 1;
    public static final int POINT = 2;

    public static final int FACE_NONE = 0;
    public static final int FACE_FRONT = 1;
    public static final int FACE_BACK = 2;
    public static final int FACE_FRONT_AND_BACK = 3;

    private static final String[] MODES = {"FILL", "LINE", "POINT"};
    private static final String[] FACES = {"NONE", "FRONT", "BACK", "FRONT_AND_BACK"};

    private PipePolygonMode() {
    }

    public static String name(int mode) {
        return Names.of(MODES, mode);
    }

    public static String faceName(int face) {
        return Names.of(FACES, face);
    }
}
