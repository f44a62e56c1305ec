package org.jvirgl.shader.glsl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.Primitive;
import org.jvirgl.shader.tgsi.PropertyName;
import org.jvirgl.shader.tgsi.Semantic;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;

/**
 * Output side of the interface: declarations of varyings/fragment outputs, the
 * {@code store_outputs()} function (OUT registers → real outputs, transform-feedback copies,
 * user clip planes, Y flip, alpha test) and the TCS's direct per-vertex output access.
 */
final class Outputs {
    private static final String CHANNELS = "xyzw";

    private final TranslationContext ctx;
    private final Set<String> declarations = new LinkedHashSet<>();
    final List<SemanticRef> semantics = new ArrayList<>();
    final List<String> transformFeedbackVaryings = new ArrayList<>();
    /** OUT register to the plain {@code out vec4} user varying it was stored to (vertex stages). */
    private final Map<Integer, String> userVaryings = new HashMap<>();
    int fragmentOutputMask;
    int clipDistances;
    boolean writesDepth;
    boolean writesSampleMask;

    Outputs(TranslationContext ctx) {
        this.ctx = ctx;
    }

    private Declaration decl(int reg) throws ShaderTranslationException {
        Declaration d = ctx.scan.outputDecls.get(reg);
        ShaderScan.check(d != null, "OUT[" + reg + "] is not declared");
        return d;
    }

    // ---- TCS: outputs are shared between invocations, so they are accessed in place ----

    Stored tcsOutputValue(int reg, String vertex) throws ShaderTranslationException {
        SemanticRef s = Interfaces.semanticOf(decl(reg), reg);
        ShaderScan.check(s != null, "TCS output without semantic");
        return switch (s.name()) {
            case TESSOUTER -> new Stored(Interfaces.tessLevels("gl_TessLevelOuter", 4), GType.FLOAT);
            case TESSINNER -> new Stored(Interfaces.tessLevels("gl_TessLevelInner", 2), GType.FLOAT);
            case POSITION -> new Stored("gl_out[" + requireVertex(vertex) + "].gl_Position", GType.FLOAT);
            case PSIZE -> {
                ctx.need(EsFeature.TESSELLATION_POINT_SIZE);
                yield new Stored("vec4(gl_out[" + requireVertex(vertex) + "].gl_PointSize)", GType.FLOAT);
            }
            default -> new Stored(tcsVarying(s, vertex), GType.FLOAT);
        };
    }

    void writeTcsOutput(GlslWriter w, int reg, String vertex, int[] chans, String uintValue) throws ShaderTranslationException {
        SemanticRef s = Interfaces.semanticOf(decl(reg), reg);
        ShaderScan.check(s != null, "TCS output without semantic");
        // GLSL only lets an invocation write its own vertex; TGSI TCS code only does that anyway.
        String own = "gl_InvocationID";
        if (s.name() == Semantic.PSIZE) {
            ctx.need(EsFeature.TESSELLATION_POINT_SIZE);
        }
        String[] targets = new String[4];
        for (int c = 0; c < 4; c++) {
            targets[c] = switch (s.name()) {
                case TESSOUTER -> "gl_TessLevelOuter[" + c + "]";
                case TESSINNER -> c < 2 ? "gl_TessLevelInner[" + c + "]" : null;
                case POSITION -> "gl_out[" + own + "].gl_Position." + CHANNELS.charAt(c);
                case PSIZE -> c == 0 ? "gl_out[" + own + "].gl_PointSize" : null;
                default -> tcsVarying(s, own) + "." + CHANNELS.charAt(c);
            };
        }
        w.open("{");
        w.line("uvec4 tcs_value;");
        w.line("tcs_value." + OperandEmitter.mask(chans) + " = " + uintValue + ";");
        for (int c : chans) {
            if (targets[c] != null) {
                w.line(targets[c] + " = uintBitsToFloat(tcs_value." + CHANNELS.charAt(c) + ");");
            }
        }
        w.close("}");
        noteSemantic(s);
    }

