package org.jvirgl.shader.tgsi;

/** Parses the part of a {@code DCL} line after the keyword, in {@code tgsi_text.c}'s clause order. */
final class DeclarationParser {
    private static final int MAX = TgsiParser.MAX_REGISTER_INDEX;

    private final TextCursor cur;
    private final OperandParser operands;
    private final ShaderStage stage;

    private int arrayId;
    private boolean local;
    private SemanticRef semantic;
    private Declaration.SamplerViewInfo samplerView;
    private Declaration.ImageInfo image;
    private boolean atomic;
    private MemoryType memoryType;
    private int streams;
    private Interpolation interpolation;
    private InterpLocation location = InterpLocation.CENTER;
    private boolean invariant;

    DeclarationParser(TextCursor cur, OperandParser operands, ShaderStage stage) {
        this.cur = cur;
        this.operands = operands;
        this.stage = stage;
    }

    Declaration declaration() throws TgsiParseException {
        RegisterFile file = operands.registerFile();
        cur.expect('[');
        int[] outer = range(true);
        int[] inner = null;
        int save = cur.position();
        if (cur.accept('[')) {
            inner = range(false);
        } else {
            cur.reset(save);
        }
        int first;
        int last;
        int dimension = -1;
        if (inner == null) {
            if (outer == null) {
                throw cur.error("an empty range needs a second bracket");
            }
            first = outer[0];
            last = outer[1];
        } else {
            first = inner[0];
            last = inner[1];
            if (!isPerVertex(file)) {
                if (outer == null) {
                    throw cur.error("expected a dimension index");
                }
                dimension = outer[0];
            }
        }
        int usageMask = operands.optionalWriteMask();
        clauses(file);
        return new Declaration(file, first, last, dimension, usageMask, arrayId, local, semantic,
                interpolation, location, invariant, samplerView, image, atomic, memoryType, streams);
    }

    /** Inputs of GS/TCS/TES and outputs of TCS carry a vertex dimension that the range ignores. */
    private boolean isPerVertex(RegisterFile file) {
        return (file == RegisterFile.INPUT
                && (stage == ShaderStage.GEOMETRY || stage == ShaderStage.TESS_EVAL || stage == ShaderStage.TESS_CTRL))
                || (file == RegisterFile.OUTPUT && stage == ShaderStage.TESS_CTRL);
    }

    /** {@code a]} or {@code a..b]}; null for the empty {@code []} when allowed. */
    private int[] range(boolean allowEmpty) throws TgsiParseException {
        cur.skipWhite();
        if (allowEmpty && cur.peek() == ']') {
            cur.advance();
            return null;
        }
        int first = cur.expectUnsigned(MAX);
        int last = first;
        cur.skipWhite();
        if (cur.peek() == '.' && cur.peek(1) == '.') {
            cur.advance();
            cur.advance();
            last = cur.expectUnsigned(MAX);
            if (last < first) {
                throw cur.error("declaration range ends before it starts");
            }
        }
        cur.expect(']');
        return new int[] {first, last};
    }

    private void clauses(RegisterFile file) throws TgsiParseException {
        String w = clauseWord();
        if ("ARRAY".equalsIgnoreCase(w)) {
            cur.expect('(');
            arrayId = cur.expectUnsigned(MAX);
            cur.expect(')');
            w = clauseWord();
        }
        boolean vsInput = file == RegisterFile.INPUT && stage == ShaderStage.VERTEX;
        if (vsInput) {
            if (w != null) {
                throw cur.error("vertex shader inputs take no clauses");
            }
            return;
        }
        w = fileSpecific(file, w);
        if (w != null && "STREAM".equalsIgnoreCase(w) && file == RegisterFile.OUTPUT && stage == ShaderStage.GEOMETRY) {
            streams();
            w = clauseWord();
        }
        if (w != null && Interpolation.lookup(w) != null) {
            interpolation = Interpolation.lookup(w);
            w = clauseWord();
        }
        if (w != null && InterpLocation.lookup(w) != null) {
            location = InterpLocation.lookup(w);
            w = clauseWord();
        }
        if (w != null && "INVARIANT".equalsIgnoreCase(w)) {
            invariant = true;
            w = clauseWord();
        }
        if (w != null) {
            throw cur.error("unexpected declaration clause `" + w + "'");
        }
    }

