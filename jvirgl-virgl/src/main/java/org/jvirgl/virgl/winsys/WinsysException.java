package org.jvirgl.virgl.winsys;

/** The host cannot give the backend a GL context (no EGL platform, no usable GL version …). */
public final class WinsysException extends RuntimeException {
    public WinsysException(String message) {
        super(message);
    }

    public WinsysException(String message, Throwable cause) {
        super(message, cause);
    }
}
