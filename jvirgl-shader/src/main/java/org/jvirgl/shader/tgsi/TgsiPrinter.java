package org.jvirgl.shader.tgsi;

/**
 * Writes a {@link TgsiShader} back as TGSI text in the style of Mesa's {@code tgsi_dump}
 * (floats as hex). {@code TgsiParser.parse(TgsiPrinter.print(s))} equals {@code s}; that
 * round trip is the parser's main test.
 */
public final class TgsiPrinter {
    private static final String CHANNELS = "xyzw";

    private final StringBuilder out = new StringBuilder(1024);
    private final ShaderStage stage;

    private TgsiPrinter(ShaderStage stage) {
        this.stage = stage;
    }

    public static String print(TgsiShader shader) {
        TgsiPrinter p = new TgsiPrinter(shader.stage());
        p.out.append(shader.stage().tgsiName()).append('\n');
        for (Property prop : shader.properties()) {
            p.property(prop);
        }
        for (Declaration d : shader.declarations()) {
            p.declaration(d);
        }
        int n = 0;
        for (Immediate imm : shader.immediates()) {
            p.immediate(n++, imm);
        }
        int indent = 0;
        n = 0;
        for (Instruction inst : shader.instructions()) {
            indent = p.instruction(n++, indent, inst);
        }
        return p.out.toString();
    }

    private void property(Property prop) {
        out.append("PROPERTY ").append(prop.name().tgsiName()).append(' ');
        int v = prop.value();
        switch (prop.name().valueKind()) {
            case PRIMITIVE -> {
                Primitive p = Primitive.fromValue(v);
                out.append(p != null ? p.tgsiName() : Integer.toString(v));
            }
            case COORD_ORIGIN -> out.append(v == PropertyName.ORIGIN_LOWER_LEFT ? "LOWER_LEFT" : "UPPER_LEFT");
            case PIXEL_CENTER -> out.append(v == PropertyName.PIXEL_CENTER_INTEGER ? "INTEGER" : "HALF_INTEGER");
            case NUMBER, STAGE -> out.append(Integer.toUnsignedString(v));
        }
        out.append('\n');
    }

    private void declaration(Declaration d) {
        out.append("DCL ").append(d.file().tgsiName());
        if (perVertex(d)) {
            out.append("[]");
        }
        if (d.dimension() >= 0) {
            out.append('[').append(d.dimension()).append(']');
        }
        out.append('[').append(d.first());
        if (d.last() != d.first()) {
            out.append("..").append(d.last());
        }
        out.append(']');
        writeMask(d.usageMask());
        if (d.arrayId() != 0) {
            out.append(", ARRAY(").append(d.arrayId()).append(')');
        }
        if (d.local()) {
            out.append(", LOCAL");
        }
        if (d.semantic() != null) {
            SemanticRef s = d.semantic();
            out.append(", ").append(s.name().tgsiName());
            if (s.index() != 0 || s.name().alwaysIndexed()) {
                out.append('[').append(s.index()).append(']');
            }
        }
        if (d.image() != null) {
            Declaration.ImageInfo img = d.image();
            out.append(", ").append(img.target().tgsiName());
            out.append(", ").append(img.format() != null ? img.format() : "PIPE_FORMAT_NONE");
            if (img.writable()) {
                out.append(", WR");
            }
            if (img.raw()) {
                out.append(", RAW");
            }
        }
        if (d.atomic()) {
            out.append(", ATOMIC");
        }
        if (d.memoryType() != null) {
            out.append(", ").append(d.memoryType().tgsiName());
        }
        if (d.samplerView() != null) {
            Declaration.SamplerViewInfo sv = d.samplerView();
            out.append(", ").append(sv.target().tgsiName()).append(", ").append(sv.x().tgsiName());
            if (!sv.uniform()) {
                out.append(", ").append(sv.y().tgsiName()).append(", ").append(sv.z().tgsiName())
                        .append(", ").append(sv.w().tgsiName());
            }
        }
        if (d.streams() != 0) {
            out.append(", STREAM(");
            for (int i = 0; i < 4; i++) {
                out.append(i > 0 ? ", " : "").append((d.streams() >> (2 * i)) & 3);
            }
            out.append(')');
        }
        if (d.interpolation() != null) {
            out.append(", ").append(d.interpolation().tgsiName());
        }
        if (d.location() != InterpLocation.CENTER) {
            out.append(", ").append(d.location().tgsiName());
        }
        if (d.invariant()) {
            out.append(", INVARIANT");
        }
        out.append('\n');
    }

    private boolean perVertex(Declaration d) {
        boolean patch = d.semantic() != null && switch (d.semantic().name()) {
            case PATCH, TESSINNER, TESSOUTER, PRIMID -> true;
            default -> false;
        };
        if (d.file() == RegisterFile.INPUT) {
            return stage == ShaderStage.GEOMETRY
                    || (!patch && (stage == ShaderStage.TESS_CTRL || stage == ShaderStage.TESS_EVAL));
        }
        return d.file() == RegisterFile.OUTPUT && !patch && stage == ShaderStage.TESS_CTRL;
    }

