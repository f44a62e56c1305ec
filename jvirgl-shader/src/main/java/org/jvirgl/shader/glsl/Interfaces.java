package org.jvirgl.shader.glsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.InterpLocation;
import org.jvirgl.shader.tgsi.Interpolation;
import org.jvirgl.shader.tgsi.Semantic;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;

/**
 * Maps TGSI inputs and outputs onto GLSL varyings and built-ins (naming rules in
 * {@link TranslatedShader}) and emits their declarations, the input-loading prologue and the
 * {@code store_outputs()} function that copies the OUT registers to the real outputs.
 */
final class Interfaces {
    private final TranslationContext ctx;
    /** Input varyings actually referenced, by GLSL name. */
    private final Map<String, InVarying> inVaryings = new LinkedHashMap<>();
    private final List<SemanticRef> inputSemantics = new ArrayList<>();
    private final Map<SemanticRef, String> inputInterpolation = new LinkedHashMap<>();
    private boolean needsIndirectLoader;

    private record InVarying(String name, SemanticRef semantic, Declaration decl, boolean perVertex, boolean patch,
                             String location) {
    }

    Interfaces(TranslationContext ctx) {
        this.ctx = ctx;
    }

    List<SemanticRef> inputSemantics() {
        return inputSemantics;
    }

    /** FS: the qualifiers each input varying was declared with (filled by {@link #declareInputs}). */
    Map<SemanticRef, String> inputInterpolation() {
        return inputInterpolation;
    }

    static SemanticRef semanticOf(Declaration d, int reg) {
        if (d == null || d.semantic() == null) {
            return null;
        }
        SemanticRef s = d.semantic();
        return new SemanticRef(s.name(), s.index() + (reg - d.first()));
    }

    private Declaration inputDecl(int reg) throws ShaderTranslationException {
        Declaration d = ctx.scan.inputDecls.get(reg);
        ShaderScan.check(d != null, "IN[" + reg + "] is not declared");
        return d;
    }

    /** A per-vertex input {@code IN[vertex][reg]} of a GS, TCS or TES. */
    Stored perVertexInput(int reg, String vertex) throws ShaderTranslationException {
        Declaration d = inputDecl(reg);
        SemanticRef s = semanticOf(d, reg);
        ShaderScan.check(s != null, "per-vertex input without semantic");
        String v = "gl_in[" + vertex + "]";
        return switch (s.name()) {
            case POSITION -> new Stored(v + ".gl_Position", GType.FLOAT);
            case PSIZE -> {
                ctx.need(ctx.stage == ShaderStage.GEOMETRY ? EsFeature.GEOMETRY_POINT_SIZE : EsFeature.TESSELLATION_POINT_SIZE);
                yield new Stored("vec4(" + v + ".gl_PointSize, 0.0, 0.0, 0.0)", GType.FLOAT);
            }
            case CLIPDIST -> {
                ctx.need(EsFeature.CLIP_CULL_DISTANCE);
                yield new Stored(clipVector(v + ".gl_ClipDistance", s.index()), GType.FLOAT);
            }
            default -> {
                String name = varying(d, s, true, false);
                yield new Stored(name == null ? "vec4(0.0)" : name + "[" + vertex + "]", GType.FLOAT);
            }
        };
    }

    /** Per-vertex input with a computed register index: a switch over the declared registers. */
    Stored perVertexInputIndirect(String regExpr, String vertex) {
        needsIndirectLoader = true;
        return new Stored("load_input_vertex(" + vertex + ", " + regExpr + ")", GType.FLOAT);
    }

    /** Helper functions the body asked for; emitted before the declarations are written. */
    void helpers(GlslWriter w) throws ShaderTranslationException {
        if (!needsIndirectLoader) {
            return;
        }
        w.open("vec4 load_input_vertex(int v, int r) {");
        w.open("switch (r) {");
        for (int reg : ctx.scan.inputDecls.keySet()) {
            w.line("case " + reg + ": return " + perVertexInput(reg, "v").expr() + ";");
        }
        w.line("default: return vec4(0.0);");
        w.close("}");
        w.close("}");
    }

    private static String clipVector(String array, int index) {
        int base = 4 * index;
        return "vec4(" + array + "[" + base + "], " + array + "[" + (base + 1) + "], " + array + "["
                + (base + 2) + "], " + array + "[" + (base + 3) + "])";
    }

