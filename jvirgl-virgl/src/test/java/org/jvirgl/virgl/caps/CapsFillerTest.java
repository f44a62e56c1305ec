package org.jvirgl.virgl.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.virgl.TestEnvironment;
import org.jvirgl.virgl.VirglBackend;
import org.jvirgl.wire.caps.CapsField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our caps against the bytes C 0.10.4 sent on this very host (llvmpipe, captured with a vtest
 * client): every field must match except the documented differences.
 */
class CapsFillerTest {

    private static VirglBackend backend;

    @BeforeAll
    static void start() {
        backend = VirglBackend.start(new TestEnvironment(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS),
                ctx -> { throw new UnsupportedOperationException(); });
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private static ByteBuffer c(String which) throws IOException {
        try (InputStream in = CapsFillerTest.class.getResourceAsStream(
                "/org/jvirgl/virgl/caps/c-0.10.4-llvmpipe-caps-" + which + ".bin")) {
            return ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    private static ByteBuffer ours(int capset, int size) {
        byte[] out = new byte[size];
        backend.fillCaps(capset, capset, out);
        return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void capsetInfoMatchesTheCApi() {
        assertThat(backend.capsetInfo(Capset.VIRGL).maxSize()).isEqualTo(308);
        assertThat(backend.capsetInfo(Capset.VIRGL2).maxSize()).isEqualTo(1376);
        assertThat(backend.capsetInfo(Capset.VIRGL2).maxVersion()).isEqualTo(2);
        assertThat(backend.capsetInfo(Capset.VENUS).maxSize()).isZero();
    }

    @Test
    void theV1CapsetEqualsTheCReference() throws IOException {
        assertThat(diff(c("v1"), ours(Capset.VIRGL, 308), 308)).isEmpty();
    }

    @Test
    void theV2CapsetEqualsTheCReferenceExceptDocumentedFields() throws IOException {
        Map<String, String> d = diff(c("v2"), ours(Capset.VIRGL2, 1376), 1376);
        // hfcv: jvirgl claims 13 (see CapsFiller). Readback: jvirgl reads back emulated A8/A16
        // directly. Sampler, render and multisample masks are C's: a sample-only format Mesa
        // may pick for a texture it then renders to is never offered.
        assertThat(d).containsOnlyKeys("HOST_FEATURE_CHECK_VERSION", "SUPPORTED_READBACK_FORMATS[0]",
                "SUPPORTED_READBACK_FORMATS[4]");
        ByteBuffer o = ours(Capset.VIRGL2, 1376);
        assertThat(o.getInt(CapsField.CAPABILITY_BITS.offset())).isEqualTo(0x5ff7ffff);
        assertThat(o.getInt(CapsField.CAPABILITY_BITS_V2.offset())).isEqualTo(0x693);
        assertThat(o.getInt(CapsField.HOST_FEATURE_CHECK_VERSION.offset())).isBetween(7, 15);
    }

    @Test
    void theRendererStringHidesLowercaseLlvmpipe() {
        assertThat(CapsFiller.guestRenderer("llvmpipe (LLVM 15.0.6, 256 bits)"))
                .isEqualTo("LLVMPIPE (LLVM 15.0.6, 256 bits)");
    }

    /** Differing 4-byte words, named by the caps field (and element) they belong to. */
    private static Map<String, String> diff(ByteBuffer c, ByteBuffer ours, int size) {
        Map<String, String> out = new TreeMap<>();
        for (int off = 0; off < size; off += 4) {
            int a = c.getInt(off);
            int b = ours.getInt(off);
            if (a != b) {
                out.put(fieldAt(off), String.format("C 0x%x, jvirgl 0x%x", a, b));
            }
        }
        return out;
    }

    private static String fieldAt(int off) {
        for (CapsField f : CapsField.values()) {
            if (off >= f.offset() && off < f.end()) {
                return f.count() == 1 ? f.name() : f.name() + "[" + (off - f.offset()) / 4 + "]";
            }
        }
        return "@" + off;
    }
}
