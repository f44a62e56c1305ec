package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.Declaration;
import org.jvirgl.shader.tgsi.DstOperand;
import org.jvirgl.shader.tgsi.Instruction;
import org.jvirgl.shader.tgsi.Opcode;
import org.jvirgl.shader.tgsi.RegisterFile;
import org.jvirgl.shader.tgsi.RegisterRef;
import org.jvirgl.shader.tgsi.SrcOperand;
import java.util.ArrayList;
import java.util.List;
import org.jvirgl.shader.tgsi.TextureTarget;

/** LOAD, STORE, ATOM* and RESQ on SSBOs, shared memory, images and atomic counters. */
final class MemoryEmitter {
    private final TranslationContext ctx;
    private final OperandEmitter ops;
    private final Resources resources;

    MemoryEmitter(TranslationContext ctx, OperandEmitter ops, Resources resources) {
        this.ctx = ctx;
        this.ops = ops;
        this.resources = resources;
    }

    boolean emit(Instruction inst) throws ShaderTranslationException {
        if (isMemoryOp(inst.opcode()) && indirectBuffer(inst)) {
            return true;
        }
        Opcode op = inst.opcode();
        switch (op) {
            case LOAD -> load(inst);
            case STORE -> store(inst);
            case RESQ -> query(inst);
            case ATOMUADD, ATOMXCHG, ATOMCAS, ATOMAND, ATOMOR, ATOMXOR, ATOMUMIN, ATOMUMAX, ATOMIMIN, ATOMIMAX -> atomic(inst);
            case ATOMFADD, ATOMINC_WRAP, ATOMDEC_WRAP -> throw new ShaderTranslationException(op + " is not supported");
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean isMemoryOp(Opcode op) {
        return op.takesMemoryQualifiers();
    }

    /**
     * SSBO and image arrays indexed by an address register: GLSL cannot index separate blocks,
     * and this translation declares each image unit on its own, so the instruction is emitted
     * once per declared buffer or image inside a switch on the index.
     */
    private boolean indirectBuffer(Instruction inst) throws ShaderTranslationException {
        boolean store = inst.opcode() == Opcode.STORE;
        RegisterRef res = store ? inst.dst().get(0).register() : inst.src().get(0).register();
        boolean buffer = res.file() == RegisterFile.BUFFER;
        if (!(buffer || res.file() == RegisterFile.IMAGE) || !res.isIndirect()) {
            return false;
        }
        ShaderScan.check(res.indirect().file() == RegisterFile.ADDRESS && res.indirect().index() < ctx.scan.addrs,
                res.file() + " indexed through " + res.indirect().file());
        String index = Names.ADDRS + "[" + res.indirect().index() + "]." + "xyzw".charAt(res.indirect().component())
                + (res.index() != 0 ? " + " + res.index() : "");
        ctx.body.open("switch (" + index + ") {");
        for (int slot : (buffer ? ctx.scan.buffers : ctx.scan.images).keySet()) {
            RegisterRef direct = RegisterRef.of(res.file(), slot);
            List<DstOperand> dst = new ArrayList<>(inst.dst());
            List<SrcOperand> src = new ArrayList<>(inst.src());
            if (store) {
                dst.set(0, new DstOperand(direct, inst.dst().get(0).writeMask()));
            } else {
                SrcOperand old = src.get(0);
                src.set(0, new SrcOperand(direct, old.swizzle(), old.negate(), old.absolute()));
            }
            ctx.body.open("case " + slot + ": {");
            emit(new Instruction(inst.opcode(), inst.saturate(), inst.precise(), dst, src, inst.texture(),
                    inst.offsets(), inst.memoryQualifiers(), inst.memoryTarget(), inst.memoryFormat(), inst.label()));
            ctx.body.line("break;");
            ctx.body.close("}");
        }
        ctx.body.line("default: break;");
        ctx.body.close("}");
        return true;
    }

    /** The uint array behind a BUFFER or MEMORY register. */
    private String wordArray(RegisterRef r) throws ShaderTranslationException {
        ShaderScan.check(!r.isIndirect(), "indirect " + r.file() + " access");
        if (r.file() == RegisterFile.BUFFER) {
            ShaderScan.check(ctx.scan.buffers.containsKey(r.index()), "BUFFER[" + r.index() + "] is not declared");
            return Names.ssboData(ctx.stage, r.index());
        }
        return Names.shared(ctx.stage);
    }

    private String image(RegisterRef r) throws ShaderTranslationException {
        ShaderScan.check(!r.isIndirect() && ctx.scan.images.containsKey(r.index()), "IMAGE[" + r.index() + "] is not declared");
        return Names.image(ctx.stage, r.index());
    }

    private TextureTarget imageTarget(RegisterRef r) {
        return ctx.scan.images.get(r.index()).image().target();
    }

    private static GType kindType(char kind) {
        return kind == 'i' ? GType.INT : kind == 'u' ? GType.UINT : GType.FLOAT;
    }

    /** The integer coordinate operand of an image access, and the sample index for MS images. */
    private String imageCoord(Instruction inst, int srcIndex, RegisterRef img) throws ShaderTranslationException {
        TextureTarget t = imageTarget(img);
        int n = switch (t) {
            case BUFFER, TEX_1D -> 1;
            case TEX_2D, RECT, TEX_1D_ARRAY, TEX_2D_MSAA -> 2;
            default -> 3;
        };
        String coord = ops.read(inst.src().get(srcIndex), GType.INT, n);
        if (ctx.host.es()) {
            // 1D images are declared as their 2D stand-ins (Resources.esImage).
            coord = EsTextureCoords.texel(t, coord);
        }
        if (t.isMultisample()) {
            coord += ", " + ops.scalar(inst.src().get(srcIndex), GType.INT, 3);
        }
        return coord;
    }

    private String counter(RegisterRef r) throws ShaderTranslationException {
        int buffer = r.dimension() == null ? 0 : r.dimension().index();
        ShaderScan.check(r.dimension() == null || r.dimension().indirect() == null, "indirect atomic counter buffer");
        for (Declaration a : ctx.scan.atomics) {
            if (Math.max(0, a.dimension()) == buffer && a.contains(r.index())) {
                String name = Names.atomicCounter(ctx.stage, Math.max(0, a.dimension()), a.first());
                if (!r.isIndirect()) {
                    return name + "[" + (r.index() - a.first()) + "]";
                }
                // Counter arrays: the guest's index stays inside the declared array.
                ShaderScan.check(r.indirect().file() == RegisterFile.ADDRESS && r.indirect().index() < ctx.scan.addrs,
                        "atomic counter indexed through " + r.indirect().file());
                String addr = Names.ADDRS + "[" + r.indirect().index() + "]." + "xyzw".charAt(r.indirect().component());
                return name + "[clamp(" + addr + " + " + (r.index() - a.first()) + ", 0, " + (a.size() - 1) + ")]";
            }
        }
        throw new ShaderTranslationException("HWATOMIC[" + r.index() + "] is not declared");
    }

    private void load(Instruction inst) throws ShaderTranslationException {
        RegisterRef res = inst.src().get(0).register();
        DstOperand d = inst.dst().get(0);
        switch (res.file()) {
            case BUFFER, MEMORY -> {
                String data = wordArray(res);
                int[] chans = OperandEmitter.channels(d.writeMask());
                ctx.body.open("{");
                ctx.body.line("uint base = " + ops.scalar(inst.src().get(1), GType.UINT, 0) + " >> 2u;");
                StringBuilder v = new StringBuilder(GType.UINT.type(chans.length)).append('(');
                for (int i = 0; i < chans.length; i++) {
                    v.append(i > 0 ? ", " : "").append(data).append("[base + ").append(chans[i]).append("u]");
                }
                ops.write(d, GType.UINT, v.append(')').toString(), false);
                ctx.body.close("}");
            }
            case IMAGE -> {
                String img = image(res);
                GType t = kindType(resources.imageKind(res.index()));
                ops.writeVec4(d, t, "imageLoad(" + img + ", " + imageCoord(inst, 1, res) + ")", false);
            }
            case HW_ATOMIC -> ops.writeReplicated(d, GType.UINT, "atomicCounter(" + counter(res) + ")", false);
            default -> throw new ShaderTranslationException("LOAD from " + res.file());
        }
    }

    private void store(Instruction inst) throws ShaderTranslationException {
        DstOperand d = inst.dst().get(0);
        RegisterRef res = d.register();
        switch (res.file()) {
            case BUFFER, MEMORY -> {
                String data = wordArray(res);
                ctx.body.open("{");
                ctx.body.line("uint base = " + ops.scalar(inst.src().get(0), GType.UINT, 0) + " >> 2u;");
                for (int c : OperandEmitter.channels(d.writeMask())) {
                    ctx.body.line(data + "[base + " + c + "u] = " + ops.scalar(inst.src().get(1), GType.UINT, c) + ";");
                }
                ctx.body.close("}");
            }
            case IMAGE -> {
                String img = image(res);
                GType t = kindType(resources.imageKind(res.index()));
                ctx.body.line("imageStore(" + img + ", " + imageCoord(inst, 0, res) + ", "
                        + ops.read(inst.src().get(1), t, 4) + ");");
            }
            default -> throw new ShaderTranslationException("STORE to " + res.file());
        }
    }

    private void query(Instruction inst) throws ShaderTranslationException {
        RegisterRef res = inst.src().get(0).register();
        DstOperand d = inst.dst().get(0);
        if (res.file() == RegisterFile.BUFFER) {
            ops.writeReplicated(d, GType.UINT, "uint(" + wordArray(res) + ".length()) * 4u", false);
            return;
        }
        ShaderScan.check(res.file() == RegisterFile.IMAGE, "RESQ of " + res.file());
        ctx.require(430);
        String img = image(res);
        int n = switch (imageTarget(res)) {
            case BUFFER, TEX_1D -> 1;
            case TEX_2D, RECT, TEX_1D_ARRAY, TEX_2D_MSAA, CUBE -> 2;
            default -> 3;
        };
        String size = "imageSize(" + img + ")";
        if (ctx.host.es() && (imageTarget(res) == TextureTarget.TEX_1D || imageTarget(res) == TextureTarget.TEX_1D_ARRAY)) {
            size += imageTarget(res) == TextureTarget.TEX_1D ? ".x" : ".xz";
        }
        String v = switch (n) {
            case 1 -> "ivec4(" + size + ", 0, 0, 0)";
            case 2 -> "ivec4(" + size + ", 0, 0)";
            default -> "ivec4(" + size + ", 0)";
        };
        ops.writeVec4(d, GType.INT, v, false);
    }

    private void atomic(Instruction inst) throws ShaderTranslationException {
        RegisterRef res = inst.src().get(0).register();
        DstOperand d = inst.dst().get(0);
        Opcode op = inst.opcode();
        switch (res.file()) {
            case BUFFER, MEMORY -> {
                String data = wordArray(res);
                String word = data + "[" + ops.scalar(inst.src().get(1), GType.UINT, 0) + " >> 2u]";
                if (op == Opcode.ATOMIMIN || op == Opcode.ATOMIMAX) {
                    signedMinMax(inst, d, word);
                    return;
                }
                ops.writeReplicated(d, GType.UINT, atomicCall(op, "atomic", word, inst, GType.UINT), false);
            }
            case IMAGE -> {
                String img = image(res);
                GType t = kindType(resources.imageKind(res.index()));
                ShaderScan.check(t != GType.FLOAT || op == Opcode.ATOMXCHG, "float image atomics");
                ctx.need(EsFeature.IMAGE_ATOMIC);
                String target = img + ", " + imageCoord(inst, 1, res);
                ops.writeReplicated(d, t, atomicCall(op, "imageAtomic", target, inst, t), false);
            }
            case HW_ATOMIC -> counterAtomic(inst, d, counter(res));
            default -> throw new ShaderTranslationException(op + " on " + res.file());
        }
    }

    private String atomicCall(Opcode op, String prefix, String target, Instruction inst, GType t) throws ShaderTranslationException {
        String v = ops.scalar(inst.src().get(2), t, 0);
        String fn = switch (op) {
            case ATOMUADD -> "Add";
            case ATOMXCHG -> "Exchange";
            case ATOMCAS -> "CompSwap";
            case ATOMAND -> "And";
            case ATOMOR -> "Or";
            case ATOMXOR -> "Xor";
            case ATOMUMIN, ATOMIMIN -> "Min";
            case ATOMUMAX, ATOMIMAX -> "Max";
            default -> throw new ShaderTranslationException(op + " is not an atomic");
        };
        String extra = op == Opcode.ATOMCAS ? ", " + ops.scalar(inst.src().get(3), t, 0) : "";
        return prefix + fn + "(" + target + ", " + v + extra + ")";
    }

    /** Signed min/max on a uint word: a compare-and-swap loop, since the array is uint. */
    private void signedMinMax(Instruction inst, DstOperand d, String word) throws ShaderTranslationException {
        String fn = inst.opcode() == Opcode.ATOMIMIN ? "min" : "max";
        ctx.body.open("{");
        ctx.body.line("int value = " + ops.scalar(inst.src().get(2), GType.INT, 0) + ";");
        ctx.body.line("uint old = " + word + ";");
        ctx.body.open("while (true) {");
        ctx.body.line("uint seen = atomicCompSwap(" + word + ", old, uint(" + fn + "(int(old), value)));");
        ctx.body.line("if (seen == old) break;");
        ctx.body.line("old = seen;");
        ctx.body.close("}");
        ops.writeReplicated(d, GType.UINT, "old", false);
        ctx.body.close("}");
    }

    private void counterAtomic(Instruction inst, DstOperand d, String counter) throws ShaderTranslationException {
        Opcode op = inst.opcode();
        Integer v = null;
        if (op == Opcode.ATOMUADD) {
            try {
                v = ops.immediateWord(inst.src().get(2), 0);
            } catch (ShaderTranslationException notImmediate) {
                v = null;
            }
        }
        String call;
        if (v != null && v == 1) {
            call = "atomicCounterIncrement(" + counter + ")";
        } else if (v != null && v == -1) {
            // Decrement returns the new value; TGSI wants the old one.
            call = "(atomicCounterDecrement(" + counter + ") + 1u)";
        } else {
            // Everything else needs the counter-ops functions (core in 4.60, an ARB extension before).
            ctx.refuseOnEs(op + " on an atomic counter (GLSL ES has only increment and decrement)");
            String suffix = ctx.host.atLeast(460) ? "" : "ARB";
            if (!ctx.host.atLeast(460)) {
                ctx.extensions.add("GL_ARB_shader_atomic_counter_ops");
            }
            String fn = switch (op) {
                case ATOMUADD -> "atomicCounterAdd";
                case ATOMXCHG -> "atomicCounterExchange";
                case ATOMCAS -> "atomicCounterCompSwap";
                case ATOMAND -> "atomicCounterAnd";
                case ATOMOR -> "atomicCounterOr";
                case ATOMXOR -> "atomicCounterXor";
                // Counters are unsigned: Mesa sends the signed opcodes for atomicCounterMin/Max
                // too, and vrend maps both to the unsigned functions.
                case ATOMUMIN, ATOMIMIN -> "atomicCounterMin";
                case ATOMUMAX, ATOMIMAX -> "atomicCounterMax";
                default -> throw new ShaderTranslationException(op + " on an atomic counter");
            };
            String extra = op == Opcode.ATOMCAS ? ", " + ops.scalar(inst.src().get(3), GType.UINT, 0) : "";
            call = fn + suffix + "(" + counter + ", " + ops.scalar(inst.src().get(2), GType.UINT, 0) + extra + ")";
        }
        ops.writeReplicated(d, GType.UINT, call, false);
    }
}
