package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.gallium.PipeBarrier;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.PipeBox;
import org.junit.jupiter.api.Test;

/** Buffer framing, batch semantics and the error channel. */
class DecoderFramingTest {
    private final Recorder recorder = new Recorder();
    private final VirglDecoder decoder = new VirglDecoder(recorder.listener);

    private DecodeResult decode(CommandEncoder e) {
        return decoder.decode(e.toSegment());
    }

    private static Refusal refusal(DecodeResult result) {
        assertThat(result).isInstanceOf(Refusal.class);
        return (Refusal) result;
    }

    @Test
    void anEmptyBufferDecodesToNothing() {
        assertThat(decoder.decode(MemorySegment.ofArray(new byte[0]))).isEqualTo(new DecodeResult.Decoded(0));
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void aBufferThatIsNotDwordAlignedIsRefusedBeforeAnyCommandRuns() {
        Refusal r = refusal(decoder.decode(MemorySegment.ofArray(new byte[6])));
        assertThat(r.field()).isEqualTo("size");
        assertThat(r.opcode()).isEqualTo(-1);
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void anUnknownOpcodeIsRefusedWithItsOffset() {
        Refusal r = refusal(decode(new CommandEncoder().setSampleMask(1).command(64, 0)));
        assertThat(r.dwordOffset()).isEqualTo(2);
        assertThat(r.field()).isEqualTo("opcode");
        assertThat(r.error()).isEqualTo(ContextError.ILLEGAL_CMD_BUFFER);
        assertThat(recorder.methods()).containsExactly("setSampleMask");
    }

    @Test
    void aLengthRunningPastTheBufferEndIsRefusedWithoutReadingBeyondIt() {
        Refusal r = refusal(decode(new CommandEncoder().raw(VirglCcmd.header(VirglCcmd.SET_SAMPLE_MASK, 0, 5), 1)));
        assertThat(r.command()).isEqualTo("SET_SAMPLE_MASK");
        assertThat(r.field()).isEqualTo("length");
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void aRefusedCommandStopsTheBatchAndLaterCommandsAreNotDelivered() {
        CommandEncoder e = new CommandEncoder().setSampleMask(1).command(VirglCcmd.SET_SAMPLE_MASK, 0, 1, 2)
                .setMinSamples(2);
        Refusal r = refusal(decode(e));
        assertThat(r.toString()).contains("SET_SAMPLE_MASK", "length", "expected 1 payload dwords, got 2");
        assertThat(recorder.methods()).containsExactly("setSampleMask");
        assertThat(recorder.batchResults).containsExactly(r);
    }

    @Test
    void anExecutorFailureReportedThroughTheErrorChannelStopsTheBatch() {
        recorder.failOn("bindShader", ContextError.ILLEGAL_HANDLE);
        Refusal r = refusal(decode(new CommandEncoder().bindShader(3, ShaderStage.VERTEX)
                .bindShader(4, ShaderStage.FRAGMENT)));
        assertThat(r.command()).isEqualTo("BIND_SHADER");
        assertThat(r.field()).isEqualTo("execution");
        assertThat(r.error()).isEqualTo(ContextError.ILLEGAL_HANDLE);
        assertThat(r.dwordOffset()).isZero();
        assertThat(recorder.methods()).containsExactly("bindShader");
    }

    @Test
    void theErrorChannelIsResetForTheNextBatch() {
        recorder.failOn("memoryBarrier", ContextError.UNKNOWN);
        assertThat(decode(new CommandEncoder().memoryBarrier(PipeBarrier.ALL)).ok()).isFalse();
        assertThat(decode(new CommandEncoder().setMinSamples(1))).isEqualTo(new DecodeResult.Decoded(1));
    }

    @Test
    void aListenerThatThrowsPoisonsOnlyItsBatch() {
        recorder.throwOn("setSampleMask");
        Refusal r = refusal(decode(new CommandEncoder().setSampleMask(1).setMinSamples(2)));
        assertThat(r.error()).isEqualTo(ContextError.UNKNOWN);
        assertThat(r.detail()).contains("executor bug");
        assertThat(decode(new CommandEncoder().setMinSamples(2)).ok()).isTrue();
    }

    @Test
    void theTransferPrefixIsDecodedSequentiallyAndEndTransfersSkipsItsPadding() {
        CommandEncoder e = new CommandEncoder().transfer3d(5, 0, 0, 0, new PipeBox(0, 0, 0, 4, 4, 1), 0, 1);
        e.endTransfers(1024 - e.sizeDwords() - 1);
        assertThat(e.sizeDwords()).isEqualTo(1024);
        e.setSubContext(1).drawVbo(0, 3, PipePrim.TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
        assertThat(decode(e)).isEqualTo(new DecodeResult.Decoded(4));
        assertThat(recorder.methods()).containsExactly("transfer3d", "endTransfers", "setSubContext", "drawVbo");
    }

    @Test
    void aBufferOfBareTransfersNeedsNoPrefix() {
        CommandEncoder e = new CommandEncoder();
        for (int i = 0; i < 80; i++) {
            e.transfer3d(i + 1, 0, 0, 0, new PipeBox(0, 0, 0, 1, 1, 1), 0, 1);
        }
        assertThat(decode(e)).isEqualTo(new DecodeResult.Decoded(80));
    }

    @Test
    void videoCommandsAreRefusedAsUnsupported() {
        for (int op = VirglCcmd.CREATE_VIDEO_CODEC; op <= VirglCcmd.END_FRAME; op++) {
            Refusal r = refusal(decode(new CommandEncoder().command(op, 0, 1, 2, 3, 4, 5, 6, 7)));
            assertThat(r.error()).isEqualTo(ContextError.UNSUPPORTED_FUNCTION);
            assertThat(r.command()).isEqualTo(VirglCcmd.name(op));
        }
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void onlyTheFourBindableObjectTypesCanBeBound() {
        Refusal r = refusal(decode(new CommandEncoder().bindObject(VirglObjectType.SAMPLER_VIEW, 1)));
        assertThat(r.field()).isEqualTo("object_type");
    }

    @Test
    void subContextSwitchesAreTrackedAndDestroyingTheCurrentOneFallsBackToZero() {
        decode(new CommandEncoder().createSubContext(3).setSubContext(3));
        assertThat(decoder.subContext()).isEqualTo(3);
        decode(new CommandEncoder().destroySubContext(3));
        assertThat(decoder.subContext()).isZero();
    }

    @Test
    void aFailedSubContextSwitchDoesNotMoveTheDecoder() {
        recorder.failOn("setSubContext", ContextError.ILLEGAL_HANDLE);
        decode(new CommandEncoder().setSubContext(9));
        assertThat(decoder.subContext()).isZero();
    }

    @Test
    void decodingReadsTheBufferInPlaceFromANativeSegment() {
        CommandEncoder e = new CommandEncoder().setConstantBuffer(ShaderStage.VERTEX, 0, 7, 8, 9, 10);
        try (var arena = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment native_ = arena.allocate(4L * e.sizeDwords());
            native_.copyFrom(e.toSegment());
            assertThat(decoder.decode(native_).ok()).isTrue();
        }
        assertThat(recorder.only().args().get(2)).isEqualTo(java.util.List.of(7, 8, 9, 10));
    }
}
