package org.jvirgl.wire.state;

/**
 * One transform-feedback output of a shader ({@code pipe_stream_output}).
 *
 * @param registerIndex  shader output register (TGSI OUT index)
 * @param startComponent first component written (0-3)
 * @param numComponents  number of components (1-4)
 * @param outputBuffer   streamout buffer slot (0-3)
 * @param dstOffset      offset in the buffer, in dwords
 * @param stream         vertex stream (0-3)
 */
public record StreamOutput(int registerIndex, int startComponent, int numComponents, int outputBuffer,
                           int dstOffset, int stream) {

    public static StreamOutput unpack(int wordA, int wordB) {
        return new StreamOutput(wordA & 0xff, (wordA >>> 8) & 0x3, (wordA >>> 10) & 0x7,
                (wordA >>> 13) & 0x7, wordA >>> 16, wordB & 0x3);
    }

    public int packA() {
        return (registerIndex & 0xff) | (startComponent & 0x3) << 8 | (numComponents & 0x7) << 10
                | (outputBuffer & 0x7) << 13 | (dstOffset & 0xffff) << 16;
    }

    public int packB() {
        return stream & 0x3;
    }
}
