package org.jvirgl.bench.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The captured Mesa 22.3 virpipe sessions of jvirgl-wire's test corpus (piglit tests run
 * against the C reference with {@code VTEST_SAVE}: the client-to-server bytes), reduced to the
 * command buffers of their SUBMIT_CMD messages.
 */
final class CapturedStreams {
    /** Every capture in the corpus; one vtest connection, hence one decoder, each. */
    static final List<String> NAMES = List.of("clear-texture", "compute-atomic", "copy-image", "draw-indirect",
            "fbo-blit", "genmipmap", "glsl110-sign", "gs-clipdist", "image-basic", "occlusion2", "qbo", "ssbo",
            "tess-barrier", "texview-layers", "ubo-std140", "xfb-interleaved");

    private static final int RESOURCE_CREATE = 2;
    private static final int TRANSFER_GET = 4;
    private static final int TRANSFER_PUT = 5;
    private static final int SUBMIT_CMD = 6;
    private static final int CREATE_RENDERER = 8;
    private static final int RESOURCE_CREATE2 = 12;
    private static final int TRANSFER_GET2 = 13;
    private static final int TRANSFER_PUT2 = 14;

    private CapturedStreams() {
    }

    /** The SUBMIT_CMD buffers of capture {@code name}, in the order the client sent them. */
    static List<byte[]> submits(String name) {
        return submitsOf(load(name));
    }

    private static byte[] load(String name) {
        String resource = "corpus/" + name + ".vtest.gz";
        try (InputStream in = CapturedStreams.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark input " + resource);
            }
            return new GZIPInputStream(in).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> submitsOf(byte[] stream) {
        ByteBuffer in = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
        List<byte[]> submits = new ArrayList<>();
        while (in.remaining() >= 8) {
            int length = in.getInt();
            int id = in.getInt();
            int payload = payloadBytes(in, id, length);
            if (payload < 0 || payload > in.remaining()) {
                throw new IllegalStateException("capture truncated in a message of id " + id);
            }
            if (id == SUBMIT_CMD) {
                byte[] buffer = new byte[payload];
                in.get(in.position(), buffer);
                submits.add(buffer);
            }
            in.position(in.position() + payload);
        }
        return submits;
    }

    /** Bytes that follow the header: {@code length} is not a dword count for every message (upstream-map §2.1). */
    private static int payloadBytes(ByteBuffer in, int id, int length) {
        return switch (id) {
            case CREATE_RENDERER -> length;
            case RESOURCE_CREATE -> 4 * 10;
            case TRANSFER_GET, RESOURCE_CREATE2 -> 4 * 11;
            // TRANSFER_PUT carries exactly data_size bytes after its 11 dwords, unpadded.
            case TRANSFER_PUT -> 4 * 11 + in.getInt(in.position() + 4 * 10);
            // TRANSFER_PUT2's length counts data that travels through shared memory, not the socket.
            case TRANSFER_GET2, TRANSFER_PUT2 -> 4 * 10;
            default -> 4 * length;
        };
    }
}
