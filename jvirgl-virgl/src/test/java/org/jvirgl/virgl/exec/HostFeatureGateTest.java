package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostCapsProbe;
import org.jvirgl.virgl.caps.HostFeature;
import org.jvirgl.virgl.caps.RequiredFeatures;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.LaunchGrid;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.RawColor;
import org.lwjgl.opengl.GL45C;

/**
 * Commands past the host floor consult the host caps before any of their GL entry points
 * (which would abort the JVM on a host without them). The host here has every feature, so
 * each test hides one from the executor and checks the command left GL untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostFeatureGateTest {
    private static final int TIMESTAMP = 2;

    private GlHost host;
    private HostCaps full;

    @BeforeAll
    void openHost() {
        host = ExecutorFixture.openHost();
        full = HostCapsProbe.probe(host.version(), host.profile());
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    private HostCaps without(HostFeature... hidden) {
        Set<HostFeature> features = EnumSet.copyOf(full.features());
        features.removeAll(List.of(hidden));
        return new HostCaps(full.version(), full.profile(), full.vendor(), full.renderer(), full.versionString(),
                full.glslVersion(), full.extensions(), features, full.limits());
    }

    private ExecutorFixture fixture(HostCaps caps) {
        return new ExecutorFixture(host, (s, k) -> {
            throw new org.jvirgl.shader.glsl.ShaderTranslationException("no translator in this test");
        }, caps);
    }

    private static void assertRefusedFor(DecodeResult r, HostFeature feature) {
        assertThat(r).isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) r;
        assertThat(refusal.error()).isEqualTo(ContextError.UNSUPPORTED_FUNCTION);
        assertThat(refusal.detail()).contains(feature.name());
    }

    @Test
    void theFloorIsExactlyWhatAHostLacksAndLlvmpipeLacksNone() {
        assertThat(RequiredFeatures.missingFrom(full)).isEmpty();
        assertThat(RequiredFeatures.missingFrom(without(HostFeature.VIEWPORT_ARRAY, HostFeature.CLIP_CONTROL)))
                .containsExactly(HostFeature.VIEWPORT_ARRAY);
    }

    @Test
    void clearTextureOnAHostWithoutClearTextureIsRefusedAndLeavesTheTextureAlone() {
        try (ExecutorFixture f = fixture(without(HostFeature.CLEAR_TEXTURE))) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 8, 8);
            DecodeResult r = f.run(new CommandEncoder()
                    .clearTexture(1, 0, new PipeBox(2, 2, 0, 3, 3, 1), new RawColor(0x80402010, 0, 0, 0)));

            assertRefusedFor(r, HostFeature.CLEAR_TEXTURE);
            assertThat(f.resources.texel(1, 3, 3)).isZero();
        }
    }

    @Test
    void clearTextureOnZ24X8WidensTheGuestsTwentyFourBitDepth() {
        // piglit arb_clear_texture-depth (GL_DEPTH_COMPONENT24), which C 0.10.4 fails.
        try (ExecutorFixture f = fixture(full)) {
            f.resources.texture2d(1, TestResources.Z24X8, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                    .clearTexture(1, 0, new PipeBox(0, 0, 0, 4, 4, 1), new RawColor(0x00800000, 0, 0, 0)));

            assertThat(r.ok()).as(r.toString()).isTrue();
            float[] depth = new float[1];
            GL45C.glGetTextureSubImage(f.resources.lookup(1).glTexture(), 0, 1, 1, 0, 1, 1, 1, GL45C.GL_DEPTH_COMPONENT,
                    GL45C.GL_FLOAT, depth);
            assertThat(depth[0]).isCloseTo(0x800000 / (float) 0xffffff, org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void aQueryResultIntoABufferWithoutQueryBufferObjectsIsRefusedAndTheBufferKeepsItsBytes() {
        try (ExecutorFixture f = fixture(without(HostFeature.QBO))) {
            f.resources.buffer(5, 16);
            f.resources.buffer(6, 16);
            f.resources.upload(6, 7, 7, 7, 7);
            DecodeResult r = f.run(new CommandEncoder()
                    .createQuery(1, TIMESTAMP, 0, 0, 5)
                    .endQuery(1)
                    .getQueryResultQbo(1, 6, true, 3, 4, 0));

            assertRefusedFor(r, HostFeature.QBO);
            GL45C.glFinish();
            assertThat(f.resources.bufferInts(6, 4)).containsExactly(7, 7, 7, 7);
        }
    }

    @Test
    void aHalfZRasterizerWithoutClipControlIsRefused() {
        try (ExecutorFixture f = fixture(without(HostFeature.CLIP_CONTROL))) {
            RasterizerState halfz = new RasterizerState(RasterizerState.CLIP_HALFZ | RasterizerState.DEPTH_CLIP,
                    1f, 0, 0, 0, 0, 1f, 0f, 0f, 0f);

            assertRefusedFor(f.run(new CommandEncoder().createRasterizer(3, halfz)), HostFeature.CLIP_CONTROL);
        }
    }

    @Test
    void computeAndTessellationCommandsWithoutThoseStagesAreRefused() {
        try (ExecutorFixture f = fixture(without(HostFeature.COMPUTE_SHADER, HostFeature.TESSELLATION,
                HostFeature.SSBO))) {
            assertRefusedFor(f.run(new CommandEncoder().launchGrid(new LaunchGrid(1, 1, 1, 1, 1, 1, 0, 0))),
                    HostFeature.COMPUTE_SHADER);
            assertRefusedFor(f.run(new CommandEncoder().setTessState(1, 1, 1, 1, 1, 1)), HostFeature.TESSELLATION);
            f.resources.buffer(3, 16);
            assertRefusedFor(f.run(new CommandEncoder().setShaderBuffers(0, 0, 0, 16, 3)), HostFeature.SSBO);
        }
    }

    @Test
    void aStringMarkerReachesHostDebugOutputOnlyWhenTheHostHasKhrDebug() {
        assertThat(markersLogged(full)).isEqualTo(1);
        assertThat(markersLogged(without(HostFeature.KHR_DEBUG))).isZero();
    }

    /** Sends one marker and counts the messages GL logged (no callback: Mesa keeps a log). */
    private int markersLogged(HostCaps caps) {
        try (ExecutorFixture f = fixture(caps)) {
            GL45C.glEnable(GL45C.GL_DEBUG_OUTPUT);
            drainDebugLog();
            DecodeResult r = f.run(new CommandEncoder().sendStringMarker("jvirgl gate test"));
            assertThat(r.ok()).as(r.toString()).isTrue();
            int n = drainDebugLog();
            GL45C.glDisable(GL45C.GL_DEBUG_OUTPUT);
            return n;
        }
    }

    private static int drainDebugLog() {
        int total = 0;
        for (int i = 0; i < 64; i++) {
            java.nio.IntBuffer none = null;
            int n = GL45C.glGetDebugMessageLog(16, none, none, none, none, none, null);
            if (n == 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
