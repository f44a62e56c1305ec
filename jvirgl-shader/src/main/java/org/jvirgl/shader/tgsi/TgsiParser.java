package org.jvirgl.shader.tgsi;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses TGSI text (the grammar of Mesa's {@code tgsi_text.c}, as printed by
 * {@code tgsi_dump}) into a {@link TgsiShader}.
 *
 * <p>The text comes from the guest and is hostile: the parser is a single forward scan with
 * no recursion, every number is range-checked, and the text size and statement count are
 * capped, so time and memory stay linear and bounded. {@link TgsiParseException} is the only
 * exception that leaves {@link #parse(String)}.
 */
public final class TgsiParser {
    /** Longest text accepted, in characters. */
    public static final int MAX_TEXT_CHARS = 1 << 20;
    /** Most statements (declarations, immediates, properties, instructions) accepted. */
    public static final int MAX_STATEMENTS = 1 << 16;
    /** Largest register index or declaration bound: TGSI tokens hold 16-bit indices. */
    public static final int MAX_REGISTER_INDEX = 0xFFFF;

    private final TextCursor cur;
    private final List<Property> properties = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Immediate> immediates = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final OperandParser operands;
    private ShaderStage stage;

    private TgsiParser(String text) {
        this.cur = new TextCursor(text);
        this.operands = new OperandParser(cur);
    }

    /**
     * Parses one shader.
     *
     * @throws TgsiParseException for any text that is not a well-formed shader, with line:column
     */
    public static TgsiShader parse(String text) throws TgsiParseException {
        if (text == null) {
            throw new TgsiParseException("no shader text");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new TgsiParseException("shader text too long: " + text.length() + " characters");
        }
        try {
            return new TgsiParser(text).shader();
        } catch (RuntimeException e) {
            // A record invariant tripped by a value the checks above let through: still a parse error.
            throw new TgsiParseException("malformed shader: " + e.getMessage());
        }
    }

    private TgsiShader shader() throws TgsiParseException {
        String header = cur.word();
        stage = header == null ? null : ShaderStage.lookup(header);
        if (stage == null) {
            throw cur.error("unknown shader header");
        }
        int statements = 0;
        while (true) {
            boolean separated = cur.skipWhite();
            if (cur.atEnd()) {
                break;
            }
            if (!separated) {
                throw cur.error("expected whitespace between statements");
            }
            if (++statements > MAX_STATEMENTS) {
                throw cur.error("too many statements");
            }
            statement();
        }
        return new TgsiShader(stage, properties, declarations, immediates, instructions);
    }

    private void statement() throws TgsiParseException {
        if (cur.atDigit()) {
            // "  12: MOV ..." — the instruction number is informative only.
            cur.expectUnsigned(Integer.MAX_VALUE);
            cur.expect(':');
            instructions.add(instruction(cur.word()));
            return;
        }
        String word = cur.word();
        if (word == null) {
            throw cur.error("expected `DCL', `IMM', `PROPERTY' or an instruction");
        }
        if (word.equalsIgnoreCase("DCL")) {
            declarations.add(new DeclarationParser(cur, operands, stage).declaration());
        } else if (word.equalsIgnoreCase("IMM")) {
            immediates.add(immediate());
        } else if (word.equalsIgnoreCase("PROPERTY")) {
            property();
        } else {
            instructions.add(instruction(word));
        }
    }

    private Instruction instruction(String mnemonic) throws TgsiParseException {
        if (mnemonic == null) {
            throw cur.error("expected an opcode");
        }
        boolean precise = false;
        boolean saturate = false;
        Opcode opcode = Opcode.lookup(mnemonic);
        String base = mnemonic;
        if (opcode == null && endsWithIgnoreCase(base, "_PRECISE")) {
            base = base.substring(0, base.length() - "_PRECISE".length());
            precise = true;
            opcode = Opcode.lookup(base);
        }
        if (opcode == null && endsWithIgnoreCase(base, "_SAT")) {
            base = base.substring(0, base.length() - "_SAT".length());
            saturate = true;
            opcode = Opcode.lookup(base);
        }
        if (opcode == null) {
            throw cur.error("unknown opcode `" + mnemonic + "'");
        }
        List<DstOperand> dst = new ArrayList<>(opcode.numDst());
        List<SrcOperand> src = new ArrayList<>(opcode.numSrc());
        int operandCount = opcode.numDst() + opcode.numSrc();
        for (int i = 0; i < operandCount; i++) {
            if (i > 0) {
                cur.expect(',');
            }
            if (i < opcode.numDst()) {
                dst.add(operands.dst());
            } else {
                src.add(operands.src());
            }
        }
        TextureTarget texture = null;
        if (opcode.takesTextureTarget()) {
            if (operandCount > 0) {
                cur.expect(',');
            }
            texture = textureTarget();
        }
        List<TexOffset> offsets = opcode.takesTextureOffsets() ? texOffsets() : List.of();
        int qualifiers = 0;
        TextureTarget memoryTarget = null;
        String format = null;
        while (opcode.takesMemoryQualifiers() && cur.accept(',')) {
            String w = cur.word();
            MemoryQualifier q = w == null ? null : MemoryQualifier.lookup(w);
            TextureTarget t = w == null ? null : TextureTarget.lookup(w);
            if (q != null) {
                qualifiers |= q.bit();
            } else if (t != null) {
                memoryTarget = t;
            } else if (isFormatName(w)) {
                format = w;
            } else {
                throw cur.error("expected memory qualifier, texture target or format");
            }
        }
        int label = -1;
        if (opcode.takesLabel() && cur.accept(':')) {
            label = cur.expectUnsigned(Integer.MAX_VALUE);
        }
        return new Instruction(opcode, saturate, precise, dst, src, texture, offsets, qualifiers,
                memoryTarget, format, label);
    }

    private List<TexOffset> texOffsets() throws TgsiParseException {
        List<TexOffset> offsets = new ArrayList<>(0);
        while (offsets.size() < 4) {
            int save = cur.position();
            if (!cur.accept(',')) {
                break;
            }
            String w = cur.word();
            RegisterFile file = w == null ? null : RegisterFile.lookup(w);
            if (file == null) {
                cur.reset(save);
                break;
            }
            offsets.add(operands.texOffset(file));
        }
        return offsets;
    }

    private TextureTarget textureTarget() throws TgsiParseException {
        String w = cur.word();
        TextureTarget t = w == null ? null : TextureTarget.lookup(w);
        if (t == null) {
            throw cur.error("expected a texture target");
        }
        return t;
    }

    private Immediate immediate() throws TgsiParseException {
        if (cur.peek() == '[') {
            cur.advance();
            int index = cur.expectUnsigned(MAX_REGISTER_INDEX);
            if (index != immediates.size()) {
                throw cur.error("immediates must be numbered in order");
            }
            cur.expect(']');
        }
        String w = cur.word();
        ImmediateType type = w == null ? null : ImmediateType.lookup(w);
        if (type == null) {
            throw cur.error("expected an immediate type");
        }
        cur.expect('{');
        int[] words = new int[4];
        int values = type.isWide() ? 2 : 4;
        for (int i = 0; i < values; i++) {
            if (i > 0) {
                cur.expect(',');
            }
            cur.skipWhite();
            if (type.isWide()) {
                long v = ImmediateValues.wide(cur, type);
                words[2 * i] = (int) v;
                words[2 * i + 1] = (int) (v >>> 32);
            } else {
                words[i] = ImmediateValues.narrow(cur, type);
            }
        }
        cur.expect('}');
        return new Immediate(type, words[0], words[1], words[2], words[3]);
    }

    private void property() throws TgsiParseException {
        String w = cur.word();
        if (w == null) {
            throw cur.error("expected a property name");
        }
        PropertyName name = PropertyName.lookup(w);
        if (name == null) {
            // Mesa's parser skips properties it does not know; so do we.
            cur.skipLine();
            return;
        }
        int value = switch (name.valueKind()) {
            case NUMBER -> (int) cur.unsignedOrFail();
            case PRIMITIVE -> {
                Primitive p = lookupWord(Primitive::lookup, "a primitive name");
                yield p.ordinal();
            }
            case COORD_ORIGIN -> choice("UPPER_LEFT", "LOWER_LEFT");
            case PIXEL_CENTER -> choice("HALF_INTEGER", "INTEGER");
            case STAGE -> {
                if (cur.atDigitAfterWhite()) {
                    yield (int) cur.unsignedOrFail();
                }
                yield lookupWord(ShaderStage::lookup, "a shader stage").wireId();
            }
        };
        properties.add(new Property(name, value));
    }

    private int choice(String zero, String one) throws TgsiParseException {
        String w = cur.word();
        if (zero.equalsIgnoreCase(w)) {
            return 0;
        }
        if (one.equalsIgnoreCase(w)) {
            return 1;
        }
        throw cur.error("expected " + zero + " or " + one);
    }

    private <T> T lookupWord(java.util.function.Function<String, T> lookup, String what) throws TgsiParseException {
        String w = cur.word();
        T value = w == null ? null : lookup.apply(w);
        if (value == null) {
            throw cur.error("expected " + what);
        }
        return value;
    }

    static boolean isFormatName(String w) {
        return w != null && w.regionMatches(true, 0, "PIPE_FORMAT_", 0, "PIPE_FORMAT_".length());
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.length() > suffix.length()
                && s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }
}