    private boolean needsIndirectLoad;
    private int indirectStoreMasks;

    /** A TCS output read with a computed register index. */
    Stored tcsOutputIndirect(String regExpr, String vertex) {
        needsIndirectLoad = true;
        return new Stored("load_output_vertex(" + requireVertex(vertex) + ", " + regExpr + ")", GType.FLOAT);
    }

    /** A TCS output write with a computed register index; one helper per write mask. */
    void writeTcsOutputIndirect(String regExpr, String vertex, int[] chans, String uintValue) {
        int mask = 0;
        for (int c : chans) {
            mask |= 1 << c;
        }
        indirectStoreMasks |= 1 << mask;
        ctx.body.open("{");
        ctx.body.line("uvec4 tcs_value;");
        ctx.body.line("tcs_value." + OperandEmitter.mask(chans) + " = " + uintValue + ";");
        ctx.body.line("store_output_" + mask + "(" + regExpr + ", tcs_value);");
        ctx.body.close("}");
    }

    /** Helper functions the TCS body asked for (switches over the declared outputs). */
    void helpers(GlslWriter w) throws ShaderTranslationException {
        if (needsIndirectLoad) {
            w.open("vec4 load_output_vertex(int v, int r) {");
            w.open("switch (r) {");
            for (int reg : ctx.scan.outputDecls.keySet()) {
                w.line("case " + reg + ": return " + tcsOutputValue(reg, perVertexOutput(reg) ? "v" : null).expr() + ";");
            }
            w.line("default: return vec4(0.0);");
            w.close("}");
            w.close("}");
        }
        for (int mask = 1; mask < 16; mask++) {
            if ((indirectStoreMasks & (1 << mask)) == 0) {
                continue;
            }
            w.open("void store_output_" + mask + "(int r, uvec4 value) {");
            w.open("switch (r) {");
            for (int reg : ctx.scan.outputDecls.keySet()) {
                w.line("case " + reg + ":");
                w.indent(1);
                writeTcsOutput(w, reg, perVertexOutput(reg) ? "gl_InvocationID" : null,
                        OperandEmitter.channels(mask), "value." + OperandEmitter.mask(OperandEmitter.channels(mask)));
                w.line("break;");
                w.indent(-1);
            }
            w.close("}");
            w.close("}");
        }
    }

    private boolean perVertexOutput(int reg) {
        SemanticRef s = Interfaces.semanticOf(ctx.scan.outputDecls.get(reg), reg);
        return s != null && s.name() != Semantic.PATCH && s.name() != Semantic.TESSINNER && s.name() != Semantic.TESSOUTER;
    }

    /**
     * The vertex a per-vertex TCS output access addresses. Mesa writes some per-vertex outputs
     * (two-sided colours) as plain {@code OUT[n]}; with no vertex index the access means the
     * invocation's own vertex, the only one GLSL lets it write.
     */
    private static String requireVertex(String vertex) {
        return vertex == null ? "gl_InvocationID" : vertex;
    }

    private String tcsVarying(SemanticRef s, String vertex) throws ShaderTranslationException {
        String name = Names.varying(ShaderStage.TESS_CTRL, s);
        ShaderScan.check(name != null, "TCS output " + s + " has no varying");
        noteSemantic(s);
        if (s.name() == Semantic.PATCH) {
            declarations.add("patch out vec4 " + name + ";");
            return name;
        }
        declarations.add(Names.layout(Names.genericLocation(s)) + "out vec4 " + name + "[];");
        return name + "[" + requireVertex(vertex) + "]";
    }

    private void noteSemantic(SemanticRef s) {
        if (!semantics.contains(s)) {
            semantics.add(s);
        }
    }

    // ---- everything else: OUT registers are staged and copied by store_outputs() ----

    /** Emits {@code void store_outputs()}; call after the body so usage is known. */
    void storeOutputsFunction(GlslWriter w) throws ShaderTranslationException {
        w.open("void " + Names.STORE_OUTPUTS + "() {");
        if (ctx.stage == ShaderStage.FRAGMENT) {
            fragmentOutputs(w);
        } else if (ctx.stage != ShaderStage.TESS_CTRL && ctx.stage != ShaderStage.COMPUTE) {
            vertexOutputs(w);
        }
        w.close("}");
    }

