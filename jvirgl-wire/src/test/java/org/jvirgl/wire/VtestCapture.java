package org.jvirgl.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads what a vtest client sent to the C reference server, as recorded by its
 * {@code VTEST_SAVE} option (client→server bytes only), and extracts the SUBMIT_CMD
 * command buffers. Payload sizes follow each message's own layout (upstream-map §2.1):
 * CREATE_RENDERER counts bytes, TRANSFER_PUT carries unpadded data, TRANSFER_PUT2 carries
 * none whatever its length says.
 */
final class VtestCapture {
    private static final int CREATE_RENDERER = 8;
    private static final int RESOURCE_CREATE = 2;
    private static final int RESOURCE_UNREF = 3;
    private static final int TRANSFER_GET = 4;
    private static final int TRANSFER_PUT = 5;
    private static final int SUBMIT_CMD = 6;
    private static final int BUSY_WAIT = 7;
    private static final int PROTOCOL_VERSION = 11;
    private static final int RESOURCE_CREATE2 = 12;
    private static final int TRANSFER_GET2 = 13;
    private static final int TRANSFER_PUT2 = 14;

    private VtestCapture() {
    }

    static byte[] load(String resource) {
        try (InputStream in = VtestCapture.class.getResourceAsStream("corpus/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + resource);
            }
            return new GZIPInputStream(in).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command buffers of every SUBMIT_CMD, in order. */
    static List<byte[]> submits(byte[] stream) {
        return messages(stream, SUBMIT_CMD);
    }

    /**
     * The 11 argument dwords of every RESOURCE_CREATE2: handle, target, format, bind, width,
     * height, depth, array_size, last_level, nr_samples, data_size (Mesa's guest layout size).
     */
    static List<int[]> resourceCreates(byte[] stream) {
        List<int[]> creates = new ArrayList<>();
        for (byte[] payload : messages(stream, RESOURCE_CREATE2)) {
            int[] args = new int[11];
            ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(args);
            creates.add(args);
        }
        return creates;
    }

    private static List<byte[]> messages(byte[] stream, int wanted) {
        ByteBuffer buf = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
        List<byte[]> submits = new ArrayList<>();
        while (buf.remaining() >= 8) {
            int length = buf.getInt();
            int id = buf.getInt();
            int payloadBytes = switch (id) {
                case CREATE_RENDERER -> length;
                case RESOURCE_CREATE -> 40;
                case RESOURCE_CREATE2, TRANSFER_GET -> 44;
                case RESOURCE_UNREF, PROTOCOL_VERSION -> 4;
                case BUSY_WAIT -> 8;
                case TRANSFER_GET2, TRANSFER_PUT2 -> 40;
                case TRANSFER_PUT -> 44 + buf.getInt(buf.position() + 40);
                default -> 4 * length;
            };
            if (id == wanted) {
                submits.add(Arrays.copyOfRange(stream, buf.position(), buf.position() + payloadBytes));
            }
            buf.position(buf.position() + payloadBytes);
        }
        return submits;
    }
}
