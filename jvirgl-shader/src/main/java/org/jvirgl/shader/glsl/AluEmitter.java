package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.DstOperand;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.Opcode;
import org.jvirgl.shader.tgsi.SrcOperand;

/** Per-channel and replicated arithmetic, comparisons, conversions and bit operations. */
final class AluEmitter {
    private static final String TRUE_MASK = "0xFFFFFFFFu";

    private final TranslationContext ctx;
    private final OperandEmitter ops;

    AluEmitter(TranslationContext ctx, OperandEmitter ops) {
        this.ctx = ctx;
        this.ops = ops;
    }

    @FunctionalInterface
    private interface Expr {
        String of(String[] a, int n) throws ShaderTranslationException;
    }

    /** Emits {@code inst} if it is an ALU opcode; returns false otherwise. */
    boolean emit(Instruction inst) throws ShaderTranslationException {
        Opcode op = inst.opcode();
        GType f = GType.FLOAT;
        GType i = GType.INT;
        GType u = GType.UINT;
        switch (op) {
            case MOV -> mov(inst);
            case ARL -> comp(inst, f, i, (a, n) -> i.type(n) + "(floor(" + a[0] + "))");
            case UARL -> comp(inst, i, i, (a, n) -> a[0]);
            case RCP -> repl(inst, f, 1, a -> "(1.0 / " + a[0] + ")");
            case RSQ -> repl(inst, f, 1, a -> "inversesqrt(" + a[0] + ")");
            case SQRT -> repl(inst, f, 1, a -> "sqrt(" + a[0] + ")");
            case EX2 -> repl(inst, f, 1, a -> "exp2(" + a[0] + ")");
            case LG2 -> repl(inst, f, 1, a -> "log2(" + a[0] + ")");
            case POW -> repl(inst, f, 1, a -> "pow(" + a[0] + ", " + a[1] + ")");
            case SIN -> repl(inst, f, 1, a -> "sin(" + a[0] + ")");
            case COS -> repl(inst, f, 1, a -> "cos(" + a[0] + ")");
            case DP2 -> repl(inst, f, 2, a -> "dot(" + a[0] + ", " + a[1] + ")");
            case DP3 -> repl(inst, f, 3, a -> "dot(" + a[0] + ", " + a[1] + ")");
            case DP4 -> repl(inst, f, 4, a -> "dot(" + a[0] + ", " + a[1] + ")");
            case MUL -> comp(inst, f, f, (a, n) -> "(" + a[0] + " * " + a[1] + ")");
            case ADD -> comp(inst, f, f, (a, n) -> "(" + a[0] + " + " + a[1] + ")");
            case DIV -> comp(inst, f, f, (a, n) -> "(" + a[0] + " / " + a[1] + ")");
            case MIN -> comp(inst, f, f, (a, n) -> "min(" + a[0] + ", " + a[1] + ")");
            case MAX -> comp(inst, f, f, (a, n) -> "max(" + a[0] + ", " + a[1] + ")");
            case MAD -> comp(inst, f, f, (a, n) -> "(" + a[0] + " * " + a[1] + " + " + a[2] + ")");
            case FMA -> comp(inst, f, f, (a, n) -> fma(a));
            case LRP -> comp(inst, f, f, (a, n) -> "mix(" + a[2] + ", " + a[1] + ", " + a[0] + ")");
            case FRC -> comp(inst, f, f, (a, n) -> "fract(" + a[0] + ")");
            case FLR -> comp(inst, f, f, (a, n) -> "floor(" + a[0] + ")");
            case ROUND -> comp(inst, f, f, (a, n) -> "roundEven(" + a[0] + ")");
            case CEIL -> comp(inst, f, f, (a, n) -> "ceil(" + a[0] + ")");
            case TRUNC -> comp(inst, f, f, (a, n) -> "trunc(" + a[0] + ")");
            case SSG -> comp(inst, f, f, (a, n) -> "sign(" + a[0] + ")");
            case CMP -> comp(inst, f, f, (a, n) -> n == 1
                    ? "(" + a[0] + " < 0.0 ? " + a[1] + " : " + a[2] + ")"
                    : "mix(" + a[2] + ", " + a[1] + ", lessThan(" + a[0] + ", " + f.zero(n) + "))");
            case DDX, DDY -> comp(inst, f, f, (a, n) -> (op == Opcode.DDX ? "dFdx(" : "dFdy(") + a[0] + ")");
            case DDX_FINE, DDY_FINE -> comp(inst, f, f, (a, n) -> fine(op) + "(" + a[0] + ")");
            case LDEXP -> ldexp(inst);
            case SLT, SGE, SEQ, SNE, SGT, SLE -> comp(inst, f, f, (a, n) -> f.type(n) + "(" + compare(op, a, n) + ")");
            case FSLT, FSGE, FSEQ, FSNE -> comp(inst, f, u, (a, n) -> mask(compare(op, a, n), n));
            case ISLT, ISGE -> comp(inst, i, u, (a, n) -> mask(compare(op, a, n), n));
            case USLT, USGE, USEQ, USNE -> comp(inst, u, u, (a, n) -> mask(compare(op, a, n), n));
            case I2F -> comp(inst, i, f, (a, n) -> f.type(n) + "(" + a[0] + ")");
            case U2F -> comp(inst, u, f, (a, n) -> f.type(n) + "(" + a[0] + ")");
            case F2I -> comp(inst, f, i, (a, n) -> i.type(n) + "(" + a[0] + ")");
            case F2U -> comp(inst, f, u, (a, n) -> u.type(n) + "(" + a[0] + ")");
            case UADD -> comp(inst, u, u, (a, n) -> "(" + a[0] + " + " + a[1] + ")");
            case UMUL -> comp(inst, u, u, (a, n) -> "(" + a[0] + " * " + a[1] + ")");
            case UMAD -> comp(inst, u, u, (a, n) -> "(" + a[0] + " * " + a[1] + " + " + a[2] + ")");
            case UDIV -> comp(inst, u, u, (a, n) -> "(" + a[0] + " / " + a[1] + ")");
            case UMOD -> comp(inst, u, u, (a, n) -> "(" + a[0] + " % " + a[1] + ")");
            case IDIV -> comp(inst, i, i, (a, n) -> "(" + a[0] + " / " + a[1] + ")");
            case MOD -> comp(inst, i, i, (a, n) -> "(" + a[0] + " % " + a[1] + ")");
            case UMAX, IMAX -> comp(inst, op == Opcode.UMAX ? u : i, op == Opcode.UMAX ? u : i, (a, n) -> "max(" + a[0] + ", " + a[1] + ")");
            case UMIN, IMIN -> comp(inst, op == Opcode.UMIN ? u : i, op == Opcode.UMIN ? u : i, (a, n) -> "min(" + a[0] + ", " + a[1] + ")");
            case INEG -> comp(inst, i, i, (a, n) -> "(-" + a[0] + ")");
            case IABS -> comp(inst, i, i, (a, n) -> "abs(" + a[0] + ")");
            case ISSG -> comp(inst, i, i, (a, n) -> "sign(" + a[0] + ")");
            case SHL -> comp(inst, u, u, (a, n) -> "(" + a[0] + " << (" + a[1] + " & " + u.type(n) + "(31u)))");
            case USHR -> comp(inst, u, u, (a, n) -> "(" + a[0] + " >> (" + a[1] + " & " + u.type(n) + "(31u)))");
            case ISHR -> comp(inst, i, i, (a, n) -> "(" + a[0] + " >> (" + a[1] + " & " + i.type(n) + "(31)))");
            case AND -> comp(inst, u, u, (a, n) -> "(" + a[0] + " & " + a[1] + ")");
            case OR -> comp(inst, u, u, (a, n) -> "(" + a[0] + " | " + a[1] + ")");
            case XOR -> comp(inst, u, u, (a, n) -> "(" + a[0] + " ^ " + a[1] + ")");
            case NOT -> comp(inst, u, u, (a, n) -> "(~" + a[0] + ")");
            case UCMP -> ucmp(inst);
            case IMUL_HI, UMUL_HI -> mulHigh(inst);
            case IBFE -> bitfield(inst, i, (a, n) -> "bitfieldExtract(" + a[0] + ", " + a[1] + ", " + a[2] + ")");
            case UBFE -> bitfield(inst, u, (a, n) -> "bitfieldExtract(" + a[0] + ", " + a[1] + ", " + a[2] + ")");
            case BFI -> bitfieldInsert(inst);
            case BREV -> gpu5(inst, u, u, (a, n) -> "bitfieldReverse(" + a[0] + ")");
            case POPC -> gpu5(inst, u, i, (a, n) -> "bitCount(" + a[0] + ")");
            case LSB -> gpu5(inst, u, i, (a, n) -> "findLSB(" + a[0] + ")");
            case UMSB -> gpu5(inst, u, i, (a, n) -> "findMSB(" + a[0] + ")");
            case IMSB -> gpu5(inst, i, i, (a, n) -> "findMSB(" + a[0] + ")");
            case PK2H -> {
                ctx.require(420);
                repl(inst, f, 2, GType.UINT, a -> "packHalf2x16(" + a[0] + ")");
            }
            case UP2H -> {
                ctx.require(420);
                DstOperand d = inst.dst().get(0);
                String v = "unpackHalf2x16(" + ops.scalar(inst.src().get(0), u, 0) + ")";
                ops.writeVec4(d, f, "vec4(" + v + ", " + v + ")", inst.saturate());
            }
            case CLOCK -> clock(inst);
            case NOP -> { }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The shader clock as TGSI has it: low word in x, high word in y (ARB_shader_clock's
     * clock2x32ARB); z and w repeat them, so any write mask reads one sample of the clock.
     */
    private void clock(Instruction inst) throws ShaderTranslationException {
        ctx.refuseOnEs("CLOCK");
        if (!ctx.host.mayUse("GL_ARB_shader_clock")) {
            throw new ShaderTranslationException("CLOCK needs GL_ARB_shader_clock on the host");
        }
        ctx.extensions.add("GL_ARB_shader_clock");
        ops.writeVec4(inst.dst().get(0), GType.UINT, "clock2x32ARB().xyxy", false);
    }

    private String fine(Opcode op) {
        if (ctx.host.atLeast(450)) {
            ctx.require(450);
            return op == Opcode.DDX_FINE ? "dFdxFine" : "dFdyFine";
        }
        return op == Opcode.DDX_FINE ? "dFdx" : "dFdy";
    }

    private String fma(String[] a) {
        if (ctx.host.atLeast(400)) {
            ctx.require(400);
            return "fma(" + a[0] + ", " + a[1] + ", " + a[2] + ")";
        }
        return "(" + a[0] + " * " + a[1] + " + " + a[2] + ")";
    }

    private static String mask(String boolExpr, int n) {
        return "(" + GType.UINT.type(n) + "(" + boolExpr + ") * " + TRUE_MASK + ")";
    }

    private static String compare(Opcode op, String[] a, int n) {
        String[] ops = switch (op) {
            case SLT, FSLT, ISLT, USLT -> new String[] {"<", "lessThan"};
            case SGE, FSGE, ISGE, USGE -> new String[] {">=", "greaterThanEqual"};
            case SEQ, FSEQ, USEQ -> new String[] {"==", "equal"};
            case SNE, FSNE, USNE -> new String[] {"!=", "notEqual"};
            case SGT -> new String[] {">", "greaterThan"};
            case SLE -> new String[] {"<=", "lessThanEqual"};
            default -> throw new IllegalStateException(op.name());
        };
        return n == 1 ? "(" + a[0] + " " + ops[0] + " " + a[1] + ")" : ops[1] + "(" + a[0] + ", " + a[1] + ")";
    }

    /** Per-channel op: every source read as {@code in} over the written channels. */
    private void comp(Instruction inst, GType in, GType out, Expr f) throws ShaderTranslationException {
        DstOperand d = inst.dst().get(0);
        int[] chans = OperandEmitter.channels(d.writeMask());
        String[] a = new String[inst.src().size()];
        for (int s = 0; s < a.length; s++) {
            a[s] = ops.read(inst.src().get(s), in, chans);
        }
        ops.write(d, out, f.of(a, chans.length), inst.saturate());
    }

    private interface Scalar {
        String of(String[] a) throws ShaderTranslationException;
    }

    private void repl(Instruction inst, GType in, int width, Scalar f) throws ShaderTranslationException {
        repl(inst, in, width, in, f);
    }

    /** Replicated op: sources read over their first {@code width} channels, scalar result broadcast. */
    private void repl(Instruction inst, GType in, int width, GType out, Scalar f) throws ShaderTranslationException {
        String[] a = new String[inst.src().size()];
        for (int s = 0; s < a.length; s++) {
            a[s] = ops.read(inst.src().get(s), in, width);
        }
        ops.writeReplicated(inst.dst().get(0), out, f.of(a), inst.saturate());
    }

    private void mov(Instruction inst) throws ShaderTranslationException {
        SrcOperand s = inst.src().get(0);
        // Modifiers and saturation make MOV a float move; otherwise it copies raw bits.
        boolean asFloat = s.negate() || s.absolute() || inst.saturate();
        comp(inst, asFloat ? GType.FLOAT : GType.UINT, asFloat ? GType.FLOAT : GType.UINT, (a, n) -> a[0]);
    }

    private void ucmp(Instruction inst) throws ShaderTranslationException {
        SrcOperand b = inst.src().get(1);
        SrcOperand c = inst.src().get(2);
        boolean asFloat = b.negate() || b.absolute() || c.negate() || c.absolute() || inst.saturate();
        GType t = asFloat ? GType.FLOAT : GType.UINT;
        DstOperand d = inst.dst().get(0);
        int[] chans = OperandEmitter.channels(d.writeMask());
        int n = chans.length;
        String cond = ops.read(inst.src().get(0), GType.UINT, chans);
        String vb = ops.read(b, t, chans);
        String vc = ops.read(c, t, chans);
        String value = n == 1
                ? "(" + cond + " != 0u ? " + vb + " : " + vc + ")"
                : "mix(" + vc + ", " + vb + ", notEqual(" + cond + ", " + GType.UINT.zero(n) + "))";
        if (n > 1 && t == GType.UINT && !ctx.host.atLeast(450)) {
            String m = mask("notEqual(" + cond + ", " + GType.UINT.zero(n) + ")", n);
            value = "((" + vb + " & " + m + ") | (" + vc + " & ~" + m + "))";
        } else if (n > 1 && t == GType.UINT) {
            ctx.require(450);
        }
        ops.write(d, t, value, inst.saturate());
    }

    private void ldexp(Instruction inst) throws ShaderTranslationException {
        ctx.require(400);
        DstOperand d = inst.dst().get(0);
        int[] chans = OperandEmitter.channels(d.writeMask());
        String m = ops.read(inst.src().get(0), GType.FLOAT, chans);
        String e = ops.read(inst.src().get(1), GType.INT, chans);
        ops.write(d, GType.FLOAT, "ldexp(" + m + ", " + e + ")", inst.saturate());
    }

    private void mulHigh(Instruction inst) throws ShaderTranslationException {
        ctx.require(400);
        GType t = inst.opcode() == Opcode.UMUL_HI ? GType.UINT : GType.INT;
        DstOperand d = inst.dst().get(0);
        int[] chans = OperandEmitter.channels(d.writeMask());
        String type = t.type(chans.length);
        ctx.body.open("{");
        ctx.body.line(type + " hi, lo;");
        ctx.body.line((t == GType.UINT ? "umulExtended(" : "imulExtended(") + ops.read(inst.src().get(0), t, chans)
                + ", " + ops.read(inst.src().get(1), t, chans) + ", hi, lo);");
        ops.write(d, t, "hi", false);
        ctx.body.close("}");
    }

    /** bitfieldExtract/Insert take scalar offset and width, so vectors are built per channel. */
    private void bitfield(Instruction inst, GType t, Expr f) throws ShaderTranslationException {
        ctx.require(400);
        DstOperand d = inst.dst().get(0);
        int[] chans = OperandEmitter.channels(d.writeMask());
        StringBuilder v = new StringBuilder(chans.length == 1 ? "" : t.type(chans.length) + "(");
        for (int k = 0; k < chans.length; k++) {
            int c = chans[k];
            String[] a = {ops.scalar(inst.src().get(0), t, c), ops.scalar(inst.src().get(1), GType.INT, c),
                    ops.scalar(inst.src().get(2), GType.INT, c)};
            v.append(k > 0 ? ", " : "").append(f.of(a, 1));
        }
        ops.write(d, t, chans.length == 1 ? v.toString() : v.append(')').toString(), false);
    }

    private void bitfieldInsert(Instruction inst) throws ShaderTranslationException {
        ctx.require(400);
        DstOperand d = inst.dst().get(0);
        int[] chans = OperandEmitter.channels(d.writeMask());
        StringBuilder v = new StringBuilder(chans.length == 1 ? "" : GType.UINT.type(chans.length) + "(");
        for (int k = 0; k < chans.length; k++) {
            int c = chans[k];
            v.append(k > 0 ? ", " : "").append("bitfieldInsert(")
                    .append(ops.scalar(inst.src().get(0), GType.UINT, c)).append(", ")
                    .append(ops.scalar(inst.src().get(1), GType.UINT, c)).append(", ")
                    .append(ops.scalar(inst.src().get(2), GType.INT, c)).append(", ")
                    .append(ops.scalar(inst.src().get(3), GType.INT, c)).append(')');
        }
        ops.write(d, GType.UINT, chans.length == 1 ? v.toString() : v.append(')').toString(), false);
    }

    private void gpu5(Instruction inst, GType in, GType out, Expr f) throws ShaderTranslationException {
        ctx.require(400);
        comp(inst, in, out, f);
    }
}
