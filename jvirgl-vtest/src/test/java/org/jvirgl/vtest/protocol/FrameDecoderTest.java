package org.jvirgl.vtest.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.jvirgl.vtest.protocol.VtestRequest.Refused;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitCmd;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitCmd2;
import org.jvirgl.vtest.protocol.VtestRequest.TransferPut;
import org.jvirgl.vtest.protocol.VtestRequest.Unknown;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
    private static final FrameLimits SMALL = new FrameLimits(64, 256, 128);

    /** A stream with every framing rule in it: byte-counted names, unpadded data, skipped bodies. */
    private static byte[] mixedStream() {
        Stream s = new Stream();
        s.raw(dw(9, 8)).raw("virpipe\0\0".getBytes());
        s.cmd(10, 0).cmd(7, 2, 0, 0).cmd(11, 1, 2).cmd(9, 0).cmd(1, 0);
        s.cmd(12, 11, 1, 2, 67, 0x0a, 250, 250, 1, 1, 0, 0, 250000);
        s.cmd(5, 11 + 2, 1, 0, 5, 0, 0, 0, 0, 5, 1, 1, 5).raw(new byte[] {1, 2, 3, 4, 5});
        s.cmd(6, 3, 0x11, 0x22, 0x33);
        s.cmd(14, 10 + 1000, 1, 0, 0, 0, 0, 4, 1, 1, 4000, 64);
        s.cmd(4, 11, 1, 0, 4, 0, 0, 0, 0, 4, 1, 1, 4);
        s.cmd(99, 3, 7, 7, 7);
        s.cmd(6, 100); // over the 256-byte limit: 400 bytes skipped
        s.raw(new byte[400]);
        s.cmd(5, 11 + 64, 1, 0, 200, 0, 0, 0, 0, 200, 1, 1, 200).raw(new byte[200]); // data over limit
        s.cmd(23, 5, 1, 100, 3, 4, 0);
        s.cmd(24, 13, 1, 0, 9, 1, 10, 1, 2, 0, 0, 0xabc, 5, 6, 0);
        s.cmd(6, 0);
        s.cmd(18, 6, 1, 1, 4096, 0, 0, 0);
        s.cmd(10, 0);
        return s.bytes();
    }

    @Test
    void wholeStreamByteByByteAndRandomCutsDecodeToTheSameRequests() {
        byte[] stream = mixedStream();
        List<String> whole = decode(stream, new int[] {stream.length});
        assertThat(whole).hasSize(19);
        int[] ones = new int[stream.length];
        java.util.Arrays.fill(ones, 1);
        assertThat(decode(stream, ones)).isEqualTo(whole);
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<Integer> cuts = new ArrayList<>();
            int left = stream.length;
            while (left > 0) {
                int n = Math.min(left, 1 + random.nextInt(40));
                cuts.add(n);
                left -= n;
            }
            assertThat(decode(stream, cuts.stream().mapToInt(Integer::intValue).toArray())).isEqualTo(whole);
        }
    }

    @Test
    void eachFramingRuleIsHonoured() {
        byte[] stream = mixedStream();
        List<String> r = decode(stream, new int[] {stream.length});
        assertThat(r.get(0)).isEqualTo("CreateRenderer[name=virpipe]");
        assertThat(r.get(3)).isEqualTo("ProtocolVersion[clientVersion=2]");
        assertThat(r.get(6)).startsWith("ResourceCreate2[").endsWith("dataSize=250000]");
        assertThat(r.get(7)).as("TRANSFER_PUT data is not padded").endsWith(" data=0102030405");
        assertThat(r.get(8)).isEqualTo("SubmitCmd 110000002200000033000000");
        assertThat(r.get(9)).as("TRANSFER_PUT2's length counts data that never comes")
                .contains("dataSize=4000, offset=64");
        assertThat(r.get(11)).isEqualTo("Unknown[commandId=99, length=3]");
        assertThat(r.get(12)).startsWith("Refused[command=SUBMIT_CMD, reason=body of 400 bytes");
        assertThat(r.get(13)).startsWith("Refused[command=TRANSFER_PUT, reason=inline data of 200 bytes");
        assertThat(r.get(14)).isEqualTo("SyncWait[flags=1, timeoutMs=100, points=[SyncPoint[syncId=3, value=4]]]");
        assertThat(r.get(15)).isEqualTo("SubmitCmd2 [batch{flags=0, 1 dw, 1 syncs, ring 2}] cmds=00000abc");
        assertThat(r.get(16)).isEqualTo("SubmitCmd ");
        assertThat(r.get(17)).isEqualTo("ResourceCreateBlob[type=1, flags=1, size=4096, blobId=0]");
    }

    @Test
    void aHeaderClaimingFourGigabytesAllocatesNothingUpFront() throws Exception {
        List<VtestRequest> out = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(FrameLimits.DEFAULT, out::add);
        decoder.feed(segment(dw(0xffff_ffff, 8)));
        decoder.feed(segment(dw(0x3fff_fff0, 6)));
        assertThat(out).hasSize(0);
        assertThat(decoder.atBoundary()).isFalse();
    }

    @Test
    void selfContradictingBodiesBecomeRefusals() throws Exception {
        List<VtestRequest> out = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(FrameLimits.DEFAULT, out::add);
        decoder.feed(segment(new Stream().cmd(23, 3, 0, 0, 1).cmd(24, 1, 2).cmd(24, 9, 1, 0, 1, 8, 0, 0, 64, 0, 0)
                .cmd(24, 9, 1, 0, 9, 0, 8, 1, 0, 0, 0).bytes()));
        assertThat(out).allMatch(r -> r instanceof Refused);
        assertThat(out).extracting(r -> ((Refused) r).reason()).containsExactly(
                "length 3 is not 2 + 3n dwords", "2 batches do not fit in 1 dwords", "batch 0 names ring 64",
                "batch 0 reaches past the 9-dword body");
        assertThat(decoder.atBoundary()).isTrue();
    }

    @Test
    void anUnknownCommandWithAHugeLengthIsSkippedAsBytesArrive() throws Exception {
        List<VtestRequest> out = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(SMALL, out::add);
        decoder.feed(segment(dw(1 << 20, 1234)));
        for (int i = 0; i < 4; i++) {
            decoder.feed(segment(new byte[1 << 20]));
        }
        assertThat(out).singleElement().isEqualTo(new Unknown(1234, 1 << 20));
        assertThat(decoder.atBoundary()).isTrue();
    }

    private static List<String> decode(byte[] stream, int[] cuts) {
        List<String> out = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(SMALL, r -> out.add(describe(r)));
        int at = 0;
        try {
            for (int n : cuts) {
                decoder.feed(segment(java.util.Arrays.copyOfRange(stream, at, at + n)));
                at += n;
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(decoder.atBoundary()).isTrue();
        return out;
    }

    /** Requests with segments are described by content, because the segments are reused. */
    private static String describe(VtestRequest r) {
        HexFormat hex = HexFormat.of();
        return switch (r) {
            case SubmitCmd s -> "SubmitCmd " + hex.formatHex(s.commands().toArray(ValueLayout.JAVA_BYTE));
            case TransferPut p -> "TransferPut " + p.region() + " data="
                    + hex.formatHex(p.data().toArray(ValueLayout.JAVA_BYTE));
            case SubmitCmd2 s -> "SubmitCmd2 " + s.batches() + " cmds=" + s.batches().stream()
                    .map(b -> hex.formatHex(reverse(b.commands().toArray(ValueLayout.JAVA_BYTE)))).toList()
                    .getFirst();
            default -> r.toString();
        };
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    private static MemorySegment segment(byte[] bytes) {
        MemorySegment seg = Arena.ofAuto().allocate(Math.max(1, bytes.length));
        MemorySegment.copy(bytes, 0, seg, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return seg.asSlice(0, bytes.length);
    }

    static byte[] dw(int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static final class Stream {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Stream cmd(int id, int length, int... body) {
            raw(dw(length, id));
            return raw(dw(body));
        }

        Stream raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
