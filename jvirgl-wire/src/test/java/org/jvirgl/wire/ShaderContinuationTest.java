package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.ShaderSource;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.junit.jupiter.api.Test;

/** Long shaders split over CREATE_OBJECT(SHADER) continuation packets (upstream-map §3.4). */
class ShaderContinuationTest {
    private static final String LONG_TGSI = longShader();

    private final Recorder recorder = new Recorder();
    private final VirglDecoder decoder = new VirglDecoder(recorder.listener);

    private static String longShader() {
        StringBuilder sb = new StringBuilder("FRAG\nDCL OUT[0], COLOR\nDCL TEMP[0]\n");
        for (int i = 0; i < 400; i++) {
            sb.append("  ").append(i).append(": ADD TEMP[0], TEMP[0], IMM[0]\n");
        }
        return sb.append("  400: END\n").toString();
    }

    /** The packets of one shader split into {@code maxTextDwords}-dword pieces, one packet per array entry. */
    private static CommandEncoder[] packets(int handle, int stage, String text, int maxTextDwords) {
        int[] all = new CommandEncoder().createShader(handle, stage, text, 999, StreamOutputInfo.NONE, maxTextDwords)
                .toArray();
        java.util.List<CommandEncoder> out = new java.util.ArrayList<>();
        for (int at = 0; at < all.length; ) {
            int len = all[at] >>> 16;
            out.add(new CommandEncoder().raw(java.util.Arrays.copyOfRange(all, at, at + 1 + len)));
            at += 1 + len;
        }
        return out.toArray(new CommandEncoder[0]);
    }

