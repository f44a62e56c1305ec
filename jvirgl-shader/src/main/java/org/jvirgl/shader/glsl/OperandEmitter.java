package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.Dimension;
import org.jvirgl.shader.tgsi.DstOperand;
import org.jvirgl.shader.tgsi.Immediate;
import org.jvirgl.shader.tgsi.Indirect;
import org.jvirgl.shader.tgsi.Primitive;
import org.jvirgl.shader.tgsi.PropertyName;
import org.jvirgl.shader.tgsi.RegisterFile;
import org.jvirgl.shader.tgsi.RegisterRef;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.SrcOperand;

/**
 * Turns TGSI operands into GLSL: a source becomes an expression of the requested type and
 * width, a destination an assignment that bit-casts back into register storage.
 */
final class OperandEmitter {
    private static final String CHANNELS = "xyzw";

    private final TranslationContext ctx;
    private final Interfaces io;
    private final Outputs outputs;

    OperandEmitter(TranslationContext ctx, Interfaces io, Outputs outputs) {
        this.ctx = ctx;
        this.io = io;
        this.outputs = outputs;
    }

    /** Identity channel list for a write mask: .xz → {0, 2}. */
    static int[] channels(int writeMask) {
        int[] out = new int[Integer.bitCount(writeMask)];
        int n = 0;
        for (int c = 0; c < 4; c++) {
            if ((writeMask & (1 << c)) != 0) {
                out[n++] = c;
            }
        }
        return out;
    }

