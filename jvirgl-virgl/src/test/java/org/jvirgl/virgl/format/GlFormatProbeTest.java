package org.jvirgl.virgl.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import java.util.TreeSet;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostCapsProbe;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GlFormatProbeTest {

    private static GlHost host;
    private static GlFormatTable table;

    @BeforeAll
    static void probe() {
        host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE);
        HostCaps caps = HostCapsProbe.probe(host.version(), host.profile());
        table = GlFormatProbe.probe(caps);
    }

    @AfterAll
    static void close() {
        host.close();
    }

    @Test
    void everyCandidateNamesAFormatTheWireTableKnows() {
        for (String name : GlFormatProbe.candidateNames()) {
            assertThat(VirglFormat.byName(name)).as(name).isPresent();
        }
    }

    @Test
    void theCommonFormatsAreSampledAndRendered() {
        GlFormat bgrx = table.get(VirglFormat.B8G8R8X8_UNORM);
        assertThat(bgrx.render()).isTrue();
        assertThat(bgrx.format()).isEqualTo(org.lwjgl.opengl.GL12C.GL_BGRA);
        assertThat(bgrx.swizzle()).isEqualTo(Swizzle.RGB1);
        assertThat(table.get(VirglFormat.S8_UINT_Z24_UNORM).depthStencil()).isTrue();
        assertThat(table.get(VirglFormat.Z24_UNORM_S8_UINT)).isNull();
        GlFormat a8 = table.get(VirglFormat.A8_UNORM);
        assertThat(a8.emulated()).isTrue();
        assertThat(a8.swizzle()).isEqualTo(Swizzle.OOOR);
        assertThat(a8.render()).isTrue();
    }

    @Test
    void desktopHostsConvertBgraOnUploadAndOfferNoEsOnlyFormats() {
        for (GlFormat f : table.all()) {
            assertThat(f.swapRedBlue()).as(f.name()).isFalse();
        }
        assertThat(table.get(VirglFormat.byName("ETC2_RGB8").orElseThrow().value())).isNull();
        assertThat(table.get(VirglFormat.byName("ASTC_4x4").orElseThrow().value())).isNull();
        assertThat(table.get(VirglFormat.byName("Z32_UNORM").orElseThrow().value()).internalFormat())
                .isEqualTo(org.lwjgl.opengl.GL14C.GL_DEPTH_COMPONENT32);
    }

    /**
     * A format Mesa may choose for a texture must render if the host stores it emulated: Mesa
     * picks a sample-only format for GL_LUMINANCE8_ALPHA8 and the application's framebuffer over
     * it is then incomplete (piglit fbo-luminance-alpha skipped), where C offers no such format.
     */
    @Test
    void everyEmulatedColourFormatTheHostSamplesItAlsoRenders() {
        for (int f = 1; f < VirglFormat.MAX; f++) {
            GlFormat g = table.get(f);
            if (g != null && g.emulated() && !g.isDepthOrStencil()) {
                assertThat(g.render()).as(g.name()).isTrue();
            }
        }
        assertThat(table.get(VirglFormat.L8A8_UNORM)).isNull();
    }

    /** C 0.10.4 on this llvmpipe: ours must have exactly its bits. */
    @Test
    void samplerRenderAndMultisampleMasksEqualTheCReference() throws IOException {
        ByteBuffer c = cCaps();
        assertMask(c, 4, table.mask(f -> f.sampler()), Set.of());
        assertMask(c, 68, table.mask(f -> f.render()), Set.of());
        assertMask(c, 768, table.mask(f -> f.multisample()), Set.of());
    }

    private static void assertMask(ByteBuffer c, int offset, int[] ours, Set<String> allowedExtras) {
        Set<String> missing = new TreeSet<>();
        Set<String> extra = new TreeSet<>();
        for (int f = 1; f < 512; f++) {
            boolean inC = (c.getInt(offset + f / 32 * 4) >>> (f % 32) & 1) != 0;
            boolean inOurs = (ours[f / 32] >>> (f % 32) & 1) != 0;
            if (inC && !inOurs) {
                missing.add(VirglFormat.name(f));
            } else if (inOurs && !inC && !allowedExtras.contains(VirglFormat.name(f))) {
                extra.add(VirglFormat.name(f));
            }
        }
        assertThat(missing).as("formats C has and we lack (mask @%d)", offset).isEmpty();
        assertThat(extra).as("undocumented extra formats (mask @%d)", offset).isEmpty();
    }

    static ByteBuffer cCaps() throws IOException {
        try (InputStream in = GlFormatProbeTest.class.getResourceAsStream(
                "/org/jvirgl/virgl/caps/c-0.10.4-llvmpipe-caps-v2.bin")) {
            return ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
