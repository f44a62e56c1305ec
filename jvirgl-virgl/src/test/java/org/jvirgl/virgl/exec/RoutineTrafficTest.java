package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.encode.CommandEncoder;

/** The per-batch state Mesa 22.3 re-emits (mostly unbinds) must never be refused. */
class RoutineTrafficTest extends SharedHostTest {
    @Test
    void mesasPerBatchResetsAreAccepted() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            int[] noAtomics = new int[16 * 3];
            int[] noSsbos = new int[4 * 3];
            int[] noImages = new int[2 * 5];
            DecodeResult r = f.run(new CommandEncoder()
                .createSubContext(1)
                .setSubContext(1)
                .setPolygonStipple(new int[32])
                .setBlendColor(0f, 0f, 0f, 0f)
                .setMinSamples(1)
                .setSampleMask(~0)
                .setStencilRef(0, 0)
                .setTessState(1f, 1f, 1f, 1f, 1f, 1f)
                .setShaderBuffers(0, 0, noSsbos)
                .setShaderImages(1, 0, noImages)
                .setAtomicBuffers(0, noAtomics)
                .setStreamoutTargets(0)
                .setConstantBuffer(1, 0)
                .setIndexBuffer(0, 0, 0)
                .setVertexBuffers()
                .linkShader(0, 0, 0, 0, 0, 0)
                .setClipState(new float[32])
                .memoryBarrier(0));
            assertThat(r.ok()).as(r.toString()).isTrue();
        }
    }

    @Test
    void aShaderBufferPastItsResourceIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(3, 64);
            DecodeResult r = f.run(new CommandEncoder().setShaderBuffers(1, 0, 32, 64, 3));
            assertThat(r).isInstanceOf(Refusal.class);
        }
    }

    @Test
    void malformedTgsiIsRefusedAsAnIllegalShader() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(new CommandEncoder()
                .createShader(5, 1, "FRAG\nDCL OUT[0], COLOR\n  0: FROB OUT[0], IN[9]\n", 20,
                    org.jvirgl.wire.state.StreamOutputInfo.NONE));
            assertThat(r).isInstanceOf(Refusal.class);
            assertThat(((Refusal) r).error()).isEqualTo(org.jvirgl.wire.ContextError.ILLEGAL_SHADER);
        }
    }
}