    private void vertexOutputs(GlslWriter w) throws ShaderTranslationException {
        int clipVertexReg = -1;
        int positionReg = -1;
        int declaredCull = ctx.shader.property(PropertyName.NUM_CULLDIST_ENABLED).orElse(0);
        // Without either property every CLIPDIST channel is a clip distance; a shader with cull
        // distances only declares no clip count at all (a zero property is not emitted).
        int declaredClip = ctx.shader.property(PropertyName.NUM_CLIPDIST_ENABLED).orElse(declaredCull > 0 ? 0 : -1);
        int cullDistances = 0;
        boolean writesPointSize = false;
        for (Map.Entry<Integer, Declaration> e : ctx.scan.outputDecls.entrySet()) {
            int reg = e.getKey();
            SemanticRef s = Interfaces.semanticOf(e.getValue(), reg);
            if (s == null) {
                continue;
            }
            String out = Names.OUTPUTS + "[" + reg + "]";
            noteSemantic(s);
            switch (s.name()) {
                case POSITION -> {
                    positionReg = reg;
                    w.line("gl_Position = uintBitsToFloat(" + out + ");");
                }
                case PSIZE -> {
                    if (ctx.stage != ShaderStage.VERTEX) {
                        ctx.need(ctx.stage == ShaderStage.GEOMETRY ? EsFeature.GEOMETRY_POINT_SIZE
                                : EsFeature.TESSELLATION_POINT_SIZE);
                    }
                    w.line("gl_PointSize = uintBitsToFloat(" + out + ".x);");
                    writesPointSize = true;
                }
                case LAYER -> {
                    if (ctx.stage != ShaderStage.GEOMETRY) {
                        ctx.refuseOnEs("gl_Layer written outside a geometry shader");
                    }
                    w.line("gl_Layer = int(" + out + ".x);");
                }
                case VIEWPORT_INDEX -> {
                    ctx.require(410);
                    if (ctx.stage != ShaderStage.GEOMETRY) {
                        ctx.refuseOnEs("gl_ViewportIndex written outside a geometry shader");
                    }
                    ctx.need(EsFeature.VIEWPORT_ARRAY);
                    w.line("gl_ViewportIndex = int(" + out + ".x);");
                }
                case PRIMID -> w.line("gl_PrimitiveID = int(" + out + ".x);");
                case CLIPVERTEX -> clipVertexReg = reg;
                case EDGEFLAG -> { }
                case CLIPDIST -> {
                    ctx.need(EsFeature.CLIP_CULL_DISTANCE);
                    for (int c = 0; c < 4; c++) {
                        int slot = 4 * s.index() + c;
                        if ((e.getValue().usageMask() & (1 << c)) == 0 || slot >= 8) {
                            continue;
                        }
                        String value = "uintBitsToFloat(" + out + "." + CHANNELS.charAt(c) + ")";
                        if (declaredClip < 0 || slot < declaredClip) {
                            w.line("gl_ClipDistance[" + slot + "] = " + value + ";");
                            clipDistances = Math.max(clipDistances, slot + 1);
                        } else if (slot < declaredClip + declaredCull) {
                            // Gallium packs the cull distances right after the clip distances.
                            ctx.require(450);
                            w.line("gl_CullDistance[" + (slot - declaredClip) + "] = " + value + ";");
                            cullDistances = Math.max(cullDistances, slot - declaredClip + 1);
                        }
                    }
                }
                default -> {
                    String name = Names.varying(ctx.stage, s);
                    if (name != null) {
                        declarations.add(Names.layout(streamLayout(e.getValue()), Names.genericLocation(s))
                                + consumerQualifiers(s) + "out vec4 " + name + ";");
                        w.line(name + " = uintBitsToFloat(" + out + ");");
                        userVaryings.put(reg, name);
                    }
                }
            }
        }
        streamOutputs(w);
        if (!writesPointSize) {
            fixedPointSize(w);
        }
        if (ctx.key.lastVertexStage() && positionReg >= 0) {
            userClipPlanes(w, clipVertexReg >= 0 ? clipVertexReg : positionReg);
            ctx.use(DriverUniform.WINSYS_ADJUST_Y);
            w.line("gl_Position.y = gl_Position.y * winsys_adjust_y;");
        }
        if (clipDistances > 0) {
            declarations.add("out float gl_ClipDistance[" + clipDistances + "];");
        }
        if (cullDistances > 0) {
            declarations.add("out float gl_CullDistance[" + cullDistances + "];");
        }
    }

