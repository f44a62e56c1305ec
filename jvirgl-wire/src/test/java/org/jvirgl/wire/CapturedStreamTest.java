package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jvirgl.wire.print.CommandPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Mesa 22.3 (virpipe) command streams, captured from the C reference server with
 * {@code VTEST_SAVE} while piglit tests passed on it (see {@code scripts/capture_corpus.sh}):
 * every submit must decode without a refusal, and the disassembly must cover what the test
 * exercised.
 */
class CapturedStreamTest {

    private static List<String> disassemble(String capture, Set<String> commandsSeen) {
        List<String> lines = new ArrayList<>();
        CommandPrinter printer = new CommandPrinter(lines::add);
        VirglDecoder decoder = new VirglDecoder(printer);
        List<byte[]> submits = VtestCapture.submits(VtestCapture.load(capture));
        assertThat(submits).as("submits in " + capture).isNotEmpty();
        for (byte[] submit : submits) {
            DecodeResult result = decoder.decode(MemorySegment.ofArray(submit));
            assertThat(result).as(capture + ": " + result).isInstanceOf(DecodeResult.Decoded.class);
        }
        for (String line : lines) {
            commandsSeen.add(line.split(" ", 2)[0]);
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"glsl110-sign", "tess-barrier", "compute-atomic", "ubo-std140", "gs-clipdist",
        "fbo-blit", "clear-texture", "copy-image", "draw-indirect", "occlusion2", "qbo", "ssbo", "texview-layers",
        "xfb-interleaved", "genmipmap", "image-basic", "cubemap", "tex3d", "s3tc-teximage", "cube-array",
        "ds-miplevels"})
    void everySubmitOfACapturedPiglitRunDecodesCleanly(String name) {
        Set<String> seen = new TreeSet<>();
        List<String> lines = disassemble(name + ".vtest.gz", seen);
        assertThat(lines).isNotEmpty();
        assertThat(seen).contains("SET_SUB_CTX");
        switch (name) {
            case "tess-barrier" -> assertThat(lines).anyMatch(l -> l.startsWith("CREATE_SHADER") && l.contains("TCS"));
            case "compute-atomic" -> assertThat(seen).contains("LAUNCH_GRID", "SET_ATOMIC_BUFFERS");
            case "ubo-std140" -> assertThat(seen).contains("SET_UNIFORM_BUFFER");
            case "gs-clipdist" -> assertThat(lines).anyMatch(l -> l.startsWith("CREATE_SHADER") && l.contains("GS"));
            case "fbo-blit" -> assertThat(seen).contains("BLIT");
            case "clear-texture" -> assertThat(seen).contains("CLEAR_TEXTURE");
            case "copy-image" -> assertThat(seen).contains("RESOURCE_COPY_REGION");
            case "draw-indirect" -> assertThat(lines).anyMatch(l -> l.startsWith("DRAW_VBO") && l.contains("indirect="));
            case "occlusion2", "qbo" -> assertThat(seen).contains("CREATE_QUERY", "BEGIN_QUERY", "END_QUERY");
            case "ssbo" -> assertThat(seen).contains("SET_SHADER_BUFFERS");
            case "texview-layers" -> assertThat(seen).contains("CREATE_SAMPLER_VIEW");
            case "xfb-interleaved" -> assertThat(seen).contains("CREATE_STREAMOUT_TARGET", "SET_STREAMOUT_TARGETS");
            case "image-basic" -> assertThat(seen).contains("SET_SHADER_IMAGES");
            case "ds-miplevels" -> assertThat(seen).contains("CLEAR", "CREATE_SURFACE");
            default -> assertThat(seen).contains("DRAW_VBO");
        }
    }

    /**
     * Real streams reach deep decoder paths random bytes rarely do; corrupting single dwords
     * of them must still only ever produce clean refusals (an UNKNOWN refusal would be a
     * decoder exception caught by the safety net).
     */
    @Test
    void corruptedRealStreamsAreRefusedCleanly() {
        java.util.Random random = new java.util.Random(7);
        int refusals = 0;
        for (String name : List.of("glsl110-sign", "tess-barrier", "xfb-interleaved", "copy-image", "image-basic")) {
            List<byte[]> submits = VtestCapture.submits(VtestCapture.load(name + ".vtest.gz"));
            for (int round = 0; round < 300; round++) {
                VirglDecoder decoder = new VirglDecoder(new IgnoringListener());
                for (byte[] original : submits) {
                    byte[] submit = original.clone();
                    int at = 4 * random.nextInt(submit.length / 4);
                    int value = switch (random.nextInt(4)) {
                        case 0 -> random.nextInt();
                        case 1 -> random.nextInt(64);
                        case 2 -> -1;
                        default -> (submit[at] & 0xff) ^ (1 << random.nextInt(8));
                    };
                    MemorySegment.ofArray(submit).set(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED
                            .withOrder(java.nio.ByteOrder.LITTLE_ENDIAN), at, value);
                    DecodeResult result = decoder.decode(MemorySegment.ofArray(submit));
                    if (result instanceof Refusal r) {
                        refusals++;
                        assertThat(r.error()).as(name + ": " + r).isNotEqualTo(ContextError.UNKNOWN);
                    }
                }
            }
        }
        assertThat(refusals).as("corruptions that were caught").isPositive();
    }
}