    /** Registers the input varying for {@code s}; null when the producer does not write it. */
    private String varying(Declaration d, SemanticRef s, boolean perVertex, boolean patch) {
        String name = Names.varying(ctx.producer(), s);
        if (name == null || !ctx.producerWrites(s)) {
            return null;
        }
        if (!inVaryings.containsKey(name)) {
            inVaryings.put(name, new InVarying(name, s, d, perVertex, patch, patch ? null : Names.genericLocation(s)));
            inputSemantics.add(s);
        }
        return name;
    }

    /** The GLSL varying behind a fragment input, for the INTERP_* opcodes; null if none. */
    String interpolant(int reg) throws ShaderTranslationException {
        Declaration d = inputDecl(reg);
        SemanticRef s = semanticOf(d, reg);
        if (s == null || ctx.stage != ShaderStage.FRAGMENT || Names.varyingTag(s) == null
                || (s.name() == Semantic.COLOR && ctx.key.colorTwoSide())) {
            return null;
        }
        return varying(d, s, false, false);
    }

    /** Emits {@code inputs[i] = ...} for every non-per-vertex input register. */
    void prologue(GlslWriter w) throws ShaderTranslationException {
        for (Map.Entry<Integer, Declaration> e : ctx.scan.inputDecls.entrySet()) {
            int reg = e.getKey();
            Stored value = stagedInput(reg, e.getValue());
            if (value != null) {
                w.line(Names.INPUTS + "[" + reg + "] = " + GType.UINT.convert(value.expr(), value.type(), 4) + ";");
            }
        }
    }

    private Stored stagedInput(int reg, Declaration d) throws ShaderTranslationException {
        if (ctx.stage == ShaderStage.VERTEX) {
            int bit = 1 << Math.min(reg, 31);
            GType t = (ctx.key.attribSignedIntMask() & bit) != 0 ? GType.INT
                    : (ctx.key.attribUnsignedIntMask() & bit) != 0 ? GType.UINT : GType.FLOAT;
            return new Stored(Names.vertexAttrib(reg), t);
        }
        SemanticRef s = semanticOf(d, reg);
        if (s == null) {
            return null;
        }
        if (ctx.stage == ShaderStage.FRAGMENT) {
            return fragmentInput(d, s);
        }
        if (s.name() == Semantic.PRIMID) {
            // Mesa declares the GS/tessellation primitive ID as an input read without a vertex index.
            String builtin = ctx.stage == ShaderStage.GEOMETRY ? "gl_PrimitiveIDIn" : "gl_PrimitiveID";
            return new Stored("uvec4(uint(" + builtin + "), 0u, 0u, 0u)", GType.UINT);
        }
        if (ctx.stage == ShaderStage.TESS_EVAL) {
            return switch (s.name()) {
                case TESSOUTER -> new Stored(tessLevels("gl_TessLevelOuter", 4), GType.FLOAT);
                case TESSINNER -> new Stored(tessLevels("gl_TessLevelInner", 2), GType.FLOAT);
                case PATCH -> patchInput(d, s);
                default -> null;
            };
        }
        return null;
    }

    private Stored patchInput(Declaration d, SemanticRef s) {
        String name = varying(d, s, false, true);
        return new Stored(name == null ? "vec4(0.0)" : name, GType.FLOAT);
    }

    static String tessLevels(String array, int n) {
        StringBuilder sb = new StringBuilder("vec4(");
        for (int i = 0; i < 4; i++) {
            sb.append(i > 0 ? ", " : "").append(i < n ? array + "[" + i + "]" : "0.0");
        }
        return sb.append(')').toString();
    }

