package org.jvirgl.shader.glsl;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.Opcode;
import org.jvirgl.shader.tgsi.ShaderStage;

/**
 * Structured control flow, fragment kills, geometry emission and barriers. Nesting is checked
 * as it goes (a guest can send unbalanced or absurdly deep blocks) so the GLSL is always
 * well-formed or the translation fails cleanly.
 */
final class FlowEmitter {
    /** Deepest block nesting accepted. */
    static final int MAX_DEPTH = 128;

    private enum Block { IF, ELSE, LOOP, SWITCH }

    private final TranslationContext ctx;
    private final OperandEmitter ops;
    private final Deque<Block> blocks = new ArrayDeque<>();
    private boolean ended;

    FlowEmitter(TranslationContext ctx, OperandEmitter ops) {
        this.ctx = ctx;
        this.ops = ops;
    }

    /** Whether END was seen: later instructions (subroutine bodies) are not part of main. */
    boolean ended() {
        return ended;
    }

    boolean emit(Instruction inst) throws ShaderTranslationException {
        GlslWriter w = ctx.body;
        switch (inst.opcode()) {
            case IF -> {
                push(Block.IF);
                w.open("if (" + ops.scalar(inst.src().get(0), GType.FLOAT, 0) + " != 0.0) {");
            }
            case UIF -> {
                push(Block.IF);
                w.open("if (" + ops.scalar(inst.src().get(0), GType.UINT, 0) + " != 0u) {");
            }
            case ELSE -> {
                pop(Block.IF);
                push(Block.ELSE);
                w.indent(-1);
                w.open("} else {");
            }
            case ENDIF -> {
                if (blocks.peek() == Block.ELSE) {
                    pop(Block.ELSE);
                } else {
                    pop(Block.IF);
                }
                w.close("}");
            }
            case BGNLOOP -> {
                push(Block.LOOP);
                w.open("while (true) {");
            }
            case ENDLOOP -> {
                pop(Block.LOOP);
                w.close("}");
            }
            case BRK -> {
                ShaderScan.check(blocks.contains(Block.LOOP) || blocks.contains(Block.SWITCH), "BRK outside a loop or switch");
                w.line("break;");
            }
            case CONT -> {
                ShaderScan.check(blocks.contains(Block.LOOP), "CONT outside a loop");
                w.line("continue;");
            }
            case SWITCH -> {
                push(Block.SWITCH);
                w.open("switch (int(" + ops.scalar(inst.src().get(0), GType.UINT, 0) + ")) {");
            }
            case CASE -> {
                ShaderScan.check(blocks.peek() == Block.SWITCH, "CASE outside a switch");
                w.line("case " + ops.immediateWord(inst.src().get(0), 0) + ":");
            }
            case DEFAULT -> {
                ShaderScan.check(blocks.peek() == Block.SWITCH, "DEFAULT outside a switch");
                w.line("default:");
            }
            case ENDSWITCH -> {
                pop(Block.SWITCH);
                // GLSL refuses a label with no statement after it; a trailing break is always legal.
                w.line("break;");
                w.close("}");
            }
            case KILL, DEMOTE -> {
                requireFragment(inst);
                w.line("discard;");
            }
            case KILL_IF -> {
                requireFragment(inst);
                w.line("if (any(lessThan(" + ops.read(inst.src().get(0), GType.FLOAT, 4) + ", vec4(0.0)))) discard;");
            }
            case RET -> {
                if (ctx.stage != ShaderStage.GEOMETRY && ctx.stage != ShaderStage.TESS_CTRL && ctx.stage != ShaderStage.COMPUTE) {
                    w.line(Names.STORE_OUTPUTS + "();");
                }
                w.line("return;");
            }
            case END -> {
                ShaderScan.check(blocks.isEmpty(), "END inside an open block");
                ended = true;
            }
            case EMIT, ENDPRIM -> geometry(inst);
            case BARRIER -> {
                ShaderScan.check(ctx.stage == ShaderStage.COMPUTE || ctx.stage == ShaderStage.TESS_CTRL,
                        "BARRIER outside compute/tessellation control");
                w.line("barrier();");
            }
            case MEMBAR -> {
                ctx.require(420);
                w.line("memoryBarrier();");
                if (ctx.stage == ShaderStage.COMPUTE) {
                    w.line("memoryBarrierShared();");
                }
            }
            case CAL, BGNSUB, ENDSUB -> throw new ShaderTranslationException("subroutines are not supported");
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Fails on blocks left open at the end of the shader. */
    void finish() throws ShaderTranslationException {
        ShaderScan.check(blocks.isEmpty(), "unterminated flow-control block");
    }

    private void geometry(Instruction inst) throws ShaderTranslationException {
        ShaderScan.check(ctx.stage == ShaderStage.GEOMETRY, inst.opcode() + " outside a geometry shader");
        int stream = ops.immediateWord(inst.src().get(0), 0);
        ShaderScan.check(stream >= 0 && stream < 4, "vertex stream out of range");
        if (stream > 0) {
            ctx.require(400);
            ctx.refuseOnEs("geometry shader vertex streams other than 0");
        }
        if (inst.opcode() == Opcode.EMIT) {
            ctx.body.line(Names.STORE_OUTPUTS + "();");
            ctx.body.line(stream == 0 ? "EmitVertex();" : "EmitStreamVertex(" + stream + ");");
        } else {
            ctx.body.line(stream == 0 ? "EndPrimitive();" : "EndStreamPrimitive(" + stream + ");");
        }
    }

    private void requireFragment(Instruction inst) throws ShaderTranslationException {
        ShaderScan.check(ctx.stage == ShaderStage.FRAGMENT, inst.opcode() + " outside a fragment shader");
    }

    private void push(Block b) throws ShaderTranslationException {
        ShaderScan.check(blocks.size() < MAX_DEPTH, "flow control nested too deeply");
        blocks.push(b);
    }

    private void pop(Block expected) throws ShaderTranslationException {
        ShaderScan.check(blocks.peek() == expected, "unbalanced flow control: expected end of " + expected);
        blocks.pop();
    }
}