    static int[] firstChannels(int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * Source {@code src} read as {@code type}, one component per entry of {@code chans} (each a
     * logical channel that the operand's swizzle maps to a register channel).
     */
    String read(SrcOperand src, GType type, int[] chans) throws ShaderTranslationException {
        Stored base = register(src.register());
        StringBuilder swz = new StringBuilder(".");
        for (int c : chans) {
            swz.append(CHANNELS.charAt(src.channel(c)));
        }
        String e = type.convert(base.expr() + swz, base.type(), chans.length);
        if (src.absolute() && type != GType.UINT) {
            e = "abs(" + e + ")";
        }
        if (src.negate()) {
            e = "(-" + e + ")";
        }
        return e;
    }

    /** Reads the first {@code n} logical channels. */
    String read(SrcOperand src, GType type, int n) throws ShaderTranslationException {
        return read(src, type, firstChannels(n));
    }

    /** Reads logical channel {@code c} as a scalar. */
    String scalar(SrcOperand src, GType type, int c) throws ShaderTranslationException {
        return read(src, type, new int[] {c});
    }

    /** The register as a stored vec4 expression (no swizzle). */
    Stored register(RegisterRef r) throws ShaderTranslationException {
        return switch (r.file()) {
            case TEMPORARY -> new Stored(Names.TEMPS + "[" + index(r, ctx.scan.temps, tempArray(r)) + "]", GType.UINT);
            case ADDRESS -> new Stored(Names.ADDRS + "[" + index(r, ctx.scan.addrs, null) + "]", GType.INT);
            case IMMEDIATE -> new Stored(Names.IMMS + "[" + index(r, ctx.shader.immediates().size(), null) + "]", GType.UINT);
            case CONSTANT -> constant(r);
            case SYSTEM_VALUE -> new Stored(Names.SYSVALS + "[" + index(r, ctx.scan.sysvals, null) + "]", GType.UINT);
            case INPUT -> input(r);
            case OUTPUT -> output(r);
            default -> throw new ShaderTranslationException("cannot read register file " + r.file());
        };
    }

    private Stored constant(RegisterRef r) throws ShaderTranslationException {
        Dimension dim = r.dimension();
        if (dim == null || (dim.indirect() == null && dim.index() == 0)) {
            ShaderScan.check(ctx.scan.consts > 0, "constant read without CONST declaration");
            return new Stored(Names.constants(ctx.stage) + "[" + index(r, ctx.scan.consts, null) + "]", GType.UINT);
        }
        if (dim.indirect() != null) {
            // UBO arrays: a helper switches over the declared blocks and clamps the index.
            ShaderScan.check(!ctx.scan.uboSizes.isEmpty(), "indirect UBO access without UBO declarations");
            ctx.needsUboLoader = true;
            String slot = addressOf(dim.indirect()) + (dim.index() != 0 ? " + " + dim.index() : "");
            String element = r.isIndirect() ? addressOf(r.indirect()) + (r.index() != 0 ? " + " + r.index() : "")
                    : Integer.toString(r.index());
            return new Stored("load_ubo(" + slot + ", " + element + ")", GType.UINT);
        }
        Integer size = ctx.scan.uboSizes.get(dim.index());
        ShaderScan.check(size != null, "UBO " + dim.index() + " read without declaration");
        return new Stored(Names.uboData(ctx.stage, dim.index()) + "[" + index(r, size, null) + "]", GType.UINT);
    }

    private Stored input(RegisterRef r) throws ShaderTranslationException {
        if (r.dimension() != null && ctx.stage != ShaderStage.VERTEX && ctx.stage != ShaderStage.FRAGMENT) {
            if (r.isIndirect()) {
                return io.perVertexInputIndirect(index(r, ctx.scan.inputs, null), dimension(r.dimension()));
            }
            return io.perVertexInput(r.index(), dimension(r.dimension()));
        }
        ShaderScan.check(ctx.scan.inputs > 0, "input read without declaration");
        return new Stored(Names.INPUTS + "[" + index(r, ctx.scan.inputs, null) + "]", GType.UINT);
    }

    private Stored output(RegisterRef r) throws ShaderTranslationException {
        if (ctx.stage == ShaderStage.TESS_CTRL) {
            String vertex = r.dimension() == null ? null : dimension(r.dimension());
            if (r.isIndirect()) {
                return outputs.tcsOutputIndirect(index(r, ctx.scan.outputs, null), vertex);
            }
            return outputs.tcsOutputValue(r.index(), vertex);
        }
        ShaderScan.check(ctx.scan.outputs > 0, "output access without declaration");
        return new Stored(Names.OUTPUTS + "[" + index(r, ctx.scan.outputs, null) + "]", GType.UINT);
    }

    private String dimension(Dimension d) throws ShaderTranslationException {
        if (d.indirect() == null) {
            ShaderScan.check(d.index() >= 0 && d.index() < 64, "vertex index out of range");
            return Integer.toString(d.index());
        }
        // The guest picks the vertex: keep it inside the input array.
        int last = verticesIn() - 1;
        return "clamp(" + addressOf(d.indirect()) + (d.index() != 0 ? " + " + d.index() : "") + ", 0, " + last + ")";
    }

    private int verticesIn() {
        if (ctx.stage == ShaderStage.GEOMETRY) {
            Primitive p = Primitive.fromValue(ctx.shader.property(PropertyName.GS_INPUT_PRIMITIVE).orElse(-1));
            if (p != null && p.verticesPerPrimitive() > 0) {
                return p.verticesPerPrimitive();
            }
            return 1;
        }
        return 32;
    }

    /** The TEMP array declaration that bounds an indirect access, if any. */
    private Declaration tempArray(RegisterRef r) {
        if (!r.isIndirect()) {
            return null;
        }
        for (Declaration d : ctx.scan.tempArrays) {
            if (r.indirect().arrayId() != 0 ? d.arrayId() == r.indirect().arrayId() : d.contains(r.index())) {
                return d;
            }
        }
        return null;
    }

    /**
     * The index expression of a register in a file of {@code size} entries. Direct indices are
     * checked; indirect ones are clamped into the declared array (or the whole file), because
     * the guest controls the address register.
     */
    private String index(RegisterRef r, int size, Declaration array) throws ShaderTranslationException {
        if (!r.isIndirect()) {
            ShaderScan.check(r.index() >= 0 && r.index() < size, r.file() + "[" + r.index() + "] is not declared");
            return Integer.toString(r.index());
        }
        int lo = array != null ? array.first() : 0;
        int hi = array != null ? array.last() : size - 1;
        ShaderScan.check(size > 0, "indirect access to an undeclared " + r.file());
        String sum = addressOf(r.indirect()) + (r.index() != 0 ? " + " + r.index() : "");
        return "clamp(" + sum + ", " + lo + ", " + hi + ")";
    }

    private String addressOf(Indirect ind) throws ShaderTranslationException {
        return switch (ind.file()) {
            case ADDRESS -> {
                ShaderScan.check(ind.index() < ctx.scan.addrs, "ADDR[" + ind.index() + "] is not declared");
                yield Names.ADDRS + "[" + ind.index() + "]." + CHANNELS.charAt(ind.component());
            }
            case TEMPORARY -> {
                ShaderScan.check(ind.index() < ctx.scan.temps, "TEMP[" + ind.index() + "] is not declared");
                yield "int(" + Names.TEMPS + "[" + ind.index() + "]." + CHANNELS.charAt(ind.component()) + ")";
            }
            default -> throw new ShaderTranslationException("indirect addressing through " + ind.file());
        };
    }

    /**
     * Emits {@code dst = value}: {@code value} has {@code type} and one component per bit of the
     * write mask. Saturation clamps float results to [0, 1].
     */
    void write(DstOperand dst, GType type, String value, boolean saturate) throws ShaderTranslationException {
        int[] chans = channels(dst.writeMask());
        String v = saturate && type == GType.FLOAT ? "clamp(" + value + ", 0.0, 1.0)" : value;
        RegisterRef r = dst.register();
        String mask = "." + mask(chans);
        switch (r.file()) {
            case TEMPORARY -> ctx.body.line(Names.TEMPS + "[" + index(r, ctx.scan.temps, tempArray(r)) + "]" + mask
                    + " = " + GType.UINT.convert(v, type, chans.length) + ";");
            case ADDRESS -> ctx.body.line(Names.ADDRS + "[" + index(r, ctx.scan.addrs, null) + "]" + mask
                    + " = " + GType.INT.convert(v, type, chans.length) + ";");
            case OUTPUT -> {
                if (ctx.stage == ShaderStage.TESS_CTRL) {
                    String vertex = r.dimension() == null ? null : dimension(r.dimension());
                    String bits = GType.UINT.convert(v, type, chans.length);
                    if (r.isIndirect()) {
                        outputs.writeTcsOutputIndirect(index(r, ctx.scan.outputs, null), vertex, chans, bits);
                    } else {
                        outputs.writeTcsOutput(ctx.body, r.index(), vertex, chans, bits);
                    }
                } else {
                    ShaderScan.check(ctx.scan.outputs > 0, "output write without declaration");
                    ctx.body.line(Names.OUTPUTS + "[" + index(r, ctx.scan.outputs, null) + "]" + mask
                            + " = " + GType.UINT.convert(v, type, chans.length) + ";");
                }
            }
            default -> throw new ShaderTranslationException("cannot write register file " + r.file());
        }
    }

    /** Writes a scalar result replicated into every written channel. */
    void writeReplicated(DstOperand dst, GType type, String scalar, boolean saturate) throws ShaderTranslationException {
        int n = Integer.bitCount(dst.writeMask());
        write(dst, type, n == 1 ? scalar : type.type(n) + "(" + scalar + ")", saturate);
    }

    /** Writes a full 4-component value, keeping only the masked channels. */
    void writeVec4(DstOperand dst, GType type, String vec4, boolean saturate) throws ShaderTranslationException {
        write(dst, type, "(" + vec4 + ")." + mask(channels(dst.writeMask())), saturate);
    }

    static String mask(int[] chans) {
        StringBuilder sb = new StringBuilder();
        for (int c : chans) {
            sb.append(CHANNELS.charAt(c));
        }
        return sb.toString();
    }

    /** The 32-bit word of an immediate operand's channel {@code c}, for constant-only GLSL slots. */
    int immediateWord(SrcOperand src, int c) throws ShaderTranslationException {
        RegisterRef r = src.register();
        ShaderScan.check(r.file() == RegisterFile.IMMEDIATE && !r.isIndirect()
                && r.index() >= 0 && r.index() < ctx.shader.immediates().size(), "operand must be an immediate");
        Immediate imm = ctx.shader.immediates().get(r.index());
        int w = imm.word(src.channel(c));
        return src.negate() ? -w : w;
    }
}
