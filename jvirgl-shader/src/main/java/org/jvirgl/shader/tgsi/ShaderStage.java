package org.jvirgl.shader.tgsi;

/**
 * A pipeline stage. {@link #wireId()} is the Gallium {@code PIPE_SHADER_*} number used on
 * the VirGL wire (VS, FS, GS, TCS, TES, CS); {@link #tgsiName()} is the TGSI text header.
 */
public enum ShaderStage implements NamedValues.Named {
    VERTEX("VERT", "vs", 0),
    FRAGMENT("FRAG", "fs", 1),
    GEOMETRY("GEOM", "gs", 2),
    TESS_CTRL("TESS_CTRL", "tc", 3),
    TESS_EVAL("TESS_EVAL", "te", 4),
    COMPUTE("COMP", "cs", 5);

    private static final NamedValues<ShaderStage> NAMES = NamedValues.of(ShaderStage.class);
    private static final ShaderStage[] BY_WIRE = {VERTEX, FRAGMENT, GEOMETRY, TESS_CTRL, TESS_EVAL, COMPUTE};

    private final String tgsiName;
    private final String glslPrefix;
    private final int wireId;

    ShaderStage(String tgsiName, String glslPrefix, int wireId) {
        this.tgsiName = tgsiName;
        this.glslPrefix = glslPrefix;
        this.wireId = wireId;
    }

    @Override
    public String tgsiName() {
        return tgsiName;
    }

    /** Two-letter prefix of every GLSL name this stage declares (vs, fs, gs, tc, te, cs). */
    public String glslPrefix() {
        return glslPrefix;
    }

    public int wireId() {
        return wireId;
    }

    /** The stage with wire number {@code id}, or null when out of range. */
    public static ShaderStage fromWireId(int id) {
        return id >= 0 && id < BY_WIRE.length ? BY_WIRE[id] : null;
    }

    static ShaderStage lookup(String name) {
        return NAMES.lookup(name);
    }
}
