package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.COLOR_FS;
import static org.jvirgl.virgl.exec.DrawScene.PIPE_CLEAR_COLOR0;
import static org.jvirgl.virgl.exec.DrawScene.draw;
import static org.jvirgl.virgl.exec.DrawScene.fullScreen;
import static org.jvirgl.virgl.exec.DrawScene.runClean;
import static org.jvirgl.virgl.exec.DrawScene.vertices;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.RtBlendState;

/** Rendering into an A8 target the host stores as R8: alpha goes to red (pitfall 23). */
class AlphaInRedTargetTest extends SharedHostTest {
    private static final int A8 = TestResources.A8_UNORM;
    private static final int SIZE = 8;
    private static final int ADD = 0;
    private static final int ONE = 0x01;
    private static final int DST_ALPHA = 0x04;
    private static final int ZERO = 0x11;

    /** The shared scene on an A8 target cleared to {@code alpha}, blending as {@code rt}, with a full-screen triangle. */
    private static CommandEncoder setup(ExecutorFixture f, float alpha, RtBlendState rt, float... colour) {
        CommandEncoder e = DrawScene.setup(f, new CommandEncoder(), A8, SIZE, COLOR_FS, SIZE / 2f)
            .clear(PIPE_CLEAR_COLOR0, RawColor.ofFloats(0.9f, 0.9f, 0.9f, alpha), 1.0, 0)
            .createBlend(50, new BlendState(false, false, false, false, false, 0,
                Collections.nCopies(BlendState.RT_COUNT, rt)))
            .bindObject(VirglObjectType.BLEND, 50);
        return vertices(f, e, 2, fullScreen(colour[0], colour[1], colour[2], colour[3]));
    }

    /** The stored alpha: red of the R8 texel (0xAABBGGRR from an RGBA read). */
    private static int storedAlpha(ExecutorFixture f) {
        return f.resources.texel(1, 4, 4) & 0xff;
    }

    /** The alpha stored after drawing {@code colour} over a target cleared to {@code clearAlpha}. */
    private int drawnAlpha(float clearAlpha, RtBlendState rt, float... colour) {
        try (ExecutorFixture f = drawingFixture()) {
            runClean(f, draw(setup(f, clearAlpha, rt, colour)));
            return storedAlpha(f);
        }
    }

    @Test
    void aClearStoresTheClearColoursAlpha() {
        try (ExecutorFixture f = drawingFixture()) {
            runClean(f, setup(f, 0.5f, new RtBlendState(false, ADD, ONE, ZERO, ADD, ONE, ZERO, 0xf),
                0f, 0f, 0f, 0f));
            assertThat(storedAlpha(f)).isEqualTo(128);
        }
    }

    @Test
    void aDrawStoresTheFragmentsAlpha() {
        assertThat(drawnAlpha(0f, new RtBlendState(false, ADD, ONE, ZERO, ADD, ONE, ZERO, 0xf),
            0.2f, 0.4f, 0.6f, 0.8f)).isEqualTo(204);
    }

    @Test
    void aColourMaskWithoutAlphaLeavesTheTargetAlone() {
        assertThat(drawnAlpha(0.5f, new RtBlendState(false, ADD, ONE, ZERO, ADD, ONE, ZERO, 0x7),
            0.2f, 0.4f, 0.6f, 0.8f)).isEqualTo(128);
    }

    @Test
    void blendingUsesTheGuestsAlphaEquationAndDestinationAlpha() {
        // rgb keeps the destination; alpha = src.a * dst.a + dst.a = 0.5 * 0.5 + 0.5.
        assertThat(drawnAlpha(0.5f, new RtBlendState(true, ADD, ZERO, ONE, ADD, DST_ALPHA, ONE, 0xf),
            0.2f, 0.4f, 0.6f, 0.5f)).isBetween(190, 192);
    }
}