    /**
     * GLSL ES has no glPointSize: a point's size is whatever the last vertex stage writes, and
     * undefined when it writes nothing. A stage that does not write one passes the rasterizer's
     * fixed size on; a GS or TES only when it emits points and the host has the point-size
     * extension.
     */
    private void fixedPointSize(GlslWriter w) throws ShaderTranslationException {
        if (!ctx.host.es() || !ctx.key.lastVertexStage()) {
            return;
        }
        boolean emitsPoints = switch (ctx.stage) {
            case GEOMETRY -> Primitive.fromValue(ctx.shader.property(PropertyName.GS_OUTPUT_PRIMITIVE).orElse(-1)) == Primitive.POINTS;
            case TESS_EVAL -> ctx.shader.property(PropertyName.TES_POINT_MODE).orElse(0) != 0;
            default -> true;
        };
        if (!emitsPoints) {
            return;
        }
        if (ctx.stage != ShaderStage.VERTEX) {
            EsFeature feature = ctx.stage == ShaderStage.GEOMETRY ? EsFeature.GEOMETRY_POINT_SIZE : EsFeature.TESSELLATION_POINT_SIZE;
            if (!ctx.host.mayUse(feature.extension)) {
                return;
            }
            ctx.need(feature);
        }
        ctx.use(DriverUniform.POINT_SIZE);
        w.line("gl_PointSize = " + DriverUniform.POINT_SIZE.glslName() + ";");
    }

    /**
     * GLSL ES: the qualifiers the fragment shader reads this varying with (ES linkers want
     * flat, noperspective and sample to match across the boundary); "" on desktop.
     */
    private String consumerQualifiers(SemanticRef s) throws ShaderTranslationException {
        if (!ctx.host.es() || !ctx.key.lastVertexStage()) {
            return "";
        }
        String q = ctx.key.consumerInterpolation().getOrDefault(s, "");
        if (q.contains("noperspective")) {
            ctx.need(EsFeature.NOPERSPECTIVE);
        }
        if (q.contains("sample")) {
            ctx.need(EsFeature.MULTISAMPLE_INTERPOLATION);
        }
        return q;
    }

    /** The GS output's {@code stream = n} layout qualifier, or null. */
    private String streamLayout(Declaration d) throws ShaderTranslationException {
        if (ctx.stage != ShaderStage.GEOMETRY || d.streams() == 0) {
            return null;
        }
        ctx.require(400);
        ctx.refuseOnEs("geometry shader vertex streams other than 0");
        return "stream = " + (d.streams() & 3);
    }

    private void userClipPlanes(GlslWriter w, int sourceReg) throws ShaderTranslationException {
        int planes = ctx.key.clipPlaneEnable() & 0xFF;
        if (planes == 0 || clipDistances > 0) {
            return;
        }
        ctx.need(EsFeature.CLIP_CULL_DISTANCE);
        ctx.use(DriverUniform.CLIP_PLANES);
        String v = "uintBitsToFloat(" + Names.OUTPUTS + "[" + sourceReg + "])";
        for (int i = 0; i < 8; i++) {
            if ((planes & (1 << i)) != 0) {
                w.line("gl_ClipDistance[" + i + "] = dot(" + v + ", clipp[" + i + "]);");
            }
        }
        clipDistances = 32 - Integer.numberOfLeadingZeros(planes);
    }