    /** Handles the file-specific clauses; returns the first word it did not consume. */
    private String fileSpecific(RegisterFile file, String w) throws TgsiParseException {
        switch (file) {
            case IMAGE -> {
                image = imageClauses(w);
                return clauseWord();
            }
            case SAMPLER_VIEW -> {
                samplerView = samplerViewClauses(w);
                return clauseWord();
            }
            case BUFFER -> {
                if ("ATOMIC".equalsIgnoreCase(w)) {
                    atomic = true;
                    return clauseWord();
                }
                return w;
            }
            case MEMORY -> {
                MemoryType type = w == null ? null : MemoryType.lookup(w);
                if (type != null) {
                    memoryType = type;
                    return clauseWord();
                }
                return w;
            }
            default -> {
                if ("LOCAL".equalsIgnoreCase(w)) {
                    local = true;
                    w = clauseWord();
                }
                Semantic name = w == null ? null : Semantic.lookup(w);
                if (name != null) {
                    int index = 0;
                    if (cur.peek() == '[' || cur.accept('[')) {
                        if (cur.peek() == '[') {
                            cur.advance();
                        }
                        index = cur.expectUnsigned(MAX);
                        cur.expect(']');
                    }
                    semantic = new SemanticRef(name, index);
                    return clauseWord();
                }
                return w;
            }
        }
    }

    private Declaration.ImageInfo imageClauses(String w) throws TgsiParseException {
        TextureTarget target = w == null ? null : TextureTarget.lookup(w);
        if (target == null) {
            throw cur.error("expected an image target");
        }
        String format = null;
        boolean writable = false;
        boolean raw = false;
        while (true) {
            int save = cur.position();
            String next = clauseWord();
            if ("RAW".equalsIgnoreCase(next)) {
                raw = true;
            } else if ("WR".equalsIgnoreCase(next)) {
                writable = true;
            } else if (TgsiParser.isFormatName(next)) {
                format = next;
            } else {
                cur.reset(save);
                return new Declaration.ImageInfo(target, format, writable, raw);
            }
        }
    }

    private Declaration.SamplerViewInfo samplerViewClauses(String w) throws TgsiParseException {
        TextureTarget target = w == null ? null : TextureTarget.lookup(w);
        if (target == null) {
            throw cur.error("expected a sampler view target");
        }
        ReturnType[] types = new ReturnType[4];
        int count = 0;
        while (count < 4) {
            int save = cur.position();
            String next = clauseWord();
            ReturnType type = next == null ? null : ReturnType.lookup(next);
            if (type == null) {
                cur.reset(save);
                break;
            }
            types[count++] = type;
        }
        if (count != 1 && count != 4) {
            throw cur.error("expected one or four return types");
        }
        if (count == 1) {
            types[1] = types[2] = types[3] = types[0];
        }
        return new Declaration.SamplerViewInfo(target, types[0], types[1], types[2], types[3]);
    }

    private void streams() throws TgsiParseException {
        cur.expect('(');
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                cur.expect(',');
            }
            streams |= cur.expectUnsigned(3) << (2 * i);
        }
        cur.expect(')');
    }

    /** {@code , WORD} → WORD; null (consuming nothing) when no comma-word follows. */
    private String clauseWord() throws TgsiParseException {
        int save = cur.position();
        if (!cur.accept(',')) {
            return null;
        }
        String w = cur.word();
        if (w == null) {
            throw cur.error("expected a declaration clause after `,'");
        }
        return w;
    }
}
