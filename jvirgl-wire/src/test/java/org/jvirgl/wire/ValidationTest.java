package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.PipeQueryType;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.PipeResourceSetType;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.StreamOutput;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.junit.jupiter.api.Test;

/** Field validation the decoder performs before a listener sees a command. */
class ValidationTest {
    private final Recorder recorder = new Recorder();
    private final VirglDecoder decoder = new VirglDecoder(recorder.listener);

    private Refusal refused(CommandEncoder e) {
        DecodeResult r = decoder.decode(e.toSegment());
        assertThat(r).isInstanceOf(Refusal.class);
        assertThat(recorder.calls).isEmpty();
        return (Refusal) r;
    }

    private boolean accepted(CommandEncoder e) {
        return decoder.decode(e.toSegment()).ok();
    }

    @Test
    void samplerViewSlotsAreLimitedPerStageIncludingWrapAround() {
        assertThat(accepted(new CommandEncoder().setSamplerViews(ShaderStage.FRAGMENT, 31, 1))).isTrue();
        recorder.calls.clear();
        assertThat(refused(new CommandEncoder().setSamplerViews(ShaderStage.FRAGMENT, 32, 1)).field())
                .isEqualTo("start_slot");
        assertThat(refused(new CommandEncoder().setSamplerViews(ShaderStage.FRAGMENT, -1, 1)).field())
                .isEqualTo("start_slot");
        assertThat(refused(new CommandEncoder().setSamplerViews(ShaderStage.FRAGMENT, 0, new int[33])).field())
                .isEqualTo("count");
    }

    @Test
    void samplerStateSlotsAreLimited() {
        assertThat(refused(new CommandEncoder().bindSamplerStates(ShaderStage.VERTEX, 30, 1, 2, 3)).field())
                .isEqualTo("start_slot");
    }

    @Test
    void shaderStagesMustBeTheSixWireStages() {
        assertThat(refused(new CommandEncoder().setSamplerViews(6, 0, 1)).field()).isEqualTo("shader_type");
        assertThat(refused(new CommandEncoder().setConstantBuffer(-1, 0, 1)).field()).isEqualTo("shader_type");
        assertThat(refused(new CommandEncoder().bindShader(1, 7)).field()).isEqualTo("shader_type");
        assertThat(refused(new CommandEncoder().setUniformBuffer(9, 0, 0, 0, 1)).field()).isEqualTo("shader_type");
        assertThat(refused(new CommandEncoder().createShader(1, 6, "VERT\n", 1, StreamOutputInfo.NONE)).field())
                .isEqualTo("shader_type");
    }