    private void streamOutputs(GlslWriter w) throws ShaderTranslationException {
        List<StreamOutput> so = ctx.key.streamOutputs();
        if (so.isEmpty()) {
            return;
        }
        String[] captured = new String[so.size()];
        for (int k = 0; k < so.size(); k++) {
            StreamOutput o = so.get(k);
            ShaderScan.check(ctx.scan.outputDecls.containsKey(o.registerIndex()), "stream output of undeclared OUT");
            String direct = directCapture(so, k);
            if (direct != null) {
                captured[k] = direct;
                continue;
            }
            String name = Names.streamOutput(ctx.stage, k);
            captured[k] = name;
            String stream = ctx.stage == ShaderStage.GEOMETRY && o.stream() != 0 ? "layout(stream = " + o.stream() + ") " : "";
            if (!stream.isEmpty()) {
                ctx.refuseOnEs("transform feedback from vertex streams other than 0");
            }
            declarations.add(stream + "out " + GType.FLOAT.type(o.numComponents()) + " " + name + ";");
            StringBuilder comps = new StringBuilder();
            for (int c = o.startComponent(); c < o.startComponent() + o.numComponents(); c++) {
                comps.append(CHANNELS.charAt(c));
            }
            w.line(name + " = uintBitsToFloat(" + Names.OUTPUTS + "[" + o.registerIndex() + "]." + comps + ");");
        }
        // gl_SkipComponentsN and gl_NextBuffer are not GLES names, but Mesa's ES linker takes
        // them as vrend passes them on GLES hosts; a driver that does not fails the link, logged.
        transformFeedbackVaryings.addAll(feedbackVaryingList(so, ctx.key.streamOutputStrides(), captured));
    }

    /**
     * The user varying that output {@code k} can be captured from as it is, or null. As vrend
     * does, an output captured whole (four components, once) from a vertex or evaluation shader
     * needs no copy of its own: a copy per captured varying would double the shader's output
     * locations, and a shader writing the most varyings the guest allows would not link.
     */
    private String directCapture(List<StreamOutput> so, int k) {
        StreamOutput o = so.get(k);
        if (ctx.stage != ShaderStage.VERTEX && ctx.stage != ShaderStage.TESS_EVAL
                || o.startComponent() != 0 || o.numComponents() != 4) {
            return null;
        }
        for (int j = 0; j < so.size(); j++) {
            if (j != k && so.get(j).registerIndex() == o.registerIndex()) {
                return null;
            }
        }
        return userVaryings.get(o.registerIndex());
    }

    /**
     * A vertex stride past this many dwords is refused: no GL allows more interleaved
     * components than this, and it bounds the list of skip names built from guest input.
     */
    static final int MAX_STREAM_OUTPUT_STRIDE = 256;