    private Stored fragmentInput(Declaration d, SemanticRef s) throws ShaderTranslationException {
        ShaderKey key = ctx.key;
        switch (s.name()) {
            case POSITION:
                return new Stored(ctx.fragCoord(), GType.FLOAT);
            case FACE:
                return new Stored("vec4(gl_FrontFacing ? 1.0 : -1.0, 0.0, 0.0, 1.0)", GType.FLOAT);
            case PCOORD:
                return new Stored(pointCoord(), GType.FLOAT);
            case PRIMID:
                ctx.need(EsFeature.GEOMETRY_SHADER);
                return new Stored("uvec4(uint(gl_PrimitiveID), 0u, 0u, 0u)", GType.UINT);
            case LAYER:
                ctx.require(430);
                ctx.need(EsFeature.GEOMETRY_SHADER);
                return new Stored("uvec4(uint(gl_Layer), 0u, 0u, 0u)", GType.UINT);
            case VIEWPORT_INDEX:
                ctx.require(430);
                ctx.need(EsFeature.VIEWPORT_ARRAY);
                return new Stored("uvec4(uint(gl_ViewportIndex), 0u, 0u, 0u)", GType.UINT);
            case CLIPDIST:
                ctx.need(EsFeature.CLIP_CULL_DISTANCE);
                return new Stored(clipVector("gl_ClipDistance", s.index()), GType.FLOAT);
            case GENERIC, TEXCOORD:
                if (s.index() < 32 && (key.coordReplaceMask() & (1 << s.index())) != 0) {
                    return new Stored(pointCoord(), GType.FLOAT);
                }
                break;
            case COLOR:
                if (key.colorTwoSide()) {
                    String front = varying(d, s, false, false);
                    String back = varying(d, new SemanticRef(Semantic.BCOLOR, s.index()), false, false);
                    return new Stored("(gl_FrontFacing ? " + (front == null ? "vec4(0.0)" : front) + " : "
                            + (back == null ? "vec4(0.0)" : back) + ")", GType.FLOAT);
                }
                break;
            default:
                break;
        }
        String name = varying(d, s, false, false);
        return new Stored(name == null ? "vec4(0.0)" : name, GType.FLOAT);
    }

    /**
     * gl_PointCoord as a texture coordinate. GLES has no GL_POINT_SPRITE_COORD_ORIGIN, its
     * origin is always upper-left, so on ES the flip follows winsys_adjust_y as upstream does.
     */
    private String pointCoord() {
        if (!ctx.host.es()) {
            return "vec4(gl_PointCoord, 0.0, 1.0)";
        }
        ctx.use(DriverUniform.WINSYS_ADJUST_Y);
        return "vec4(gl_PointCoord.x, mix(1.0 - gl_PointCoord.y, gl_PointCoord.y, clamp(winsys_adjust_y, 0.0, 1.0)), 0.0, 1.0)";
    }

    /** Declarations of the input varyings and vertex attributes. */
    void declareInputs(GlslWriter w) throws ShaderTranslationException {
        if (ctx.stage == ShaderStage.VERTEX) {
            for (int reg : ctx.scan.inputDecls.keySet()) {
                Stored a = stagedInput(reg, null);
                w.line("layout(location = " + reg + ") in " + a.type().type(4) + " " + a.expr() + ";");
            }
            return;
        }
        for (InVarying v : inVaryings.values()) {
            if (v.patch()) {
                w.line("patch in vec4 " + v.name() + ";");
            } else if (v.perVertex()) {
                w.line(Names.layout(v.location()) + "in vec4 " + v.name() + "[];");
            } else {
                String qualifiers = interpolationQualifiers(v.decl());
                if (ctx.stage == ShaderStage.FRAGMENT) {
                    inputInterpolation.put(v.semantic(), qualifiers);
                }
                w.line(Names.layout(v.location()) + qualifiers + "in vec4 " + v.name() + ";");
            }
        }
    }

    private String interpolationQualifiers(Declaration d) throws ShaderTranslationException {
        if (ctx.stage != ShaderStage.FRAGMENT) {
            return "";
        }
        StringBuilder q = new StringBuilder();
        Interpolation interp = d.interpolation();
        if (interp == Interpolation.CONSTANT || (interp == Interpolation.COLOR && ctx.key.flatshade())) {
            q.append("flat ");
        } else if (interp == Interpolation.LINEAR && (!ctx.host.es() || ctx.host.mayUse(EsFeature.NOPERSPECTIVE.extension))) {
            // A GLES host without the NV extension interpolates perspective-correct, as upstream does.
            ctx.need(EsFeature.NOPERSPECTIVE);
            q.append("noperspective ");
        }
        if (d.location() == InterpLocation.CENTROID) {
            q.append("centroid ");
        } else if (d.location() == InterpLocation.SAMPLE) {
            ctx.require(400);
            ctx.need(EsFeature.MULTISAMPLE_INTERPOLATION);
            q.append("sample ");
        }
        return q.toString();
    }
}
