package org.jvirgl.shader.tgsi;

/** A {@code PROPERTY} name ({@code TGSI_PROPERTY_*}) and how its value is spelled. */
public enum PropertyName implements NamedValues.Named {
    GS_INPUT_PRIMITIVE(ValueKind.PRIMITIVE),
    GS_OUTPUT_PRIMITIVE(ValueKind.PRIMITIVE),
    GS_MAX_OUTPUT_VERTICES(ValueKind.NUMBER),
    FS_COORD_ORIGIN(ValueKind.COORD_ORIGIN),
    FS_COORD_PIXEL_CENTER(ValueKind.PIXEL_CENTER),
    FS_COLOR0_WRITES_ALL_CBUFS(ValueKind.NUMBER),
    FS_DEPTH_LAYOUT(ValueKind.NUMBER),
    VS_PROHIBIT_UCPS(ValueKind.NUMBER),
    GS_INVOCATIONS(ValueKind.NUMBER),
    VS_WINDOW_SPACE_POSITION(ValueKind.NUMBER),
    TCS_VERTICES_OUT(ValueKind.NUMBER),
    TES_PRIM_MODE(ValueKind.NUMBER),
    TES_SPACING(ValueKind.NUMBER),
    TES_VERTEX_ORDER_CW(ValueKind.NUMBER),
    TES_POINT_MODE(ValueKind.NUMBER),
    NUM_CLIPDIST_ENABLED(ValueKind.NUMBER),
    NUM_CULLDIST_ENABLED(ValueKind.NUMBER),
    FS_EARLY_DEPTH_STENCIL(ValueKind.NUMBER),
    FS_POST_DEPTH_COVERAGE(ValueKind.NUMBER),
    NEXT_SHADER(ValueKind.STAGE),
    CS_FIXED_BLOCK_WIDTH(ValueKind.NUMBER),
    CS_FIXED_BLOCK_HEIGHT(ValueKind.NUMBER),
    CS_FIXED_BLOCK_DEPTH(ValueKind.NUMBER),
    MUL_ZERO_WINS(ValueKind.NUMBER),
    VS_BLIT_SGPRS_AMD(ValueKind.NUMBER),
    CS_USER_DATA_COMPONENTS_AMD(ValueKind.NUMBER),
    LAYER_VIEWPORT_RELATIVE(ValueKind.NUMBER),
    FS_BLEND_EQUATION_ADVANCED(ValueKind.NUMBER),
    SEPARABLE_PROGRAM(ValueKind.NUMBER);

    /** How a property's single value is written in text. */
    public enum ValueKind {
        /** Unsigned decimal. */
        NUMBER,
        /** A {@link Primitive} name; the value is its ordinal. */
        PRIMITIVE,
        /** UPPER_LEFT (0) or LOWER_LEFT (1). */
        COORD_ORIGIN,
        /** HALF_INTEGER (0) or INTEGER (1). */
        PIXEL_CENTER,
        /** A stage header name; the value is its TGSI processor number (FRAG=0, VERT=1...). */
        STAGE
    }

    /** Words for {@link ValueKind#COORD_ORIGIN} values. */
    public static final int ORIGIN_UPPER_LEFT = 0;
    public static final int ORIGIN_LOWER_LEFT = 1;
    /** Words for {@link ValueKind#PIXEL_CENTER} values. */
    public static final int PIXEL_CENTER_HALF_INTEGER = 0;
    public static final int PIXEL_CENTER_INTEGER = 1;

    private static final NamedValues<PropertyName> NAMES = NamedValues.of(PropertyName.class);

    private final ValueKind valueKind;

    PropertyName(ValueKind valueKind) {
        this.valueKind = valueKind;
    }

    @Override
    public String tgsiName() {
        return name();
    }

    public ValueKind valueKind() {
        return valueKind;
    }

    static PropertyName lookup(String name) {
        return NAMES.lookup(name);
    }
}