    /**
     * Names for glTransformFeedbackVaryings in interleaved mode, gaps and buffers made explicit.
     * Each buffer is padded with gl_SkipComponentsN up to its Gallium stride, since a gap after
     * the last captured output only shows in the stride. Output {@code k} is captured from the
     * variable {@code captured[k]}.
     */
    private static List<String> feedbackVaryingList(List<StreamOutput> so, List<Integer> strides, String[] captured)
            throws ShaderTranslationException {
        List<String> names = new ArrayList<>();
        int lastBuffer = so.stream().mapToInt(StreamOutput::buffer).max().orElse(0);
        for (int b = 0; b <= lastBuffer; b++) {
            if (b > 0) {
                names.add("gl_NextBuffer");
            }
            final int buffer = b;
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < so.size(); k++) {
                if (so.get(k).buffer() == buffer) {
                    order.add(k);
                }
            }
            order.sort(Comparator.comparingInt(k -> so.get(k).dstOffset()));
            int cursor = 0;
            for (int k : order) {
                StreamOutput o = so.get(k);
                ShaderScan.check(o.dstOffset() < MAX_STREAM_OUTPUT_STRIDE, "stream output at dword " + o.dstOffset());
                skip(names, o.dstOffset() - cursor);
                names.add(captured[k]);
                cursor = Math.max(cursor, o.dstOffset() + o.numComponents());
            }
            int stride = b < strides.size() ? strides.get(b) : 0;
            ShaderScan.check(stride >= 0 && stride <= MAX_STREAM_OUTPUT_STRIDE, "stream-output stride " + stride);
            skip(names, stride - cursor);
        }
        return names;
    }

    private static void skip(List<String> names, int dwords) {
        for (int gap = dwords; gap > 0; gap -= 4) {
            names.add("gl_SkipComponents" + Math.min(gap, 4));
        }
    }

    private void fragmentOutputs(GlslWriter w) throws ShaderTranslationException {
        ShaderKey key = ctx.key;
        boolean broadcast = ctx.shader.property(PropertyName.FS_COLOR0_WRITES_ALL_CBUFS).orElse(0) != 0;
        for (Map.Entry<Integer, Declaration> e : ctx.scan.outputDecls.entrySet()) {
            int reg = e.getKey();
            SemanticRef s = Interfaces.semanticOf(e.getValue(), reg);
            if (s == null) {
                continue;
            }
            String out = Names.OUTPUTS + "[" + reg + "]";
            noteSemantic(s);
            switch (s.name()) {
                case COLOR -> {
                    if (s.index() == 0) {
                        alphaTest(w, out);
                    }
                    int first = s.index();
                    int last = broadcast && s.index() == 0 ? Math.max(0, key.nrCbufs() - 1) : s.index();
                    for (int loc = first; loc <= last && loc < 8; loc++) {
                        colorOutput(w, loc, out);
                    }
                }
                case POSITION -> {
                    writesDepth = true;
                    w.line("gl_FragDepth = uintBitsToFloat(" + out + ".z);");
                }
                case STENCIL -> {
                    ctx.refuseOnEs("stencil export");
                    ctx.extensions.add("GL_ARB_shader_stencil_export");
                    w.line("gl_FragStencilRefARB = int(" + out + ".y);");
                }
                case SAMPLEMASK -> {
                    ctx.require(400);
                    ctx.need(EsFeature.SAMPLE_VARIABLES);
                    writesSampleMask = true;
                    w.line("gl_SampleMask[0] = int(" + out + ".x);");
                }
                default -> { }
            }
        }
    }

    private void colorOutput(GlslWriter w, int loc, String out) {
        int bit = 1 << loc;
        GType t = (ctx.key.cbufSignedIntMask() & bit) != 0 ? GType.INT
                : (ctx.key.cbufUnsignedIntMask() & bit) != 0 ? GType.UINT : GType.FLOAT;
        String name = Names.fragmentOutput(loc);
        if ((fragmentOutputMask & bit) == 0) {
            declarations.add("layout(location = " + loc + ") out " + t.type(4) + " " + name + ";");
            fragmentOutputMask |= bit;
        }
        w.line(name + " = " + t.convert(out, GType.UINT, 4) + ";");
        if ((ctx.key.cbufAlphaInRedMask() & bit) != 0) {
            // The host stores this alpha-only target in its red channel.
            w.line(name + ".x = " + name + ".w;");
        }
    }

    private void alphaTest(GlslWriter w, String out) {
        int func = ctx.key.alphaFunc();
        boolean integer = ((ctx.key.cbufSignedIntMask() | ctx.key.cbufUnsignedIntMask()) & 1) != 0;
        if (func == ShaderKey.ALPHA_TEST_DISABLED || func == 7 || integer) {
            return;
        }
        if (func == 0) {
            w.line("discard;");
            return;
        }
        String op = switch (func) {
            case 1 -> "<";
            case 2 -> "==";
            case 3 -> "<=";
            case 4 -> ">";
            case 5 -> "!=";
            default -> ">=";
        };
        ctx.use(DriverUniform.ALPHA_REF);
        w.line("if (!(uintBitsToFloat(" + out + ".w) " + op + " alpha_ref_val)) discard;");
    }

    void declare(GlslWriter w) {
        for (String d : declarations) {
            w.line(d);
        }
    }
}
