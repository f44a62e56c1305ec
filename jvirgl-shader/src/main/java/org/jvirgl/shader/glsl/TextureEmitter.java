package org.jvirgl.shader.glsl;

import java.util.List;
import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.DstOperand;
import org.jvirgl.shader.tgsi.Immediate;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.Opcode;
import org.jvirgl.shader.tgsi.RegisterFile;
import org.jvirgl.shader.tgsi.RegisterRef;
import org.jvirgl.shader.tgsi.SrcOperand;
import org.jvirgl.shader.tgsi.TexOffset;
import org.jvirgl.shader.tgsi.TextureTarget;

/** The TEX family: sampling, fetches, gathers, gradients, size/level/sample queries, offsets. */
final class TextureEmitter {
    private final TranslationContext ctx;
    private final OperandEmitter ops;

    TextureEmitter(TranslationContext ctx, OperandEmitter ops) {
        this.ctx = ctx;
        this.ops = ops;
    }

    boolean emit(Instruction inst) throws ShaderTranslationException {
        if (inst.texture() != null && !inst.src().isEmpty() && indirectSampler(inst)) {
            return true;
        }
        switch (inst.opcode()) {
            case TEX, TXP, TXB, TXL, TEX2, TXB2, TXL2, TXD -> sample(inst);
            case TXF -> fetch(inst);
            case TXQ -> size(inst);
            case TXQS -> samples(inst);
            case TG4 -> gather(inst);
            case LODQ -> lod(inst);
            case SAMPLE, SAMPLE_I, SAMPLE_I_MS, SAMPLE_B, SAMPLE_C, SAMPLE_C_LZ, SAMPLE_D, SAMPLE_L, GATHER4,
                 SVIEWINFO, SAMPLE_POS, SAMPLE_INFO ->
                    throw new ShaderTranslationException(inst.opcode() + " (separate sampler views) is not supported");
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code SAMP[ADDR[0].x+k]}: GLSL sampler arrays need dynamically uniform indices and a
     * single type, so the instruction is emitted once per declared sampler in a switch.
     */
    private boolean indirectSampler(Instruction inst) throws ShaderTranslationException {
        int last = inst.src().size() - 1;
        SrcOperand s = inst.src().get(last);
        if (s.register().file() != RegisterFile.SAMPLER || !s.register().isIndirect()) {
            return false;
        }
        var ind = s.register().indirect();
        ShaderScan.check(ind.file() == RegisterFile.ADDRESS && ind.index() < ctx.scan.addrs, "sampler indexed through " + ind.file());
        String index = Names.ADDRS + "[" + ind.index() + "]." + "xyzw".charAt(ind.component())
                + (s.register().index() != 0 ? " + " + s.register().index() : "");
        ctx.body.open("switch (" + index + ") {");
        for (int slot : ctx.scan.samplerDecls) {
            List<SrcOperand> src = new java.util.ArrayList<>(inst.src());
            src.set(last, new SrcOperand(RegisterRef.of(RegisterFile.SAMPLER, slot), s.swizzle(), false, false));
            ctx.body.open("case " + slot + ": {");
            emit(new Instruction(inst.opcode(), inst.saturate(), inst.precise(), inst.dst(), src, inst.texture(),
                    inst.offsets(), inst.memoryQualifiers(), inst.memoryTarget(), inst.memoryFormat(), inst.label()));
            ctx.body.line("break;");
            ctx.body.close("}");
        }
        ctx.body.line("default: break;");
        ctx.body.close("}");
        return true;
    }

    private record Sampler(String name, TextureTarget target, GType result) {
    }

    private Sampler sampler(Instruction inst) throws ShaderTranslationException {
        SrcOperand s = inst.src().get(inst.src().size() - 1);
        ShaderScan.check(s.register().file() == RegisterFile.SAMPLER && !s.register().isIndirect(),
                "texture instruction without a direct SAMP operand");
        int slot = s.register().index();
        ShaderScan.check(inst.texture() != null && inst.texture() != TextureTarget.UNKNOWN, "texture target missing");
        Declaration.SamplerViewInfo view = ctx.scan.samplerViews.get(slot);
        GType result = view == null ? GType.FLOAT : switch (view.x()) {
            case SINT -> GType.INT;
            case UINT -> GType.UINT;
            default -> GType.FLOAT;
        };
        return new Sampler(Names.sampler(ctx.stage, slot), inst.texture(), result);
    }

    /** Components of the coordinate vector texture() takes for {@code t}, shadow reference included. */
    static int coordWidth(TextureTarget t) {
        return switch (t) {
            case TEX_1D, BUFFER -> 1;
            case TEX_2D, RECT, TEX_1D_ARRAY, TEX_2D_MSAA -> 2;
            case TEX_3D, CUBE, TEX_2D_ARRAY, SHADOW_1D, SHADOW_2D, SHADOW_RECT, SHADOW_1D_ARRAY, TEX_2D_ARRAY_MSAA -> 3;
            case CUBE_ARRAY, SHADOW_2D_ARRAY, SHADOW_CUBE, SHADOW_CUBE_ARRAY -> 4;
            case UNKNOWN -> 4;
        };
    }

    /** Whether GLSL's textureProj() takes a sampler of target {@code t}. */
    static boolean hasProjectiveLookup(TextureTarget t) {
        return switch (t) {
            case TEX_1D, TEX_2D, TEX_3D, RECT, SHADOW_1D, SHADOW_2D, SHADOW_RECT -> true;
            default -> false;
        };
    }

    /** Components of texel offsets and gradients: the spatial dimensions. */
    static int spatialDims(TextureTarget t) {
        return t.isCube() ? 3 : t.coordinateDims();
    }

    private void sample(Instruction inst) throws ShaderTranslationException {
        Sampler s = sampler(inst);
        TextureTarget t = s.target();
        // GLSL has no projective lookup on cube maps or arrays; Mesa's fixed-function texturing
        // still sends TXP for them (a cube direction divided by q points the same way). Like
        // vrend, sample them unprojected.
        Opcode op = inst.opcode() == Opcode.TXP && !hasProjectiveLookup(t) ? Opcode.TEX : inst.opcode();
        List<SrcOperand> src = inst.src();
        String coord = op == Opcode.TXP ? ops.read(src.get(0), GType.FLOAT, 4) : ops.read(src.get(0), GType.FLOAT, coordWidth(t));
        int clamped = legacyClamp(inst, t);
        if (clamped != 0) {
            coord = clampCoordinates(s, t, op == Opcode.TXP ? 4 : coordWidth(t), coord, clamped, op == Opcode.TXP);
        }
        String offset = offset(inst, t);
        if (ctx.host.es()) {
            esShadowLookup(inst, t, offset != null);
            if (EsTextureCoords.emulated(t)) {
                // The stand-in target: the divide of a projective lookup is already done.
                coord = EsTextureCoords.sample(t, s.name(), coord, op == Opcode.TXP);
                op = op == Opcode.TXP ? Opcode.TEX : op;
            }
        }
        String call;
        switch (op) {
            case TEX -> call = offset == null ? "texture(" + s.name() + ", " + coord + ")"
                    : "textureOffset(" + s.name() + ", " + coord + ", " + offset + ")";
            case TEX2 -> call = "texture(" + s.name() + ", " + coord + ", " + ops.scalar(src.get(1), GType.FLOAT, 0) + ")";
            case TXP -> call = offset == null ? "textureProj(" + s.name() + ", " + coord + ")"
                    : "textureProjOffset(" + s.name() + ", " + coord + ", " + offset + ")";
            case TXB, TXB2 -> {
                String bias = op == Opcode.TXB ? ops.scalar(src.get(0), GType.FLOAT, 3) : ops.scalar(src.get(1), GType.FLOAT, 0);
                call = offset == null ? "texture(" + s.name() + ", " + coord + ", " + bias + ")"
                        : "textureOffset(" + s.name() + ", " + coord + ", " + offset + ", " + bias + ")";
            }
            case TXL, TXL2 -> {
                String lod = op == Opcode.TXL ? ops.scalar(src.get(0), GType.FLOAT, 3) : ops.scalar(src.get(1), GType.FLOAT, 0);
                call = offset == null ? "textureLod(" + s.name() + ", " + coord + ", " + lod + ")"
                        : "textureLodOffset(" + s.name() + ", " + coord + ", " + lod + ", " + offset + ")";
            }
            case TXD -> {
                int n = spatialDims(t);
                String dx = ops.read(src.get(1), GType.FLOAT, n);
                String dy = ops.read(src.get(2), GType.FLOAT, n);
                if (ctx.host.es()) {
                    dx = EsTextureCoords.gradient(t, s.name(), dx);
                    dy = EsTextureCoords.gradient(t, s.name(), dy);
                }
                call = offset == null ? "textureGrad(" + s.name() + ", " + coord + ", " + dx + ", " + dy + ")"
                        : "textureGradOffset(" + s.name() + ", " + coord + ", " + dx + ", " + dy + ", " + offset + ")";
            }
            default -> throw new ShaderTranslationException("not a sampling opcode: " + op);
        }
        write(inst, s, t.isShadow() ? shadowResult(inst, call) : call);
        if (clamped != 0) {
            ctx.body.close("}");
        }
    }

    /**
     * GLSL ES has fewer shadow lookups than desktop GLSL: no lod, bias or offset on 2D array
     * shadow samplers (1D arrays become those), no lod on cube shadow samplers, nothing but
     * texture() on cube array shadow samplers. EXT_texture_shadow_lod adds them.
     */
    private void esShadowLookup(Instruction inst, TextureTarget t, boolean offset) throws ShaderTranslationException {
        Opcode op = inst.opcode();
        boolean lod = op == Opcode.TXL || op == Opcode.TXL2;
        boolean bias = op == Opcode.TXB || op == Opcode.TXB2;
        boolean needed = switch (Resources.esTarget(t)) {
            case SHADOW_2D_ARRAY -> lod || bias || (offset && op != Opcode.TXD);
            case SHADOW_CUBE -> lod;
            case SHADOW_CUBE_ARRAY -> lod || bias || op == Opcode.TXD;
            default -> false;
        };
        if (needed) {
            ctx.need(EsFeature.TEXTURE_SHADOW_LOD);
        }
    }

    /**
     * Coordinates (bit 0 s, 1 t, 2 r) the key wants clamped for GL_CLAMP emulation, limited to
     * the target's spatial ones: array layers, shadow references and cube directions are not
     * wrapped, so they are never clamped.
     */
    private int legacyClamp(Instruction inst, TextureTarget t) {
        if (t.isCube() || t == TextureTarget.BUFFER || t.isMultisample()) {
            return 0;
        }
        int slot = samplerSlot(inst);
        return ctx.key.legacyClamp().coordinates(slot) & ((1 << t.coordinateDims()) - 1);
    }

    /**
     * Opens a block holding the coordinate in a local with the chosen components clamped to
     * [0, 1] (rectangles: [0, size]; projective: after the divide); the caller closes it.
     */
    private String clampCoordinates(Sampler s, TextureTarget t, int width, String coord, int clamped, boolean projective) {
        String local = "clamped_coord";
        StringBuilder comps = new StringBuilder();
        for (int c = 0; c < 3; c++) {
            if ((clamped & (1 << c)) != 0) {
                comps.append("xyz".charAt(c));
            }
        }
        int n = comps.length();
        String vec = n == 1 ? "float" : "vec" + n;
        String lanes = local + "." + comps;
        String size = "textureSize(" + s.name() + (ctx.host.es() ? ", 0)" : ")");
        String high = t.withoutShadow() == TextureTarget.RECT ? vec + "(" + size + "." + comps + ")" : vec + "(1.0)";
        ctx.body.open("{");
        ctx.body.line((width == 1 ? "float " : "vec" + width + " ") + local + " = " + coord + ";");
        if (projective) {
            ctx.body.line(lanes + " = clamp(" + lanes + " / " + local + ".w, " + vec + "(0.0), " + high + ") * "
                    + local + ".w;");
        } else if (width == 1) {
            ctx.body.line(local + " = clamp(" + local + ", 0.0, " + high + ");");
        } else {
            ctx.body.line(lanes + " = clamp(" + lanes + ", " + vec + "(0.0), " + high + ");");
        }
        return local;
    }

    /** The comparison result spread over vec4 by the view's swizzle (see {@link ShaderInfo.SamplerSlot}). */
    private String shadowResult(Instruction inst, String call) {
        String swizzle = Names.shadowSwizzle(ctx.stage, samplerSlot(inst));
        return "(vec4(" + call + ") * " + swizzle + "[0] + " + swizzle + "[1])";
    }

    /**
     * The four comparisons of a shadow gather as the view's red swizzle selects them: a gather
     * reads the channel the swizzle puts in red (the comparison, or a constant zero or one), as
     * a host GL with the swizzle on the texture does; the sampler reads an unswizzled texture.
     */
    private String shadowGatherResult(Instruction inst, String call) {
        String swizzle = Names.shadowSwizzle(ctx.stage, samplerSlot(inst));
        return "(" + call + " * " + swizzle + "[0].x + " + swizzle + "[1].x)";
    }

    private void write(Instruction inst, Sampler s, String vec4) throws ShaderTranslationException {
        DstOperand d = inst.dst().get(0);
        ops.writeVec4(d, s.target().isShadow() ? GType.FLOAT : s.result(), vec4, inst.saturate());
    }

    private void fetch(Instruction inst) throws ShaderTranslationException {
        Sampler s = sampler(inst);
        TextureTarget t = s.target();
        SrcOperand c = inst.src().get(0);
        int n = switch (t) {
            case BUFFER, TEX_1D -> 1;
            case TEX_2D, RECT, TEX_1D_ARRAY, TEX_2D_MSAA -> 2;
            default -> 3;
        };
        String coord = ops.read(c, GType.INT, n);
        if (ctx.host.es()) {
            coord = EsTextureCoords.texel(t, coord);
        }
        String call;
        if (t == TextureTarget.BUFFER) {
            call = "texelFetch(" + s.name() + ", " + coord + ")";
            Integer swizzle = ctx.key.bufferSwizzles().get(samplerSlot(inst));
            if (swizzle != null) {
                fetchSwizzled(inst, s, call, swizzle);
                return;
            }
        } else if (t == TextureTarget.RECT && ctx.host.es()) {
            // The 2D stand-in has one level, which the fetch must name.
            String offset = offset(inst, t);
            call = offset == null ? "texelFetch(" + s.name() + ", " + coord + ", 0)"
                    : "texelFetchOffset(" + s.name() + ", " + coord + ", 0, " + offset + ")";
        } else if (t == TextureTarget.RECT) {
            // Rectangles have no levels, so the fetch takes no lod; texelFetchOffset still applies.
            String offset = offset(inst, t);
            call = offset == null ? "texelFetch(" + s.name() + ", " + coord + ")"
                    : "texelFetchOffset(" + s.name() + ", " + coord + ", " + offset + ")";
        } else {
            String lodOrSample = ops.scalar(c, GType.INT, 3);
            String offset = t.isMultisample() ? null : offset(inst, t);
            call = offset == null ? "texelFetch(" + s.name() + ", " + coord + ", " + lodOrSample + ")"
                    : "texelFetchOffset(" + s.name() + ", " + coord + ", " + lodOrSample + ", " + offset + ")";
        }
        write(inst, s, call);
    }

    /** The sampler (view) slot an instruction samples: its last source operand. */
    private static int samplerSlot(Instruction inst) {
        return inst.src().get(inst.src().size() - 1).register().index();
    }

    /** A buffer fetch whose channels the key moves (GL has no texture swizzle for buffers). */
    private void fetchSwizzled(Instruction inst, Sampler s, String call, int swizzle) throws ShaderTranslationException {
        GType type = s.result();
        String vec = type.type(4);
        String zero = type == GType.FLOAT ? "0.0" : type == GType.UINT ? "0u" : "0";
        String one = type == GType.FLOAT ? "1.0" : type == GType.UINT ? "1u" : "1";
        StringBuilder expr = new StringBuilder(vec).append('(');
        for (int c = 0; c < 4; c++) {
            int sel = swizzle >>> (3 * c) & 7;
            expr.append(c > 0 ? ", " : "").append(switch (sel) {
                case ShaderKey.SWIZZLE_ZERO -> zero;
                case ShaderKey.SWIZZLE_ONE -> one;
                default -> "buffer_texel." + "xyzw".charAt(sel);
            });
        }
        expr.append(')');
        ctx.body.open("{");
        ctx.body.line(vec + " buffer_texel = " + call + ";");
        write(inst, s, expr.toString());
        ctx.body.close("}");
    }

    private void size(Instruction inst) throws ShaderTranslationException {
        Sampler s = sampler(inst);
        TextureTarget t = s.target();
        boolean rect = t == TextureTarget.RECT || t == TextureTarget.SHADOW_RECT;
        boolean noLod = t == TextureTarget.BUFFER || rect || t.isMultisample();
        String lod = ops.scalar(inst.src().get(0), GType.INT, 0);
        String call = "textureSize(" + s.name() + (noLod ? "" : ", " + lod) + ")";
        if (ctx.host.es() && rect) {
            call = "textureSize(" + s.name() + ", 0)";
        } else if (ctx.host.es() && EsTextureCoords.emulated(t)) {
            // The stand-in has an extra row dimension: drop it.
            call += t.isArray() ? ".xz" : ".x";
        }
        int n = switch (t.withoutShadow()) {
            case BUFFER, TEX_1D -> 1;
            case TEX_3D, TEX_2D_ARRAY, CUBE_ARRAY, TEX_2D_ARRAY_MSAA -> 3;
            default -> 2;
        };
        DstOperand d = inst.dst().get(0);
        String levels = "0";
        if (d.writes(3) && !noLod && ctx.host.es()) {
            // GLSL ES has no textureQueryLevels: the renderer provides the count (upstream does the same).
            int slot = samplerSlot(inst);
            ctx.levelQueries.add(slot);
            levels = Names.textureLevels(ctx.stage, slot);
        } else if (d.writes(3) && !noLod) {
            ctx.require(430);
            levels = "textureQueryLevels(" + s.name() + ")";
        }
        String v = switch (n) {
            case 1 -> "ivec4(" + call + ", 0, 0, " + levels + ")";
            case 2 -> "ivec4(" + call + ", 0, " + levels + ")";
            default -> "ivec4(" + call + ", " + levels + ")";
        };
        ops.writeVec4(d, GType.INT, v, false);
    }

    private void samples(Instruction inst) throws ShaderTranslationException {
        ctx.require(450);
        ctx.refuseOnEs("textureSamples (TXQS)");
        Sampler s = sampler(inst);
        ops.writeVec4(inst.dst().get(0), GType.INT, "ivec4(textureSamples(" + s.name() + "), 0, 0, 0)", false);
    }

    private void gather(Instruction inst) throws ShaderTranslationException {
        ctx.require(400);
        Sampler s = sampler(inst);
        TextureTarget t = s.target();
        String offset = gatherOffset(inst, t);
        String function = inst.offsets().size() == 4 ? "textureGatherOffsets" : "textureGatherOffset";
        boolean esRect = ctx.host.es() && t.withoutShadow() == TextureTarget.RECT;
        if (ctx.host.es()) {
            ShaderScan.check(!EsTextureCoords.emulated(t) || esRect, "unsupported on GLES host: gather from a 1D texture");
        }
        String call;
        if (t.isShadow()) {
            // The reference follows the coordinates in src0, except for cube arrays, whose four
            // coordinates fill src0: their reference is src1.x (where other gathers name a component).
            boolean cubeArray = t == TextureTarget.SHADOW_CUBE_ARRAY;
            int n = cubeArray ? 4 : coordWidth(t) - 1;
            String coord = ops.read(inst.src().get(0), GType.FLOAT, n);
            if (esRect) {
                coord = EsTextureCoords.sample(TextureTarget.RECT, s.name(), coord, false);
            }
            String ref = cubeArray ? ops.scalar(inst.src().get(1), GType.FLOAT, 0)
                : ops.scalar(inst.src().get(0), GType.FLOAT, n);
            call = offset == null ? "textureGather(" + s.name() + ", " + coord + ", " + ref + ")"
                    : function + "(" + s.name() + ", " + coord + ", " + ref + ", " + offset + ")";
            call = shadowGatherResult(inst, call);
        } else {
            String coord = ops.read(inst.src().get(0), GType.FLOAT, coordWidth(t));
            if (esRect) {
                coord = EsTextureCoords.sample(TextureTarget.RECT, s.name(), coord, false);
            }
            int comp = ops.immediateWord(inst.src().get(1), 0);
            ShaderScan.check(comp >= 0 && comp < 4, "gather component out of range");
            call = offset == null ? "textureGather(" + s.name() + ", " + coord + ", " + comp + ")"
                    : function + "(" + s.name() + ", " + coord + ", " + offset + ", " + comp + ")";
        }
        write(inst, s, call);
    }

    private void lod(Instruction inst) throws ShaderTranslationException {
        ctx.require(400);
        ctx.need(EsFeature.TEXTURE_QUERY_LOD);
        Sampler s = sampler(inst);
        String coord = ops.read(inst.src().get(0), GType.FLOAT, spatialDims(s.target()));
        // The ES extension keeps the ARB spelling.
        String fn = "textureQueryLod";
        if (ctx.host.es()) {
            fn = "textureQueryLOD";
            coord = EsTextureCoords.sample(s.target().withoutShadow(), s.name(), coord, false);
        }
        ops.writeVec4(inst.dst().get(0), GType.FLOAT, "vec4(" + fn + "(" + s.name() + ", " + coord + "), 0.0, 0.0)", false);
    }

    /** The first texel offset as a constant ivecN, or null; GLSL wants constant offsets. */
    private String offset(Instruction inst, TextureTarget t) throws ShaderTranslationException {
        if (inst.offsets().isEmpty()) {
            return null;
        }
        ShaderScan.check(!t.isCube(), "texel offsets on a cube target");
        String offset = constantOffset(inst.offsets().get(0), t.coordinateDims());
        return ctx.host.es() ? EsTextureCoords.offset(t, offset) : offset;
    }

    /**
     * TG4's offsets: one offset may be any register, since textureGatherOffset takes a
     * non-constant offset from GLSL 4.00 on; four offsets (textureGatherOffsets) must be
     * constant in GLSL, so they are an ivec2[4] of immediates.
     */
    private String gatherOffset(Instruction inst, TextureTarget t) throws ShaderTranslationException {
        List<TexOffset> offsets = inst.offsets();
        if (offsets.isEmpty()) {
            return null;
        }
        ShaderScan.check(!t.isCube(), "texel offsets on a cube target");
        int n = t.coordinateDims();
        if (offsets.size() == 4) {
            ctx.need(EsFeature.GPU_SHADER5);
            StringBuilder sb = new StringBuilder("ivec2[4](");
            for (int i = 0; i < 4; i++) {
                sb.append(i > 0 ? ", " : "").append(constantOffset(offsets.get(i), n));
            }
            return sb.append(')').toString();
        }
        ShaderScan.check(offsets.size() == 1, "TG4 takes one or four texel offsets");
        TexOffset o = offsets.get(0);
        if (o.file() == RegisterFile.IMMEDIATE) {
            return constantOffset(o, n);
        }
        ctx.need(EsFeature.GPU_SHADER5);
        ShaderScan.check(o.file() == RegisterFile.TEMPORARY || o.file() == RegisterFile.INPUT
                || o.file() == RegisterFile.CONSTANT || o.file() == RegisterFile.ADDRESS,
                "texel offset read from " + o.file());
        SrcOperand src = new SrcOperand(RegisterRef.of(o.file(), o.index()),
                SrcOperand.swizzle(o.swizzleX(), o.swizzleY(), o.swizzleZ(), o.swizzleZ()), false, false);
        return ops.read(src, GType.INT, n);
    }

    private String constantOffset(TexOffset o, int n) throws ShaderTranslationException {
        ShaderScan.check(o.file() == RegisterFile.IMMEDIATE && o.index() >= 0
                && o.index() < ctx.shader.immediates().size(), "texel offsets must be immediates");
        Immediate imm = ctx.shader.immediates().get(o.index());
        StringBuilder sb = new StringBuilder(n == 1 ? "int(" : "ivec" + n + "(");
        for (int c = 0; c < n; c++) {
            sb.append(c > 0 ? ", " : "").append(imm.word(o.swizzle(c)));
        }
        return sb.append(')').toString();
    }
}
