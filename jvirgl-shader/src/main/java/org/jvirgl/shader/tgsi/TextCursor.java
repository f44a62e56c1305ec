package org.jvirgl.shader.tgsi;

/**
 * Lexing primitives over TGSI text. A NUL character ends the text, as on the wire.
 * Every read is bounded by the text length; numbers that overflow their width are refused.
 */
final class TextCursor {
    /** Longest keyword or identifier accepted (format names are the longest real ones). */
    static final int MAX_WORD = 64;

    private final String text;
    private final int end;
    private int pos;

    TextCursor(String text) {
        this.text = text;
        int nul = text.indexOf('\0');
        this.end = nul < 0 ? text.length() : nul;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    boolean atEnd() {
        return pos >= end;
    }

    /** The current character, or 0 at the end. */
    char peek() {
        return pos < end ? text.charAt(pos) : 0;
    }

    char peek(int ahead) {
        int p = pos + ahead;
        return p < end ? text.charAt(p) : 0;
    }

    void advance() {
        if (pos < end) {
            pos++;
        }
    }

    /** Skips blanks and newlines; returns whether any were skipped. */
    boolean skipWhite() {
        int start = pos;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            pos++;
        }
        return pos > start;
    }

    /** Skips whitespace, then consumes {@code c} if it is next. */
    boolean accept(char c) {
        int save = pos;
        skipWhite();
        if (peek() == c) {
            pos++;
            return true;
        }
        pos = save;
        return false;
    }

    void expect(char c) throws TgsiParseException {
        if (!accept(c)) {
            throw error("expected `" + c + "'");
        }
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Reads a run of letters, digits and underscores (after optional whitespace), or null. */
    String word() throws TgsiParseException {
        int save = pos;
        skipWhite();
        int start = pos;
        while (pos < end && isWordChar(text.charAt(pos))) {
            pos++;
            if (pos - start > MAX_WORD) {
                throw error("word too long");
            }
        }
        if (pos == start) {
            pos = save;
            return null;
        }
        return text.substring(start, pos);
    }

    /** Reads a word only if it is {@code keyword} (any case); otherwise consumes nothing. */
    boolean acceptWord(String keyword) throws TgsiParseException {
        int save = pos;
        String w = word();
        if (w != null && w.equalsIgnoreCase(keyword)) {
            return true;
        }
        pos = save;
        return false;
    }

    boolean atDigit() {
        char c = peek();
        return c >= '0' && c <= '9';
    }

    /** Reads an unsigned decimal that must fit in {@code max}; -1 when no digit is next. */
    long unsigned(long max) throws TgsiParseException {
        skipWhite();
        if (!atDigit()) {
            return -1;
        }
        long value = 0;
        while (atDigit()) {
            value = value * 10 + (text.charAt(pos) - '0');
            if (value > max) {
                throw error("number out of range");
            }
            pos++;
        }
        return value;
    }

    /** Reads an unsigned decimal that must fit in {@code max}. */
    int expectUnsigned(int max) throws TgsiParseException {
        long v = unsigned(max);
        if (v < 0) {
            throw error("expected an unsigned integer");
        }
        return (int) v;
    }

    /** Reads an unsigned 32-bit decimal. */
    long unsignedOrFail() throws TgsiParseException {
        long v = unsigned(0xFFFF_FFFFL);
        if (v < 0) {
            throw error("expected an unsigned integer");
        }
        return v;
    }

    /** Whether a digit follows after optional whitespace (consumes the whitespace). */
    boolean atDigitAfterWhite() {
        skipWhite();
        return atDigit();
    }

    /** Reads an optionally signed decimal within [-max, max]. */
    long signed(long max) throws TgsiParseException {
        skipWhite();
        boolean negative = false;
        if (peek() == '+' || peek() == '-') {
            negative = peek() == '-';
            pos++;
        }
        long v = unsigned(max);
        if (v < 0) {
            throw error("expected an integer");
        }
        return negative ? -v : v;
    }

    /** Reads {@code 0x} and up to {@code maxDigits} hex digits as an unsigned value. */
    long hex(int maxDigits) throws TgsiParseException {
        if (peek() != '0' || (peek(1) != 'x' && peek(1) != 'X')) {
            throw error("expected a hexadecimal number");
        }
        pos += 2;
        long value = 0;
        int digits = 0;
        while (Character.digit(peek(), 16) >= 0) {
            if (++digits > maxDigits) {
                throw error("hexadecimal number too long");
            }
            value = value << 4 | Character.digit(peek(), 16);
            pos++;
        }
        if (digits == 0) {
            throw error("expected hexadecimal digits");
        }
        return value;
    }

    /** Returns the span of a decimal floating-point literal at the cursor, or null. */
    String decimalLiteral() {
        skipWhite();
        int start = pos;
        int p = pos;
        if (p < end && (text.charAt(p) == '+' || text.charAt(p) == '-')) {
            p++;
        }
        int digits = 0;
        while (p < end && Character.isDigit(text.charAt(p)) && text.charAt(p) <= '9') {
            p++;
            digits++;
        }
        if (p < end && text.charAt(p) == '.') {
            p++;
            while (p < end && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (p < end && (text.charAt(p) == 'e' || text.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < end && (text.charAt(q) == '+' || text.charAt(q) == '-')) {
                q++;
            }
            int expDigits = 0;
            while (q < end && text.charAt(q) >= '0' && text.charAt(q) <= '9' && expDigits < 5) {
                q++;
                expDigits++;
            }
            if (expDigits == 0) {
                return null;
            }
            p = q;
        }
        if (p - start > 400) {
            return null;
        }
        pos = p;
        return text.substring(start, p);
    }

    /** Skips to the end of the current line. */
    void skipLine() {
        while (pos < end && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    TgsiParseException error(String message) {
        int line = 1;
        int column = 1;
        int limit = Math.min(pos, end);
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new TgsiParseException(message + " at " + line + ":" + column);
    }
}
