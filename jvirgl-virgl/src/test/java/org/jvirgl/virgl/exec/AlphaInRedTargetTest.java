package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.RtBlendState;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/** Rendering into an A8 target the host stores as R8: alpha goes to red (pitfall 23). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlphaInRedTargetTest {
    private static final int VS = 0;
    private static final int FS = 1;
    private static final int A8 = TestResources.A8_UNORM;
    private static final int SIZE = 8;
    private static final int ADD = 0;
    private static final int ONE = 0x01;
    private static final int DST_ALPHA = 0x04;
    private static final int ZERO = 0x11;
    private GlHost host;

    @BeforeAll
    void openHost() {
        host = ExecutorFixture.openHost();
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    private ExecutorFixture fixture() {
        return new ExecutorFixture(host, (shader, key) -> GlslTranslator.translate(shader, key,
            HostProfile.LLVMPIPE_CORE));
    }

    /** An A8 render target 1 cleared to {@code alpha}, shaders, vertex elements and a full-screen triangle. */
    private static CommandEncoder setup(ExecutorFixture f, float alpha, RtBlendState rt, float... colour) {
        f.resources.texture2d(1, A8, SIZE, SIZE);
        f.resources.buffer(2, 3 * 32);
        float[] v = new float[24];
        float[][] pos = {{-1, -1}, {3, -1}, {-1, 3}};
        for (int i = 0; i < 3; i++) {
            v[i * 8] = pos[i][0];
            v[i * 8 + 1] = pos[i][1];
            v[i * 8 + 3] = 1;
            System.arraycopy(colour, 0, v, i * 8 + 4, 4);
        }
        f.resources.upload(2, v);
        return new CommandEncoder()
            .createSurface(10, new SurfaceState(1, A8, 0, 0, 0))
            .setFramebufferState(0, 10)
            .clear(4, RawColor.ofFloats(0.9f, 0.9f, 0.9f, alpha), 1.0, 0)
            .createBlend(50, new BlendState(false, false, false, false, false, 0,
                Collections.nCopies(BlendState.RT_COUNT, rt)))
            .bindObject(VirglObjectType.BLEND, 50)
            .setViewportStates(0, SIZE / 2f, SIZE / 2f, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
            .createShader(20, VS, DrawTest.PASS_VS, 100, StreamOutputInfo.NONE)
            .createShader(21, FS, DrawTest.COLOR_FS, 100, StreamOutputInfo.NONE)
            .bindShader(20, VS)
            .bindShader(21, FS)
            .createVertexElements(30, List.of(new VertexElement(0, 0, 0, TestResources.R32G32B32A32_FLOAT),
                new VertexElement(16, 0, 0, TestResources.R32G32B32A32_FLOAT)))
            .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
            .setVertexBuffers(32, 0, 2);
    }

    private static CommandEncoder draw(CommandEncoder e) {
        return e.drawVbo(0, 3, 4, false, 1, 0, 0, false, 0, 0, -1, 0);
    }

    /** The stored alpha: red of the R8 texel (0xAABBGGRR from an RGBA read). */
    private static int storedAlpha(ExecutorFixture f) {
        return f.resources.texel(1, 4, 4) & 0xff;
    }

    @Test
    void aClearStoresTheClearColoursAlpha() {
        try (ExecutorFixture f = fixture()) {
            DecodeResult r = f.run(setup(f, 0.5f, new RtBlendState(false, ADD, ONE, ZERO, ADD, ONE, ZERO, 0xf),
                0f, 0f, 0f, 0f));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(storedAlpha(f)).isEqualTo(128);
        }
    }

    @Test
    void aDrawStoresTheFragmentsAlpha() {
        try (ExecutorFixture f = fixture()) {
            DecodeResult r = f.run(draw(setup(f, 0f, new RtBlendState(false, ADD, ONE, ZERO, ADD, ONE, ZERO, 0xf),
                0.2f, 0.4f, 0.6f, 0.8f)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(storedAlpha(f)).isEqualTo(204);
        }
    }

    @Test
    void aColourMaskWithoutAlphaLeavesTheTargetAlone() {
        try (ExecutorFixture f = fixture()) {
            DecodeResult r = f.run(draw(setup(f, 0.5f, new RtBlendState(false, ADD, ONE, ZERO, ADD, ONE, ZERO, 0x7),
                0.2f, 0.4f, 0.6f, 0.8f)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(storedAlpha(f)).isEqualTo(128);
        }
    }

    @Test
    void blendingUsesTheGuestsAlphaEquationAndDestinationAlpha() {
        try (ExecutorFixture f = fixture()) {
            // rgb keeps the destination; alpha = src.a * dst.a + dst.a = 0.5 * 0.5 + 0.5.
            DecodeResult r = f.run(draw(setup(f, 0.5f,
                new RtBlendState(true, ADD, ZERO, ONE, ADD, DST_ALPHA, ONE, 0xf), 0.2f, 0.4f, 0.6f, 0.5f)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(storedAlpha(f)).isBetween(190, 192);
        }
    }
}