    @Test
    void aShaderSplitAcrossThreeSubmitsIsDeliveredOnceComplete() {
        CommandEncoder[] parts = packets(5, ShaderStage.FRAGMENT, LONG_TGSI, 1000);
        assertThat(parts.length).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < parts.length - 1; i++) {
            assertThat(decoder.decode(parts[i].toSegment()).ok()).isTrue();
            assertThat(recorder.calls).isEmpty();
        }
        assertThat(decoder.pendingShaderBytes()).isPositive();
        assertThat(decoder.decode(parts[parts.length - 1].toSegment()).ok()).isTrue();
        assertThat(recorder.only()).isEqualTo(Recorder.Call.of("createShader", 5,
                new ShaderSource(ShaderStage.FRAGMENT, LONG_TGSI, 999, StreamOutputInfo.NONE, 0)));
        assertThat(decoder.pendingShaderBytes()).isZero();
    }

    @Test
    void aNewShaderOfTheSameStageWhileOneIsPendingIsRefused() {
        decoder.decode(packets(5, ShaderStage.FRAGMENT, LONG_TGSI, 1000)[0].toSegment());
        DecodeResult r = decoder.decode(new CommandEncoder().createShader(6, ShaderStage.FRAGMENT, "FRAG\n  0: END\n",
                10, StreamOutputInfo.NONE).toSegment());
        assertThat(((Refusal) r).field()).isEqualTo("offlen");
        assertThat(decoder.pendingShaderBytes()).isZero();
    }

    @Test
    void pendingShadersAreKeptPerStageAndSubContext() {
        CommandEncoder[] frag = packets(5, ShaderStage.FRAGMENT, LONG_TGSI, 1000);
        CommandEncoder[] vert = packets(6, ShaderStage.VERTEX, LONG_TGSI.replace("FRAG", "VERT"), 1000);
        decoder.decode(frag[0].toSegment());
        decoder.decode(vert[0].toSegment());
        decoder.decode(new CommandEncoder().createSubContext(2).setSubContext(2).toSegment());
        // In sub-context 2 nothing is pending: the continuation belongs to sub-context 0.
        assertThat(decoder.decode(frag[1].toSegment()).ok()).isFalse();
        decoder.decode(new CommandEncoder().setSubContext(0).toSegment());
        for (int i = 1; i < vert.length; i++) {
            assertThat(decoder.decode(vert[i].toSegment()).ok()).isTrue();
        }
        assertThat(recorder.methods()).contains("createShader");
    }

    @Test
    void aContinuationAtTheWrongOffsetIsRefusedAndForgetsTheShader() {
        CommandEncoder[] parts = packets(5, ShaderStage.FRAGMENT, LONG_TGSI, 1000);
        decoder.decode(parts[0].toSegment());
        Refusal r = (Refusal) decoder.decode(parts[2].toSegment());
        assertThat(r.detail()).contains("continuation at byte");
        assertThat(decoder.pendingShaderBytes()).isZero();
    }

    @Test
    void aContinuationWithoutAStartIsRefused() {
        Refusal r = (Refusal) decoder.decode(packets(5, ShaderStage.FRAGMENT, LONG_TGSI, 1000)[1].toSegment());
        assertThat(r.detail()).contains("without a pending shader");
    }

    @Test
    void aContinuationForAnotherHandleIsRefused() {
        CommandEncoder[] parts = packets(5, ShaderStage.FRAGMENT, LONG_TGSI, 1000);
        decoder.decode(parts[0].toSegment());
        int[] second = parts[1].toArray();
        second[1] = 99;
        Refusal r = (Refusal) decoder.decode(new CommandEncoder().raw(second).toSegment());
        assertThat(r.detail()).contains("handle 99");
    }

    @Test
    void destroyingAPendingShaderForgetsItsText() {
        decoder.decode(packets(5, ShaderStage.FRAGMENT, LONG_TGSI, 1000)[0].toSegment());
        decoder.decode(new CommandEncoder().destroyObject(VirglObjectType.SHADER, 5).toSegment());
        assertThat(decoder.pendingShaderBytes()).isZero();
    }

    @Test
    void shaderTextWithoutATerminatingNulIsRefused() {
        // One text dword "END!" with offlen 4: complete, but no NUL in its last dword.
        int text = 'E' | 'N' << 8 | 'D' << 16 | '!' << 24;
        Refusal r = (Refusal) decoder.decode(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT,
                VirglObjectType.SHADER, 5, ShaderStage.VERTEX, 4, 10, 0, text).toSegment());
        assertThat(r.error()).isEqualTo(ContextError.ILLEGAL_SHADER);
        assertThat(r.field()).isEqualTo("text");
    }

    @Test
    void anEmptyShaderIsRefused() {
        Refusal r = (Refusal) decoder.decode(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT,
                VirglObjectType.SHADER, 5, ShaderStage.VERTEX, 0, 10, 0).toSegment());
        assertThat(r.field()).isEqualTo("text");
    }

    @Test
    void aPacketCarryingMoreTextThanDeclaredIsRefused() {
        Refusal r = (Refusal) decoder.decode(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT,
                VirglObjectType.SHADER, 5, ShaderStage.VERTEX, 4, 10, 0, 0, 0).toSegment());
        assertThat(r.field()).isEqualTo("offlen");
    }

    @Test
    void aHugeDeclaredLengthIsRefusedBeforeAnyAllocation() {
        Refusal r = (Refusal) decoder.decode(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT,
                VirglObjectType.SHADER, 5, ShaderStage.VERTEX, 0x7fff_ffff, 10, 0, 0).toSegment());
        assertThat(r.detail()).contains("exceeds");
        assertThat(decoder.pendingShaderBytes()).isZero();
    }

    @Test
    void aDeclaredLengthAloneAllocatesNothingBeyondTheTextReceived() {
        decoder.decode(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SHADER, 5,
                ShaderStage.VERTEX, WireLimits.MAX_SHADER_TEXT_BYTES, 10, 0, 0).toSegment());
        assertThat(decoder.pendingShaderBytes()).isEqualTo(4);
    }

    @Test
    void pendingTextAcrossManySubContextsIsBounded() {
        VirglDecoder small = new VirglDecoder(recorder.listener, 4096);
        int[] text = new int[256];
        int refusedAt = -1;
        for (int sub = 1; sub < 100 && refusedAt < 0; sub++) {
            CommandEncoder e = new CommandEncoder().createSubContext(sub).setSubContext(sub)
                    .command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SHADER, concat(new int[] {5, ShaderStage.VERTEX,
                        WireLimits.MAX_SHADER_TEXT_BYTES, 10, 0}, text));
            if (!small.decode(e.toSegment()).ok()) {
                refusedAt = sub;
            }
        }
        assertThat(refusedAt).isEqualTo(5);
        assertThat(small.pendingShaderBytes()).isLessThanOrEqualTo(4096);
        small.decode(new CommandEncoder().destroySubContext(1).toSegment());
        assertThat(small.pendingShaderBytes()).isEqualTo(3 * 1024);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
