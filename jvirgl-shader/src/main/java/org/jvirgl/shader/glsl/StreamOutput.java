package org.jvirgl.shader.glsl;

/**
 * One captured transform-feedback output, as CREATE_OBJECT(SHADER) carries it after the
 * stream-output count: {@code registerIndex} is the OUT register, components
 * {@code [startComponent, startComponent + numComponents)} of it go to {@code buffer} at
 * dword offset {@code dstOffset}, in vertex {@code stream}.
 */
public record StreamOutput(int registerIndex, int startComponent, int numComponents, int buffer,
                           int dstOffset, int stream) {
    public StreamOutput {
        if (registerIndex < 0 || registerIndex > 255 || startComponent < 0 || numComponents < 1
                || startComponent + numComponents > 4 || buffer < 0 || buffer > 3 || dstOffset < 0
                || stream < 0 || stream > 3) {
            throw new IllegalArgumentException("bad stream output " + registerIndex + "/" + startComponent + "/"
                    + numComponents + "/" + buffer + "/" + dstOffset + "/" + stream);
        }
    }

    /**
     * Decodes the two wire words: A = register (bits 0–7), start component (8–9), component
     * count (10–12), buffer (13–15), dst offset (16–31); B = stream (bits 0–1). Returns null
     * for a combination that cannot be captured (e.g. more than 4 components).
     */
    public static StreamOutput decode(int wordA, int wordB) {
        int register = wordA & 0xFF;
        int start = (wordA >>> 8) & 3;
        int count = (wordA >>> 10) & 7;
        int buffer = (wordA >>> 13) & 7;
        int offset = wordA >>> 16;
        int stream = wordB & 3;
        if (count < 1 || start + count > 4 || buffer > 3) {
            return null;
        }
        return new StreamOutput(register, start, count, buffer, offset, stream);
    }
}
