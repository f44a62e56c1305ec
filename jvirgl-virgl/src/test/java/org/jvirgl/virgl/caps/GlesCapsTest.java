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
import org.jvirgl.wire.caps.CapabilityBit;
import org.jvirgl.wire.caps.CapsField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lwjgl.opengl.GL11C;

/**
 * A GLES host end to end as far as caps go (own JVM: the process is claimed for GLES): the
 * probed host, and our VIRGL2 caps against the bytes C 0.10.4 sent with
 * {@code virgl_test_server --use-gles --use-egl-surfaceless} on this very host.
 */
class GlesCapsTest {

    private static VirglBackend backend;
    private static TestEnvironment env;

    @BeforeAll
    static void start() {
        env = new TestEnvironment(RendererFlag.USE_GLES, RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
        backend = VirglBackend.start(env, ctx -> { throw new UnsupportedOperationException(); });
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void theHostIsEs32() {
        HostCaps caps = backend.hostCaps();
        assertThat(caps.isEs()).isTrue();
        assertThat(caps.isCoreProfile()).isTrue();
        assertThat(caps.version().asInt()).isEqualTo(32);
        assertThat(caps.glslVersion()).isEqualTo(320);
        assertThat(caps.versionString()).startsWith("OpenGL ES 3.2");
        assertThat(env.logs).anyMatch(l -> l.contains("OpenGL ES"));
        assertThat(GL11C.glGetError()).isEqualTo(GL11C.GL_NO_ERROR);
    }

    @Test
    void featuresFollowTheEsColumn() {
        HostCaps caps = backend.hostCaps();
        assertThat(caps.has(HostFeature.TEXTURE_BUFFER)).isTrue();
        assertThat(caps.has(HostFeature.TEXTURE_VIEW)).isTrue();
        assertThat(caps.has(HostFeature.COMPUTE_SHADER)).isTrue();
        assertThat(caps.has(HostFeature.QBO)).isFalse();
        assertThat(caps.has(HostFeature.POLYGON_MODE)).isFalse();
        assertThat(caps.has(HostFeature.DIRECT_STATE_ACCESS)).isFalse();
        assertThat(RequiredFeatures.missingFrom(caps)).isEmpty();
    }

    @Test
    void limitsEsLacksReadAsAbsent() {
        HostLimits l = backend.hostCaps().limits();
        assertThat(backend.hostCaps().maxTextureSize()).isPositive();
        assertThat(l.get(org.lwjgl.opengl.GL31C.GL_MAX_RECTANGLE_TEXTURE_SIZE)).isZero();
        assertThat(l.getFloat(org.lwjgl.opengl.GL12C.GL_SMOOTH_LINE_WIDTH_RANGE, 1)).isZero();
    }

    @Test
    void theCapsAreAGlesHostsCaps() {
        ByteBuffer o = ours(Capset.VIRGL2, 1376);
        assertThat(o.getInt(CapsField.GLSL_LEVEL.offset())).isEqualTo(430);
        assertThat(o.getInt(CapsField.CAPABILITY_BITS.offset()) & CapabilityBit.HOST_IS_GLES.mask()).isNotZero();
        assertThat(o.getInt(CapsField.CAPABILITY_BITS.offset()) & CapabilityBit.QBO.mask()).isZero();
        int prims = o.getInt(CapsField.PRIM_MASK.offset());
        assertThat(prims & (1 << 7 | 1 << 8 | 1 << 9)).as("quads, quad strips, polygons").isZero();
        assertThat(prims & (1 << 14)).as("patches").isNotZero();
    }

    @Test
    void theV2CapsetEqualsTheCReferenceExceptDocumentedFields() throws IOException {
        Map<String, String> d = diff(c(), ours(Capset.VIRGL2, 1376), 1376);
        // hfcv: jvirgl claims 13 (see CapsFiller). Readback word 4: jvirgl reads back X24S8
        // (attached as a stencil attachment, where vrend attaches it as depth-stencil and finds
        // the framebuffer incomplete) and emulated A16 (R16 storage glReadPixels can return).
        // Word 0, bit 10: jvirgl keeps A8 in red as on a core host, so it renders, multisamples
        // and reads back; C keeps Mesa's ES GL_ALPHA8, which does none of those.
        assertThat(d).containsOnlyKeys("HOST_FEATURE_CHECK_VERSION", "SUPPORTED_READBACK_FORMATS[4]",
                "RENDER_FORMATS[0]", "SUPPORTED_MULTISAMPLE_FORMATS[0]", "SUPPORTED_READBACK_FORMATS[0]");
        ByteBuffer o = ours(Capset.VIRGL2, 1376);
        for (CapsField word : new CapsField[] {CapsField.RENDER_FORMATS, CapsField.SUPPORTED_MULTISAMPLE_FORMATS,
            CapsField.SUPPORTED_READBACK_FORMATS}) {
            assertThat(o.getInt(word.offset()) ^ c().getInt(word.offset())).as(word.name()).isEqualTo(1 << 10);
        }
        int readback = ours(Capset.VIRGL2, 1376).getInt(CapsField.SUPPORTED_READBACK_FORMATS.offset() + 16);
        assertThat(readback ^ c().getInt(CapsField.SUPPORTED_READBACK_FORMATS.offset() + 16))
                .isEqualTo(1 << (136 - 128) | 1 << (141 - 128));
    }

    private static ByteBuffer c() throws IOException {
        try (InputStream in = GlesCapsTest.class.getResourceAsStream("c-0.10.4-llvmpipe-gles-caps-v2.bin")) {
            return ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    private static ByteBuffer ours(int capset, int size) {
        byte[] out = new byte[size];
        backend.fillCaps(capset, capset, out);
        return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
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