    @Test
    void viewportAndScissorRangesStayWithinSixteen() {
        float[] seventeen = new float[6 * 17];
        assertThat(refused(new CommandEncoder().setViewportStates(0, seventeen)).field()).isEqualTo("count");
        assertThat(refused(new CommandEncoder().setViewportStates(15, new float[12])).field()).isEqualTo("start_slot");
        assertThat(refused(new CommandEncoder().setScissorStates(15, 0, 0, 1, 1, 0, 0, 1, 1)).field())
                .isEqualTo("start_slot");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.SET_VIEWPORT_STATE, 0, 0, 1, 2)).field())
                .isEqualTo("length");
    }

    @Test
    void vertexBufferListsAreWholeTriplesWithinTheLimit() {
        assertThat(refused(new CommandEncoder().setVertexBuffers(1, 2)).field()).isEqualTo("length");
        assertThat(refused(new CommandEncoder().setVertexBuffers(new int[3 * 33])).field()).isEqualTo("count");
    }

    @Test
    void streamoutTargetsUniformBuffersBuffersAndImagesAreLimited() {
        assertThat(refused(new CommandEncoder().setStreamoutTargets(0, new int[17])).field()).isEqualTo("count");
        assertThat(refused(new CommandEncoder().setUniformBuffer(ShaderStage.VERTEX, 32, 0, 16, 1)).field())
                .isEqualTo("index");
        assertThat(refused(new CommandEncoder().setShaderBuffers(ShaderStage.COMPUTE, 31, 0, 4, 1, 0, 4, 2)).field())
                .isEqualTo("start_slot");
        assertThat(refused(new CommandEncoder().setShaderBuffers(ShaderStage.COMPUTE, 0, 0, 4)).field())
                .isEqualTo("length");
        assertThat(refused(new CommandEncoder().setShaderImages(ShaderStage.COMPUTE, 32, VirglFormat.R32_FLOAT, 3,
                0, 0, 1)).field()).isEqualTo("start_slot");
        assertThat(refused(new CommandEncoder().setShaderImages(ShaderStage.COMPUTE, 0, 9999, 3, 0, 0, 1)).field())
                .isEqualTo("format");
    }

    @Test
    void emptyBufferAndImageBindingsAreNoOps() {
        assertThat(accepted(new CommandEncoder().setShaderBuffers(ShaderStage.FRAGMENT, 40)
                .setShaderImages(ShaderStage.FRAGMENT, 40))).isTrue();
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void drawsMustUseAKnownPrimitiveAndOneOfTheThreeSizes() {
        assertThat(refused(new CommandEncoder().drawVbo(0, 3, PipePrim.COUNT, false, 1, 0, 0, false, 0, 0, 0, 0))
                .field()).isEqualTo("mode");
        assertThat(refused(new CommandEncoder().drawVbo(new int[13])).field()).isEqualTo("length");
    }

    @Test
    void indexBuffersUseOneTwoOrFourByteIndices() {
        assertThat(refused(new CommandEncoder().setIndexBuffer(1, 3, 0)).field()).isEqualTo("index_size");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.SET_INDEX_BUFFER, 0, 1, 2)).field())
                .isEqualTo("length");
    }

    @Test
    void objectCreationNeedsANonZeroHandleAKnownTypeAndTheExactBodyLength() {
        assertThat(refused(new CommandEncoder().createQuery(0, 0, 0, 0, 1)).error()).isEqualTo(ContextError.ILLEGAL_HANDLE);
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, 12, 5)).field())
                .isEqualTo("object_type");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, VirglObjectType.BLEND, 5, 0, 0))
                .field()).isEqualTo("length");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, VirglObjectType.DSA, 5, 0)).field())
                .isEqualTo("length");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SURFACE, 5, 1,
                VirglFormat.R8_UNORM, 0, 0, 0)).field()).isEqualTo("length");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, 0, new int[0])).field())
                .isEqualTo("length");
    }

    @Test
    void enumValuesUpstreamRejectsAreRefused() {
        assertThat(refused(new CommandEncoder().createQuery(1, PipeQueryType.COUNT, 0, 0, 1)).field())
                .isEqualTo("query_type");
        SamplerState badMip = SamplerState.unpack(3 << 11, 0, 0, 0, new RawColor(0, 0, 0, 0));
        assertThat(refused(new CommandEncoder().createSamplerState(1, badMip)).field()).isEqualTo("min_mip_filter");
        SamplerViewState badSwizzle = new SamplerViewState(1, VirglFormat.R8_UNORM, 2, 0, 0, 6);
        assertThat(refused(new CommandEncoder().createSamplerView(1, badSwizzle)).field()).isEqualTo("swizzle");
        assertThat(refused(new CommandEncoder().setRenderCondition(1, true, 4)).field()).isEqualTo("mode");
    }

    @Test
    void shaderStreamOutputCountsAreLimitedAndMustFitTheCommand() {
        StreamOutput o = new StreamOutput(0, 0, 4, 0, 0, 0);
        StreamOutputInfo tooMany = new StreamOutputInfo(4, 0, 0, 0, java.util.Collections.nCopies(65, o));
        assertThat(refused(new CommandEncoder().createShader(1, ShaderStage.VERTEX, "VERT\n", 1, tooMany)).field())
                .isEqualTo("so_num_outputs");
        assertThat(refused(new CommandEncoder().command(VirglCcmd.CREATE_OBJECT, VirglObjectType.SHADER, 1,
                ShaderStage.VERTEX, 8, 1, 3, 0, 0)).field()).isEqualTo("length");
    }

    @Test
    void resourceSetTypeNeedsOneToFourPlanes() {
        assertThat(refused(new CommandEncoder().command(VirglCcmd.PIPE_RESOURCE_SET_TYPE, 0, new int[8])).field())
                .isEqualTo("length");
        assertThat(refused(new CommandEncoder().pipeResourceSetType(new PipeResourceSetType(1, 1, 0, 1, 1, 0, 0,
                java.util.Collections.nCopies(5, new org.jvirgl.wire.state.PlaneLayout(4, 0))))).field())
                .isEqualTo("length");
    }

    @Test
    void stringMarkersCannotClaimMoreBytesThanTheyCarry() {
        assertThat(refused(new CommandEncoder().command(VirglCcmd.SEND_STRING_MARKER, 0, 9, 0x41414141, 0x41414141))
                .field()).isEqualTo("string_size");
    }

    @Test
    void fixedLengthCommandsRejectEveryOtherLength() {
        int[][] cases = {{VirglCcmd.SET_STENCIL_REF, 2}, {VirglCcmd.SET_BLEND_COLOR, 3}, {VirglCcmd.BLIT, 20},
            {VirglCcmd.RESOURCE_COPY_REGION, 12}, {VirglCcmd.BEGIN_QUERY, 0}, {VirglCcmd.GET_QUERY_RESULT, 1},
            {VirglCcmd.SET_POLYGON_STIPPLE, 31}, {VirglCcmd.SET_CLIP_STATE, 33}, {VirglCcmd.SET_SUB_CTX, 2},
            {VirglCcmd.BIND_SHADER, 1}, {VirglCcmd.SET_TESS_STATE, 5}, {VirglCcmd.COPY_TRANSFER3D, 13},
            {VirglCcmd.TRANSFER3D, 12}, {VirglCcmd.CLEAR_TEXTURE, 11}, {VirglCcmd.LINK_SHADER, 5},
            {VirglCcmd.GET_QUERY_RESULT_QBO, 5}, {VirglCcmd.CLEAR_SURFACE, 9}, {VirglCcmd.GET_PIPE_RESOURCE_LAYOUT, 1},
            {VirglCcmd.PIPE_RESOURCE_CREATE, 10}, {VirglCcmd.SET_FRAMEBUFFER_STATE_NO_ATTACH, 1},
            {VirglCcmd.MEMORY_BARRIER, 2}, {VirglCcmd.SET_UNIFORM_BUFFER, 4}, {VirglCcmd.BIND_OBJECT, 2},
            {VirglCcmd.DESTROY_OBJECT, 0}, {VirglCcmd.SET_DEBUG_FLAGS, 1}, {VirglCcmd.SET_TWEAKS, 1}};
        for (int[] c : cases) {
            Refusal r = refused(new CommandEncoder().command(c[0], VirglObjectType.BLEND, new int[c[1]]));
            assertThat(r.field()).as(VirglCcmd.name(c[0])).isEqualTo("length");
        }
    }

    @Test
    void hostileInputOfEveryOpcodeAndLengthNeverThrows() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 5000; i++) {
            int op = random.nextInt(70);
            int len = random.nextInt(24);
            int[] payload = new int[len];
            for (int j = 0; j < len; j++) {
                payload[j] = random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(40);
            }
            DecodeResult r = new VirglDecoder(new Recorder().listener)
                    .decode(new CommandEncoder().command(op, random.nextInt(13), payload).toSegment());
            // The recorder never throws, so an UNKNOWN refusal could only be a decoder bug caught as such.
            if (r instanceof Refusal refusal) {
                assertThat(refusal.error()).as(refusal.toString()).isNotEqualTo(ContextError.UNKNOWN);
            }
        }
    }
}
