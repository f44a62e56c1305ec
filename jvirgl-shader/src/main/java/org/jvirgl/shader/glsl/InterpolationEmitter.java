package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.DstOperand;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.RegisterFile;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.SrcOperand;

/** INTERP_CENTROID / INTERP_SAMPLE / INTERP_OFFSET: re-interpolating a fragment input. */
final class InterpolationEmitter {
    private static final String CHANNELS = "xyzw";

    private final TranslationContext ctx;
    private final OperandEmitter ops;
    private final Interfaces io;

    InterpolationEmitter(TranslationContext ctx, OperandEmitter ops, Interfaces io) {
        this.ctx = ctx;
        this.ops = ops;
        this.io = io;
    }

    boolean emit(Instruction inst) throws ShaderTranslationException {
        String fn;
        switch (inst.opcode()) {
            case INTERP_CENTROID -> fn = "interpolateAtCentroid";
            case INTERP_SAMPLE -> fn = "interpolateAtSample";
            case INTERP_OFFSET -> fn = "interpolateAtOffset";
            default -> {
                return false;
            }
        }
        ShaderScan.check(ctx.stage == ShaderStage.FRAGMENT, inst.opcode() + " outside a fragment shader");
        SrcOperand in = inst.src().get(0);
        ShaderScan.check(in.register().file() == RegisterFile.INPUT && !in.register().isIndirect(),
                inst.opcode() + " needs a direct input operand");
        DstOperand d = inst.dst().get(0);
        int[] chans = OperandEmitter.channels(d.writeMask());
        String varying = io.interpolant(in.register().index());
        if (varying == null) {
            // Built-ins and replaced inputs cannot be re-interpolated; their plain value is the answer.
            ops.write(d, GType.FLOAT, ops.read(in, GType.FLOAT, chans), inst.saturate());
            return true;
        }
        ctx.require(400);
        ctx.need(EsFeature.MULTISAMPLE_INTERPOLATION);
        String extra = switch (inst.opcode()) {
            case INTERP_SAMPLE -> ", " + ops.scalar(inst.src().get(1), GType.INT, 0);
            case INTERP_OFFSET -> ", " + ops.read(inst.src().get(1), GType.FLOAT, 2);
            default -> "";
        };
        StringBuilder swz = new StringBuilder();
        for (int c : chans) {
            swz.append(CHANNELS.charAt(in.channel(c)));
        }
        String value = fn + "(" + varying + extra + ")." + swz;
        if (in.absolute()) {
            value = "abs(" + value + ")";
        }
        if (in.negate()) {
            value = "(-" + value + ")";
        }
        ops.write(d, GType.FLOAT, value, inst.saturate());
        return true;
    }
}
