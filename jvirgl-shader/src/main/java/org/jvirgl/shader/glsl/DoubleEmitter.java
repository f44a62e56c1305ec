package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.DstOperand;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.Opcode;
import org.jvirgl.shader.tgsi.SrcOperand;

/**
 * fp64 opcodes. A double occupies a channel pair (xy = slot 0, zw = slot 1) and is rebuilt
 * with packDouble2x32 from the raw words. An operation writing one double reads the first
 * double of each source. Conversions to 32-bit results write the k-th double
 * to the k-th written channel (as tgsi_exec does); conversions from 32-bit sources read
 * channel j for slot j.
 */
final class DoubleEmitter {
    private final TranslationContext ctx;
    private final OperandEmitter ops;

    DoubleEmitter(TranslationContext ctx, OperandEmitter ops) {
        this.ctx = ctx;
        this.ops = ops;
    }

    private interface Expr {
        String of(String[] a);
    }

    boolean emit(Instruction inst) throws ShaderTranslationException {
        Opcode op = inst.opcode();
        switch (op) {
            case DADD -> wide(inst, a -> "(" + a[0] + " + " + a[1] + ")");
            case DMUL -> wide(inst, a -> "(" + a[0] + " * " + a[1] + ")");
            case DDIV -> wide(inst, a -> "(" + a[0] + " / " + a[1] + ")");
            case DMIN -> wide(inst, a -> "min(" + a[0] + ", " + a[1] + ")");
            case DMAX -> wide(inst, a -> "max(" + a[0] + ", " + a[1] + ")");
            case DMAD -> wide(inst, a -> "(" + a[0] + " * " + a[1] + " + " + a[2] + ")");
            case DFMA -> wide(inst, a -> "fma(" + a[0] + ", " + a[1] + ", " + a[2] + ")");
            case DABS -> wide(inst, a -> "abs(" + a[0] + ")");
            case DNEG -> wide(inst, a -> "(-" + a[0] + ")");
            case DRCP -> wide(inst, a -> "(1.0LF / " + a[0] + ")");
            case DSQRT -> wide(inst, a -> "sqrt(" + a[0] + ")");
            case DRSQ -> wide(inst, a -> "inversesqrt(" + a[0] + ")");
            case DTRUNC -> wide(inst, a -> "trunc(" + a[0] + ")");
            case DCEIL -> wide(inst, a -> "ceil(" + a[0] + ")");
            case DFLR -> wide(inst, a -> "floor(" + a[0] + ")");
            case DROUND -> wide(inst, a -> "roundEven(" + a[0] + ")");
            case DFRAC -> wide(inst, a -> "fract(" + a[0] + ")");
            case DSSG -> wide(inst, a -> "sign(" + a[0] + ")");
            case DSLT -> narrow(inst, GType.UINT, a -> mask(a[0] + " < " + a[1]));
            case DSGE -> narrow(inst, GType.UINT, a -> mask(a[0] + " >= " + a[1]));
            case DSEQ -> narrow(inst, GType.UINT, a -> mask(a[0] + " == " + a[1]));
            case DSNE -> narrow(inst, GType.UINT, a -> mask(a[0] + " != " + a[1]));
            case D2F -> narrow(inst, GType.FLOAT, a -> "float(" + a[0] + ")");
            case D2I -> narrow(inst, GType.INT, a -> "int(" + a[0] + ")");
            case D2U -> narrow(inst, GType.UINT, a -> "uint(" + a[0] + ")");
            case F2D -> widen(inst, GType.FLOAT);
            case I2D -> widen(inst, GType.INT);
            case U2D -> widen(inst, GType.UINT);
            default -> {
                if (op.dstType().isWide() || op.srcType().isWide()) {
                    throw new ShaderTranslationException(op + " (64-bit integer) is not supported");
                }
                return false;
            }
        }
        return true;
    }

    private static String mask(String cond) {
        return "((" + cond + ") ? 0xFFFFFFFFu : 0u)";
    }

    /** Source {@code s} slot {@code j} as a double expression, modifiers applied as doubles. */
    private String dbl(SrcOperand s, int j) throws ShaderTranslationException {
        SrcOperand raw = new SrcOperand(s.register(), s.swizzle(), false, false);
        String e = "packDouble2x32(" + ops.read(raw, GType.UINT, new int[] {2 * j, 2 * j + 1}) + ")";
        if (s.absolute()) {
            e = "abs(" + e + ")";
        }
        if (s.negate()) {
            e = "(-" + e + ")";
        }
        return e;
    }

    private void wide(Instruction inst, Expr f) throws ShaderTranslationException {
        ctx.require(400);
        ctx.refuseOnEs("fp64 (GLSL ES has no double)");
        DstOperand d = inst.dst().get(0);
        // One double written: every source gives its first double (swizzle selectors x, y),
        // whichever pair receives the result. That is vrend's reading, and Mesa's virgl driver
        // relies on it: it copies each double source into a temporary's xy and passes that
        // temporary unswizzled, also to an operation writing zw.
        boolean single = (d.writeMask() & 0b0011) == 0 || (d.writeMask() & 0b1100) == 0;
        for (int j = 0; j < 2; j++) {
            int pair = 0b11 << (2 * j);
            if ((d.writeMask() & pair) == 0) {
                continue;
            }
            String[] a = new String[inst.src().size()];
            for (int s = 0; s < a.length; s++) {
                a[s] = dbl(inst.src().get(s), single ? 0 : j);
            }
            storePair(d, j, "unpackDouble2x32(" + f.of(a) + ")");
        }
    }

    private void storePair(DstOperand d, int j, String uvec2) throws ShaderTranslationException {
        DstOperand slot = new DstOperand(d.register(), 0b11 << (2 * j));
        ops.write(slot, GType.UINT, uvec2, false);
    }

    /** 64-bit sources, 32-bit result: the k-th written channel receives the k-th double (xy, then zw). */
    private void narrow(Instruction inst, GType out, Expr f) throws ShaderTranslationException {
        ctx.require(400);
        ctx.refuseOnEs("fp64 (GLSL ES has no double)");
        DstOperand d = inst.dst().get(0);
        int[] written = OperandEmitter.channels(d.writeMask());
        for (int k = 0; k < Math.min(2, written.length); k++) {
            String[] a = new String[inst.src().size()];
            for (int s = 0; s < a.length; s++) {
                a[s] = dbl(inst.src().get(s), k);
            }
            ops.write(new DstOperand(d.register(), 1 << written[k]), out, f.of(a), false);
        }
    }

    private void widen(Instruction inst, GType in) throws ShaderTranslationException {
        ctx.require(400);
        ctx.refuseOnEs("fp64 (GLSL ES has no double)");
        DstOperand d = inst.dst().get(0);
        for (int j = 0; j < 2; j++) {
            if ((d.writeMask() & (0b11 << (2 * j))) == 0) {
                continue;
            }
            String v = ops.scalar(inst.src().get(0), in, j);
            storePair(d, j, "unpackDouble2x32(double(" + v + "))");
        }
    }
}
