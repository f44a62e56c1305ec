package org.jvirgl.virgl.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL46C.*;

import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostCapsProbe;
import org.jvirgl.virgl.gl.HostApi;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The format probe on an OpenGL ES 3.2 host (own JVM: the process is claimed for GLES). */
class GlesFormatProbeTest {

    private static GlHost host;
    private static GlFormatTable table;

    @BeforeAll
    static void probe() {
        host = GlHost.open(EglWinsys.openSurfaceless(HostApi.GLES), GlProfile.ES);
        HostCaps caps = HostCapsProbe.probe(host.version(), host.profile());
        table = GlFormatProbe.probe(caps);
    }

    @AfterAll
    static void close() {
        host.close();
    }

    @Test
    void bgrFormatsLiveAsRgbaStorageAndTransfersSwapRedAndBlue() {
        for (int f : new int[] {VirglFormat.B8G8R8A8_UNORM, VirglFormat.B8G8R8X8_UNORM}) {
            GlFormat bgr = table.get(f);
            assertThat(bgr.internalFormat()).as(bgr.name()).isEqualTo(GL_RGBA8);
            assertThat(bgr.format()).as(bgr.name()).isEqualTo(GL_RGBA);
            assertThat(bgr.swapRedBlue()).as(bgr.name()).isTrue();
            assertThat(bgr.render()).as(bgr.name()).isTrue();
        }
        assertThat(table.get(VirglFormat.B8G8R8X8_UNORM).swizzle()).isEqualTo(Swizzle.RGB1);
        GlFormat bgr10 = table.get(VirglFormat.byName("B10G10R10A2_UNORM").orElseThrow().value());
        assertThat(bgr10.swapRedBlue()).isTrue();
        assertThat(bgr10.readback()).isFalse();
        assertThat(table.get(VirglFormat.R8G8B8A8_UNORM).swapRedBlue()).isFalse();
    }

    @Test
    void formatsEsCannotStoreAreNotOffered() {
        // BGRA client data into RGBA4/RGB5_A1/RGBA8 storage, 3_3_2 and sized luminance-alpha have
        // no ES form. (Mesa's ES does take GL_ABGR and GL_BGRA_INTEGER: those are offered, as
        // C 0.10.4 offers them.)
        for (String name : new String[] {"B4G4R4A4_UNORM", "B5G5R5A1_UNORM", "B2G3R3_UNORM", "L8A8_UNORM",
            "A8R8G8B8_UNORM", "L16A16_FLOAT"}) {
            assertThat(table.get(VirglFormat.byName(name).orElseThrow().value())).as(name).isNull();
        }
    }

    @Test
    void standInsReplaceWhatEsLacks() {
        assertThat(table.get(VirglFormat.byName("Z32_UNORM").orElseThrow().value()).internalFormat())
                .isEqualTo(GL_DEPTH_COMPONENT24);
        // Alpha lives in red with a 000R swizzle, as on a core host (not Mesa's ES GL_ALPHA8).
        GlFormat a8 = table.get(VirglFormat.A8_UNORM);
        assertThat(a8.internalFormat()).isEqualTo(GL_R8);
        assertThat(a8.swizzle()).isEqualTo(Swizzle.OOOR);
        assertThat(a8.render()).isTrue();
        // EXT_texture_norm16 gives 16-bit normalized storage.
        assertThat(table.get(VirglFormat.byName("R16G16B16A16_UNORM").orElseThrow().value())).isNotNull();
    }

    @Test
    void readbackFollowsWhatGlReadPixelsCanReturn() {
        assertThat(table.get(VirglFormat.R8G8B8A8_UNORM).readback()).isTrue();
        assertThat(table.get(VirglFormat.byName("R32G32B32A32_FLOAT").orElseThrow().value()).readback()).isTrue();
        // Compressed textures cannot be attached to a framebuffer.
        GlFormat dxt1 = table.get(VirglFormat.byName("DXT1_RGB").orElseThrow().value());
        assertThat(dxt1.readback()).isFalse();
        assertThat(table.get(VirglFormat.byName("ETC2_RGB8").orElseThrow().value())).isNotNull();
        assertThat(table.get(VirglFormat.byName("ASTC_4x4_SRGB").orElseThrow().value())).isNotNull();
        // llvmpipe's ES has NV_read_depth.
        assertThat(table.get(VirglFormat.byName("Z24X8_UNORM").orElseThrow().value()).readback()).isTrue();
    }

    @Test
    void theProbeLeavesNoError() {
        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
    }
}
