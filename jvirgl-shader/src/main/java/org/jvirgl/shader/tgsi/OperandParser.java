package org.jvirgl.shader.tgsi;

/** Parses register operands: {@code TEMP[ADDR[0].x+3](1).xyzw}, {@code CONST[1][4]}, modifiers. */
final class OperandParser {
    private static final int MAX = TgsiParser.MAX_REGISTER_INDEX;

    private final TextCursor cur;

    OperandParser(TextCursor cur) {
        this.cur = cur;
    }

    DstOperand dst() throws TgsiParseException {
        RegisterRef reg = register();
        int mask = optionalWriteMask();
        return new DstOperand(reg, mask);
    }

    SrcOperand src() throws TgsiParseException {
        cur.skipWhite();
        boolean negate = false;
        boolean absolute = false;
        if (cur.peek() == '-') {
            cur.advance();
            negate = true;
            cur.skipWhite();
        }
        if (cur.peek() == '|') {
            cur.advance();
            absolute = true;
        }
        RegisterRef reg = register();
        int swizzle = SrcOperand.IDENTITY;
        if (cur.accept('.')) {
            swizzle = 0;
            for (int i = 0; i < 4; i++) {
                swizzle |= channel() << (2 * i);
            }
        }
        if (absolute) {
            cur.expect('|');
        }
        return new SrcOperand(reg, swizzle, negate, absolute);
    }

    TexOffset texOffset(RegisterFile file) throws TgsiParseException {
        cur.expect('[');
        int index = (int) cur.signed(MAX);
        cur.expect(']');
        int[] swz = {0, 1, 2};
        if (cur.accept('.')) {
            for (int i = 0; i < 3; i++) {
                swz[i] = channel();
            }
        }
        return new TexOffset(file, index, swz[0], swz[1], swz[2]);
    }

    /** {@code .x}, {@code .xz}, ... in x-y-z-w order; 0xF when absent. */
    int optionalWriteMask() throws TgsiParseException {
        if (!cur.accept('.')) {
            return DstOperand.MASK_XYZW;
        }
        int mask = 0;
        String letters = "xyzw";
        for (int i = 0; i < 4; i++) {
            if (Character.toLowerCase(cur.peek()) == letters.charAt(i)) {
                mask |= 1 << i;
                cur.advance();
            }
        }
        if (mask == 0) {
            throw cur.error("write mask expected");
        }
        return mask;
    }

    private int channel() throws TgsiParseException {
        int c = "xyzw".indexOf(Character.toLowerCase(cur.peek()));
        if (c < 0) {
            throw cur.error("expected swizzle component x, y, z or w");
        }
        cur.advance();
        return c;
    }

    RegisterFile registerFile() throws TgsiParseException {
        String w = cur.word();
        RegisterFile file = w == null ? null : RegisterFile.lookup(w);
        if (file == null) {
            throw cur.error("unknown register file");
        }
        return file;
    }

    private RegisterRef register() throws TgsiParseException {
        RegisterFile file = registerFile();
        cur.expect('[');
        Bracket first = bracket();
        Bracket second = null;
        int save = cur.position();
        if (cur.accept('[')) {
            second = bracket();
        } else {
            cur.reset(save);
        }
        if (second == null) {
            return new RegisterRef(file, first.index, first.indirect, null);
        }
        return new RegisterRef(file, second.index, second.indirect, new Dimension(first.index, first.indirect));
    }

    private record Bracket(int index, Indirect indirect) {
    }

    /** The inside of {@code [...]} after the opening bracket, through the optional {@code (arrayId)}. */
    private Bracket bracket() throws TgsiParseException {
        cur.skipWhite();
        Bracket result;
        char c = cur.peek();
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            RegisterFile file = registerFile();
            cur.expect('[');
            int index = cur.expectUnsigned(MAX);
            cur.expect(']');
            int component = 0;
            if (cur.accept('.')) {
                cur.skipWhite();
                component = channel();
            }
            cur.skipWhite();
            int offset = 0;
            if (cur.peek() == '+' || cur.peek() == '-') {
                offset = (int) cur.signed(MAX);
            }
            cur.expect(']');
            int arrayId = arrayId();
            result = new Bracket(offset, new Indirect(file, index, component, arrayId));
        } else {
            int index = (int) cur.signed(MAX);
            cur.expect(']');
            arrayId();
            result = new Bracket(index, null);
        }
        return result;
    }

    private int arrayId() throws TgsiParseException {
        if (cur.peek() != '(') {
            return 0;
        }
        cur.advance();
        int id = cur.expectUnsigned(MAX);
        cur.expect(')');
        return id;
    }
}
