package org.jvirgl.shader.tgsi;

/** A texture target ({@code TGSI_TEXTURE_*}). */
public enum TextureTarget implements NamedValues.Named {
    BUFFER("BUFFER", 1, false, false),
    TEX_1D("1D", 1, false, false),
    TEX_2D("2D", 2, false, false),
    TEX_3D("3D", 3, false, false),
    CUBE("CUBE", 3, false, false),
    RECT("RECT", 2, false, false),
    SHADOW_1D("SHADOW1D", 1, true, false),
    SHADOW_2D("SHADOW2D", 2, true, false),
    SHADOW_RECT("SHADOWRECT", 2, true, false),
    TEX_1D_ARRAY("1D_ARRAY", 1, false, true),
    TEX_2D_ARRAY("2D_ARRAY", 2, false, true),
    SHADOW_1D_ARRAY("SHADOW1D_ARRAY", 1, true, true),
    SHADOW_2D_ARRAY("SHADOW2D_ARRAY", 2, true, true),
    SHADOW_CUBE("SHADOWCUBE", 3, true, false),
    TEX_2D_MSAA("2D_MSAA", 2, false, false),
    TEX_2D_ARRAY_MSAA("2D_ARRAY_MSAA", 2, false, true),
    CUBE_ARRAY("CUBEARRAY", 3, false, true),
    SHADOW_CUBE_ARRAY("SHADOWCUBEARRAY", 3, true, true),
    UNKNOWN("UNKNOWN", 0, false, false);

    private static final NamedValues<TextureTarget> NAMES = NamedValues.of(TextureTarget.class);

    private final String tgsiName;
    private final int coordinateDims;
    private final boolean shadow;
    private final boolean array;

    TextureTarget(String tgsiName, int coordinateDims, boolean shadow, boolean array) {
        this.tgsiName = tgsiName;
        this.coordinateDims = coordinateDims;
        this.shadow = shadow;
        this.array = array;
    }

    @Override
    public String tgsiName() {
        return tgsiName;
    }

    /** Spatial coordinate components, without the array layer or shadow reference. */
    public int coordinateDims() {
        return coordinateDims;
    }

    public boolean isShadow() {
        return shadow;
    }

    public boolean isArray() {
        return array;
    }

    public boolean isMultisample() {
        return this == TEX_2D_MSAA || this == TEX_2D_ARRAY_MSAA;
    }

    public boolean isCube() {
        return this == CUBE || this == SHADOW_CUBE || this == CUBE_ARRAY || this == SHADOW_CUBE_ARRAY;
    }

    /** The same target without the shadow comparison. */
    public TextureTarget withoutShadow() {
        return switch (this) {
            case SHADOW_1D -> TEX_1D;
            case SHADOW_2D -> TEX_2D;
            case SHADOW_RECT -> RECT;
            case SHADOW_1D_ARRAY -> TEX_1D_ARRAY;
            case SHADOW_2D_ARRAY -> TEX_2D_ARRAY;
            case SHADOW_CUBE -> CUBE;
            case SHADOW_CUBE_ARRAY -> CUBE_ARRAY;
            default -> this;
        };
    }

    static TextureTarget lookup(String name) {
        return NAMES.lookup(name);
    }
}
