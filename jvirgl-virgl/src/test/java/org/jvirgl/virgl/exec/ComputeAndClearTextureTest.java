package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.LaunchGrid;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerViewState;
import org.jvirgl.wire.state.SurfaceState;

class ComputeAndClearTextureTest extends SharedHostTest {
    private static final int CS = 5;
    private static final int TIMESTAMP = 2;

    static final String STORE_BLOCK_ID = """
        COMP
        PROPERTY CS_FIXED_BLOCK_WIDTH 1
        PROPERTY CS_FIXED_BLOCK_HEIGHT 1
        PROPERTY CS_FIXED_BLOCK_DEPTH 1
        DCL SV[0], BLOCK_ID
        DCL BUFFER[0]
        DCL TEMP[0]
        IMM[0] UINT32 {4, 0, 0, 0}
          0: UMUL TEMP[0].x, SV[0].xxxx, IMM[0].xxxx
          1: STORE BUFFER[0].x, TEMP[0].xxxx, SV[0].xxxx
          2: END
        """;

    @Test
    void launchGridRunsTheComputeShaderOverTheGrid() {
        try (ExecutorFixture f = new ExecutorFixture(host, (s, k) -> GlslTranslator.translate(s, k,
                HostProfile.LLVMPIPE_CORE))) {
            f.resources.buffer(3, 16);
            f.resources.upload(3, 9, 9, 9, 9);
            DecodeResult r = f.run(new CommandEncoder()
                .createComputeShader(7, STORE_BLOCK_ID, 100, 0)
                .bindShader(7, CS)
                .setShaderBuffers(CS, 0, 0, 16, 3)
                .launchGrid(new LaunchGrid(1, 1, 1, 4, 1, 1, 0, 0))
                .memoryBarrier(~0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            assertThat(f.resources.bufferInts(3, 4)).containsExactly(0, 1, 2, 3);
        }
    }

    static final String STORE_TEXEL_X = """
        COMP
        PROPERTY CS_FIXED_BLOCK_WIDTH 1
        PROPERTY CS_FIXED_BLOCK_HEIGHT 1
        PROPERTY CS_FIXED_BLOCK_DEPTH 1
        DCL SAMP[0]
        DCL SVIEW[0], 2D, FLOAT
        DCL BUFFER[0]
        DCL TEMP[0]
        IMM[0] UINT32 {0, 0, 0, 0}
          0: TXF TEMP[0], IMM[0], SAMP[0], 2D
          1: STORE BUFFER[0].x, IMM[0].xxxx, TEMP[0].xxxx
          2: END
        """;

    @Test
    void aDispatchSamplesWhatWasRenderedBeforeItWithUnchangedBindings() {
        try (ExecutorFixture f = new ExecutorFixture(host, (s, k) -> GlslTranslator.translate(s, k,
                HostProfile.LLVMPIPE_CORE))) {
            f.resources.texture2d(5, TestResources.R32_FLOAT, 4, 4);
            f.resources.buffer(3, 16);
            CommandEncoder e = new CommandEncoder()
                .createSurface(10, new SurfaceState(5, TestResources.R32_FLOAT, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(DrawScene.PIPE_CLEAR_COLOR0, RawColor.ofFloats(0.25f, 0f, 0f, 0f), 1.0, 0)
                .createSamplerView(40, new SamplerViewState(5, TestResources.R32_FLOAT, 2, 0, 0,
                    0 | 1 << 3 | 2 << 6 | 3 << 9))
                .createComputeShader(7, STORE_TEXEL_X, 100, 0)
                .bindShader(7, CS)
                .setSamplerViews(CS, 0, 40)
                .setShaderBuffers(CS, 0, 0, 16, 3)
                .launchGrid(new LaunchGrid(1, 1, 1, 1, 1, 1, 0, 0))
                .memoryBarrier(~0);
            assertThat(f.run(e).ok()).isTrue();
            assertThat(Float.intBitsToFloat(f.resources.bufferInts(3, 1)[0])).isEqualTo(0.25f);
            // llvmpipe defers the clear; a dispatch reading its target must still see it.
            assertThat(f.run(new CommandEncoder()
                .clear(DrawScene.PIPE_CLEAR_COLOR0, RawColor.ofFloats(0.75f, 0f, 0f, 0f), 1.0, 0)
                .launchGrid(new LaunchGrid(1, 1, 1, 1, 1, 1, 0, 0))
                .memoryBarrier(~0)).ok()).isTrue();
            assertThat(f.log).isEmpty();
            assertThat(Float.intBitsToFloat(f.resources.bufferInts(3, 1)[0])).isEqualTo(0.75f);
        }
    }

    static final String STORE_BLOCK_ID_TO_IMAGE = """
        COMP
        PROPERTY CS_FIXED_BLOCK_WIDTH 1
        PROPERTY CS_FIXED_BLOCK_HEIGHT 1
        PROPERTY CS_FIXED_BLOCK_DEPTH 1
        DCL SV[0], BLOCK_ID
        DCL IMAGE[0], BUFFER, PIPE_FORMAT_R32_UINT, WR
        DCL TEMP[0]
        IMM[0] UINT32 {100, 0, 0, 0}
          0: UADD TEMP[0].x, SV[0].xxxx, IMM[0].xxxx
          1: STORE IMAGE[0], SV[0].xxxx, TEMP[0].xxxx, BUFFER, PIPE_FORMAT_R32_UINT
          2: END
        """;

    /** One SET_SHADER_IMAGES element: format, access (WRITE), offset, size, resource. */
    private static int[] bufferImage(int offset, int size, int resource) {
        return new int[] {TestResources.R32_UINT, 2, offset, size, resource};
    }

    @Test
    void bufferImagesReSentUnchangedOrMovedWriteTheRangeNamedLast() {
        try (ExecutorFixture f = new ExecutorFixture(host, (s, k) -> GlslTranslator.translate(s, k,
                HostProfile.LLVMPIPE_CORE))) {
            f.resources.buffer(3, 32);
            f.resources.upload(3, 9, 9, 9, 9, 9, 9, 9, 9);
            CommandEncoder e = new CommandEncoder()
                .createComputeShader(7, STORE_BLOCK_ID_TO_IMAGE, 100, 0)
                .bindShader(7, CS)
                .setShaderImages(CS, 0, bufferImage(0, 16, 3))
                // The guest re-sends unchanged slots with every change: the same range again.
                .setShaderImages(CS, 0, bufferImage(0, 16, 3))
                .launchGrid(new LaunchGrid(1, 1, 1, 2, 1, 1, 0, 0))
                .memoryBarrier(~0)
                .setShaderImages(CS, 0, bufferImage(16, 16, 3))
                .launchGrid(new LaunchGrid(1, 1, 1, 3, 1, 1, 0, 0))
                .memoryBarrier(~0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            assertThat(f.resources.bufferInts(3, 8)).containsExactly(100, 101, 9, 9, 100, 101, 102, 9);
        }
    }

    @Test
    void anIndirectDispatchOutsideItsBufferIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(4, 8);
            DecodeResult r = f.run(new CommandEncoder().launchGrid(new LaunchGrid(1, 1, 1, 0, 0, 0, 4, 0)));
            assertThat(r).isInstanceOf(Refusal.class);
        }
    }

    @Test
    void clearTextureFillsABoxWithARawTexel() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 8, 8);
            DecodeResult r = f.run(new CommandEncoder()
                .clearTexture(1, 0, new PipeBox(2, 2, 0, 3, 3, 1), new RawColor(0x80402010, 0, 0, 0)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 3, 3)).isEqualTo(0x80402010);
            assertThat(f.resources.texel(1, 6, 6)).isZero();
        }
    }

    @Test
    void queryResultsCanBeWrittenIntoABufferByTheHost() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(5, 16);
            f.resources.buffer(6, 16);
            f.resources.upload(6, 0, 0, 0, 0);
            // A timestamp written as a 64-bit result at byte offset 4 of the query buffer.
            DecodeResult r = f.run(new CommandEncoder()
                .createQuery(1, TIMESTAMP, 0, 0, 5)
                .endQuery(1)
                .getQueryResultQbo(1, 6, true, 3, 4, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            org.lwjgl.opengl.GL45C.glFinish();
            int[] words = f.resources.bufferInts(6, 4);
            assertThat(words[0]).isZero();
            assertThat(words[3]).isZero();
            assertThat(((long) words[2] << 32) | (words[1] & 0xffffffffL)).isPositive();
        }
    }
}