    private void immediate(int n, Immediate imm) {
        out.append("IMM[").append(n).append("] ").append(imm.type().tgsiName()).append(" {");
        switch (imm.type()) {
            case FLT32 -> {
                for (int i = 0; i < 4; i++) {
                    out.append(i > 0 ? ", " : "").append(String.format("0x%08x", imm.word(i)));
                }
            }
            case UINT32 -> {
                for (int i = 0; i < 4; i++) {
                    out.append(i > 0 ? ", " : "").append(Integer.toUnsignedString(imm.word(i)));
                }
            }
            case INT32 -> {
                for (int i = 0; i < 4; i++) {
                    out.append(i > 0 ? ", " : "").append(imm.word(i));
                }
            }
            case FLT64, UINT64, INT64 -> {
                for (int i = 0; i < 2; i++) {
                    long v = (imm.word(2 * i) & 0xFFFF_FFFFL) | (long) imm.word(2 * i + 1) << 32;
                    out.append(i > 0 ? ", " : "").append(wide(imm.type(), v, imm.word(2 * i), imm.word(2 * i + 1)));
                }
            }
        }
        out.append("}\n");
    }

    private static String wide(ImmediateType type, long v, int low, int high) {
        return switch (type) {
            case UINT64 -> Long.toUnsignedString(v);
            case INT64 -> Long.toString(v);
            default -> {
                double d = Double.longBitsToDouble(v);
                // Decimal when it reads back bit-exactly; NaN payloads and infinities go as hex words.
                yield Double.isFinite(d) && Double.doubleToRawLongBits(Double.parseDouble(Double.toString(d))) == v
                        ? Double.toString(d)
                        : String.format("0x%08x 0x%08x", low, high);
            }
        };
    }

    private int instruction(int n, int indent, Instruction inst) {
        Opcode op = inst.opcode();
        int level = Math.max(0, indent - (dedentsBefore(op) ? 1 : 0));
        out.append(String.format("%3d: ", n));
        out.append("  ".repeat(Math.min(level, 64)));
        out.append(op.mnemonic());
        if (inst.saturate()) {
            out.append("_SAT");
        }
        if (inst.precise()) {
            out.append("_PRECISE");
        }
        boolean first = true;
        for (DstOperand d : inst.dst()) {
            out.append(first ? " " : ", ");
            first = false;
            register(d.register());
            writeMask(d.writeMask());
        }
        for (SrcOperand s : inst.src()) {
            out.append(first ? " " : ", ");
            first = false;
            if (s.negate()) {
                out.append('-');
            }
            if (s.absolute()) {
                out.append('|');
            }
            register(s.register());
            if (s.swizzle() != SrcOperand.IDENTITY) {
                out.append('.');
                for (int c = 0; c < 4; c++) {
                    out.append(CHANNELS.charAt(s.channel(c)));
                }
            }
            if (s.absolute()) {
                out.append('|');
            }
        }
        if (inst.texture() != null) {
            out.append(first ? " " : ", ").append(inst.texture().tgsiName());
        }
        for (TexOffset o : inst.offsets()) {
            out.append(", ").append(o.file().tgsiName()).append('[').append(o.index()).append("].")
                    .append(CHANNELS.charAt(o.swizzleX())).append(CHANNELS.charAt(o.swizzleY()))
                    .append(CHANNELS.charAt(o.swizzleZ()));
        }
        for (MemoryQualifier q : MemoryQualifier.values()) {
            if ((inst.memoryQualifiers() & q.bit()) != 0) {
                out.append(", ").append(q.tgsiName());
            }
        }
        if (inst.memoryTarget() != null) {
            out.append(", ").append(inst.memoryTarget().tgsiName());
        }
        if (inst.memoryFormat() != null) {
            out.append(", ").append(inst.memoryFormat());
        }
        if (inst.label() >= 0) {
            out.append(" :").append(inst.label());
        }
        out.append('\n');
        return Math.max(0, level + (indentsAfter(op) ? 1 : 0));
    }

    private static boolean dedentsBefore(Opcode op) {
        return op == Opcode.ELSE || op == Opcode.ENDIF || op == Opcode.ENDLOOP || op == Opcode.ENDSUB;
    }

    private static boolean indentsAfter(Opcode op) {
        return op == Opcode.IF || op == Opcode.UIF || op == Opcode.ELSE || op == Opcode.BGNLOOP || op == Opcode.BGNSUB;
    }

    private void register(RegisterRef r) {
        out.append(r.file().tgsiName());
        if (r.dimension() != null) {
            bracket(r.dimension().index(), r.dimension().indirect());
        }
        bracket(r.index(), r.indirect());
    }

    private void bracket(int index, Indirect ind) {
        out.append('[');
        if (ind == null) {
            out.append(index).append(']');
            return;
        }
        out.append(ind.file().tgsiName()).append('[').append(ind.index()).append("].").append(CHANNELS.charAt(ind.component()));
        if (index > 0) {
            out.append('+');
        }
        if (index != 0) {
            out.append(index);
        }
        out.append(']');
        if (ind.arrayId() != 0) {
            out.append('(').append(ind.arrayId()).append(')');
        }
    }

    private void writeMask(int mask) {
        if (mask != DstOperand.MASK_XYZW) {
            out.append('.');
            for (int c = 0; c < 4; c++) {
                if ((mask & (1 << c)) != 0) {
                    out.append(CHANNELS.charAt(c));
                }
            }
        }
    }
}
