package org.jvirgl.shader.tgsi;

import java.math.BigInteger;

/** Reads the values inside {@code IMM ... { }} as raw bits. */
final class ImmediateValues {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private ImmediateValues() {
    }

    /** One 32-bit value of a FLT32, UINT32 or INT32 immediate. */
    static int narrow(TextCursor cur, ImmediateType type) throws TgsiParseException {
        return switch (type) {
            case UINT32 -> (int) cur.unsignedOrFail();
            case INT32 -> {
                long v = cur.signed(0x8000_0000L);
                if (v > Integer.MAX_VALUE) {
                    throw cur.error("INT32 immediate out of range");
                }
                yield (int) v;
            }
            case FLT32 -> {
                if (cur.peek() == '0' && (cur.peek(1) == 'x' || cur.peek(1) == 'X')) {
                    yield (int) cur.hex(8);
                }
                yield Float.floatToRawIntBits(Float.parseFloat(decimal(cur)));
            }
            default -> throw cur.error("not a 32-bit immediate type");
        };
    }

    /** One 64-bit value of a FLT64, UINT64 or INT64 immediate. */
    static long wide(TextCursor cur, ImmediateType type) throws TgsiParseException {
        return switch (type) {
            case FLT64 -> {
                if (cur.peek() == '0' && (cur.peek(1) == 'x' || cur.peek(1) == 'X')) {
                    // Two hex words, low first, as tgsi_text reads them.
                    long low = cur.hex(8);
                    if (cur.peek() == ' ' || cur.peek() == ',' || cur.peek() == '|') {
                        cur.advance();
                    }
                    long high = cur.hex(8);
                    yield low | high << 32;
                }
                yield Double.doubleToRawLongBits(Double.parseDouble(decimal(cur)));
            }
            case UINT64 -> integer64(cur, false);
            case INT64 -> integer64(cur, true);
            default -> throw cur.error("not a 64-bit immediate type");
        };
    }

    private static String decimal(TextCursor cur) throws TgsiParseException {
        String literal = cur.decimalLiteral();
        if (literal == null) {
            throw cur.error("expected a floating-point constant");
        }
        return literal;
    }

    private static long integer64(TextCursor cur, boolean signed) throws TgsiParseException {
        boolean negative = false;
        if (signed && (cur.peek() == '-' || cur.peek() == '+')) {
            negative = cur.peek() == '-';
            cur.advance();
        }
        BigInteger value;
        if (cur.peek() == '0' && (cur.peek(1) == 'x' || cur.peek(1) == 'X')) {
            value = new BigInteger(Long.toUnsignedString(cur.hex(16)));
        } else {
            if (!cur.atDigit()) {
                throw cur.error("expected an integer constant");
            }
            StringBuilder digits = new StringBuilder();
            while (cur.atDigit()) {
                if (digits.length() >= 20) {
                    throw cur.error("64-bit immediate out of range");
                }
                digits.append(cur.peek());
                cur.advance();
            }
            value = new BigInteger(digits.toString());
        }
        if (negative) {
            value = value.negate();
        }
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(63).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE) : TWO_64.subtract(BigInteger.ONE);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw cur.error("64-bit immediate out of range");
        }
        return value.longValue();
    }
}
