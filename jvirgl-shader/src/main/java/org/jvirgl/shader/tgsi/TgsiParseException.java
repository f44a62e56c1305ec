package org.jvirgl.shader.tgsi;

/** A TGSI text the parser refuses; the only exception the parser throws. */
public final class TgsiParseException extends Exception {
    public TgsiParseException(String message) {
        super(message);
    }
}
