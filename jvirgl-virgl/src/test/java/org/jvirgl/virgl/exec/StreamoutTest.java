package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.StreamOutput;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.VertexElement;

/** Transform feedback across target changes: Gallium's pause/resume is an unbind and a re-bind. */
class StreamoutTest extends SharedHostTest {
    private static final int VS = 0;
    private static final int FS = 1;
    private static final int POINTS = 0;
    private static final int RGBA32F = TestResources.R32G32B32A32_FLOAT;

    /** Passes the position through and writes IN[1] to OUT[1], which is captured. */
    private static final String CAPTURE_VS = DrawScene.PASS_VS;

    private ExecutorFixture fixture() {
        ExecutorFixture f = ExecutorFixture.translating(host);
        // Vertex buffer 2: three points whose captured value is 1, 2, 3 (one float each).
        f.resources.buffer(2, 3 * 32);
        f.resources.upload(2, new float[] {
            0, 0, 0, 1, 1, 0, 0, 0,
            0, 0, 0, 1, 2, 0, 0, 0,
            0, 0, 0, 1, 3, 0, 0, 0,
        });
        f.resources.buffer(6, 64);
        f.resources.buffer(7, 64);
        return f;
    }

    /** Shader 20 captures one float per vertex (no render target: nothing is drawn); targets 50 and 51 cover buffers 6 and 7. */
    private static CommandEncoder setup() {
        var so = new StreamOutputInfo(1, 0, 0, 0, List.of(new StreamOutput(1, 0, 1, 0, 0, 0)));
        return new CommandEncoder()
            .createShader(20, VS, CAPTURE_VS, 100, so)
            .bindShader(20, VS)
            .createShader(21, FS, DrawScene.COLOR_FS, 100, StreamOutputInfo.NONE)
            .bindShader(21, FS)
            .createVertexElements(30, List.of(new VertexElement(0, 0, 0, RGBA32F),
                new VertexElement(16, 0, 0, RGBA32F)))
            .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
            .setVertexBuffers(32, 0, 2)
            .createStreamoutTarget(50, 6, 0, 64)
            .createStreamoutTarget(51, 7, 0, 64);
    }

    private static CommandEncoder drawPoints(CommandEncoder e, int first, int count) {
        return e.drawVbo(first, count, POINTS, false, 1, 0, 0, false, 0, 0, -1, 0);
    }

    private static float[] captured(ExecutorFixture f, int buffer, int n) {
        int[] words = f.resources.bufferInts(buffer, n);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = Float.intBitsToFloat(words[i]);
        }
        return out;
    }

    @Test
    void rebindingTheSameTargetsAfterOthersResumesCaptureWhereItPaused() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup().setStreamoutTargets(0, 50);
            drawPoints(e, 0, 1).setStreamoutTargets(0);          // object A: 1, then paused
            drawPoints(e.setStreamoutTargets(0, 51), 1, 1)         // object B: 2
                .setStreamoutTargets(0);
            drawPoints(e.setStreamoutTargets(0, 50), 2, 1)         // A resumes: 3 after 1
                .setStreamoutTargets(0);
            drawPoints(e.setStreamoutTargets(0, 51), 0, 1)         // B resumes: 1 after 2
                .setStreamoutTargets(0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            assertThat(captured(f, 6, 3)).containsExactly(1, 3, 0);
            assertThat(captured(f, 7, 3)).containsExactly(2, 1, 0);
        }
    }

    @Test
    void aTargetDestroyedAndRecreatedUnderItsHandleCapturesFromItsStartAgain() {
        try (ExecutorFixture f = fixture()) {
            CommandEncoder e = setup().setStreamoutTargets(0, 50);
            drawPoints(e, 0, 2).setStreamoutTargets(0)
                .destroyObject(VirglObjectType.STREAMOUT_TARGET, 50)
                .createStreamoutTarget(50, 6, 0, 64)
                .setStreamoutTargets(0, 50);
            drawPoints(e, 2, 1).setStreamoutTargets(0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            assertThat(captured(f, 6, 3)).containsExactly(3, 2, 0);
        }
    }
}
