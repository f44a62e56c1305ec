package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.BlitRegion;
import org.jvirgl.wire.state.CopyRegion;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SurfaceState;

/** BLIT and RESOURCE_COPY_REGION between textures and buffers, checked texel by texel. */
class BlitAndCopyTest extends SharedHostTest {
    private static final int CLEAR_COLOR0 = 4;
    private static final int MASK_RGBA = 0xf;
    private static final int RGBA8 = TestResources.R8G8B8A8;
    private static final int RED = 0xff0000ff;
    private static final int BLUE = 0xffff0000;
    private static final PipeBox WHOLE_8X8 = new PipeBox(0, 0, 0, 8, 8, 1);

    /** Clears resource {@code res} (a 2D RGBA8 texture) to {@code color} through a surface. */
    private static CommandEncoder clearTo(CommandEncoder e, int surface, int res, RawColor color) {
        return e.createSurface(surface, new SurfaceState(res, RGBA8, 0, 0, 0))
            .setFramebufferState(0, surface)
            .clear(CLEAR_COLOR0, color, 1.0, 0);
    }

    /**
     * Source texture 1 ({@code w}×{@code h} RGBA8) cleared to {@code colour} and destination 2
     * ({@code dw}×{@code dh}) cleared to transparent black, as commands still to run.
     */
    private static CommandEncoder sourceAndCleanDestination(ExecutorFixture f, int w, int h, RawColor colour,
                                                            int dw, int dh) {
        f.resources.texture2d(1, RGBA8, w, h);
        f.resources.texture2d(2, RGBA8, dw, dh);
        return clearTo(clearTo(new CommandEncoder(), 10, 1, colour), 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
    }

    /** An 8×8 source cleared to {@code colour} and an 8×8 destination cleared to transparent black. */
    private static CommandEncoder sourceAndCleanDestination(ExecutorFixture f, RawColor colour) {
        return sourceAndCleanDestination(f, 8, 8, colour, 8, 8);
    }

    /** Blits all channels of {@code srcBox} of resource 1 to {@code dstBox} of resource 2, unscissored. */
    private static BlitInfo blit(int filter, int dstFormat, PipeBox dstBox, int srcFormat, PipeBox srcBox) {
        return new BlitInfo(MASK_RGBA, filter, false, false, false, 0, 0, 0, 0,
            new BlitRegion(2, 0, dstFormat, dstBox), new BlitRegion(1, 0, srcFormat, srcBox));
    }

    /** {@link #blit(int, int, PipeBox, int, PipeBox)} between RGBA8 resources, nearest filtering. */
    private static BlitInfo blit(PipeBox dstBox, PipeBox srcBox) {
        return blit(0, RGBA8, dstBox, RGBA8, srcBox);
    }

    private static PipeBox box(int x, int y, int z, int w, int h, int d) {
        return new PipeBox(x, y, z, w, h, d);
    }

    /** Runs {@code e}, which must succeed. */
    private static void runOk(ExecutorFixture f, CommandEncoder e) {
        DecodeResult r = f.run(e);
        assertThat(r.ok()).as(r.toString()).isTrue();
    }

    @Test
    void aBlitCopiesAndScalesARegionBetweenTextures() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = sourceAndCleanDestination(f, 8, 8, RawColor.ofFloats(0f, 0f, 1f, 1f), 16, 16)
                .blit(blit(1, RGBA8, box(0, 0, 0, 16, 8, 1), RGBA8, WHOLE_8X8));
            runOk(f, e);
            assertThat(f.resources.texel(2, 15, 7)).isEqualTo(BLUE);
            assertThat(f.resources.texel(2, 15, 8)).isZero();
        }
    }

    @Test
    void aScissoredBlitOnlyTouchesTheScissorRectangle() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = sourceAndCleanDestination(f, RawColor.ofFloats(1f, 1f, 1f, 1f))
                .blit(new BlitInfo(MASK_RGBA, 0, true, false, false, 2, 2, 4, 4,
                    new BlitRegion(2, 0, RGBA8, WHOLE_8X8), new BlitRegion(1, 0, RGBA8, WHOLE_8X8)));
            runOk(f, e);
            assertThat(f.resources.texel(2, 3, 3)).isEqualTo(0xffffffff);
            assertThat(f.resources.texel(2, 5, 5)).isZero();
        }
    }

    @Test
    void aBlitFromALayerItsSourceLacksIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            DecodeResult r = f.run(new CommandEncoder().blit(blit(WHOLE_8X8, box(0, 0, 1, 8, 8, 1))));
            assertThat(r).isInstanceOf(Refusal.class);
            assertThat(((Refusal) r).error()).isEqualTo(ContextError.ILLEGAL_CMD_BUFFER);
        }
    }

    @Test
    void aBlitReachingPastTheSourceEdgeIsClippedByGlNotRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            // Gallium sends piglit clip-and-scissor-blit rectangles unclipped, e.g. x = -4.
            CommandEncoder e = sourceAndCleanDestination(f, RawColor.ofFloats(0f, 0f, 1f, 1f))
                .blit(blit(WHOLE_8X8, box(-4, 0, 0, 8, 8, 1)));
            runOk(f, e);
            assertThat(f.resources.texel(2, 7, 3)).isEqualTo(BLUE);
        }
    }

    @Test
    void aBlitWithANegativeHeightMirrorsIntoTheCoveredRows() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = sourceAndCleanDestination(f, RawColor.ofFloats(0f, 0f, 1f, 1f))
                .blit(blit(box(0, 8, 0, 8, -4, 1), box(0, 0, 0, 8, 4, 1)));
            runOk(f, e);
            assertThat(f.resources.texel(2, 0, 5)).isEqualTo(BLUE);
            assertThat(f.resources.texel(2, 0, 2)).isZero();
        }
    }

    /** Resource 1: 8×8 RGTC1 whose every texel reads red 200; resource 2: 8×8 RGBA8 cleared. */
    private static CommandEncoder compressedSource(ExecutorFixture f) {
        f.resources.texture2d(1, TestResources.RGTC1_UNORM, 8, 8);
        f.resources.texture2d(2, RGBA8, 8, 8);
        // RGTC1 block: red0 = 200, red1 = 0, every index 0, so every texel reads red0.
        f.resources.uploadBlocks(1, new byte[] {(byte) 200, 0, 0, 0, 0, 0, 0, 0});
        return clearTo(new CommandEncoder(), 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
    }

    @Test
    void aBlitFromACompressedTextureDecompressesIntoTheDestination() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            runOk(f, compressedSource(f).blit(blit(0, RGBA8, WHOLE_8X8, TestResources.RGTC1_UNORM, WHOLE_8X8)));
            assertThat(f.resources.texel(2, 0, 0)).isEqualTo(0xff0000c8);
            assertThat(f.resources.texel(2, 7, 7)).isEqualTo(0xff0000c8);
        }
    }

    @Test
    void aScaledBlitFromACompressedTextureOnlyCoversItsDestinationBox() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            runOk(f, compressedSource(f)
                .blit(blit(1, RGBA8, box(4, 2, 0, 2, 3, 1), TestResources.RGTC1_UNORM, WHOLE_8X8)));
            assertThat(f.resources.texel(2, 4, 2)).isEqualTo(0xff0000c8);
            assertThat(f.resources.texel(2, 5, 4)).isEqualTo(0xff0000c8);
            assertThat(f.resources.texel(2, 3, 2)).isZero();
            assertThat(f.resources.texel(2, 6, 4)).isZero();
            assertThat(f.resources.texel(2, 4, 5)).isZero();
            assertThat(f.resources.texel(2, 4, 1)).isZero();
        }
    }

    @Test
    void aBlitIntoAY0TopResourceTurnsTheImageUpsideDown() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2dY0Top(2, RGBA8, 8, 8);
            f.resources.fill(1, 0, 0, 2, RED);
            f.resources.fill(1, 0, 2, 6, BLUE);
            f.resources.fill(2, 0, 0, 8, 0);
            runOk(f, new CommandEncoder().blit(blit(WHOLE_8X8, WHOLE_8X8)));
            assertThat(f.resources.texel(2, 3, 7)).isEqualTo(RED);
            assertThat(f.resources.texel(2, 3, 6)).isEqualTo(RED);
            assertThat(f.resources.texel(2, 3, 5)).isEqualTo(BLUE);
            assertThat(f.resources.texel(2, 3, 0)).isEqualTo(BLUE);
        }
    }

    @Test
    void aSubBoxOfAY0TopSourceIsReadFromItsTopDownRows() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2dY0Top(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            // Guest rows 0..1 of a Y_0_TOP resource are GL rows 6..7.
            f.resources.fill(1, 0, 6, 2, RED);
            f.resources.fill(1, 0, 0, 6, BLUE);
            f.resources.fill(2, 0, 0, 8, 0);
            runOk(f, new CommandEncoder().blit(blit(box(0, 0, 0, 8, 2, 1), box(0, 0, 0, 8, 2, 1))));
            assertThat(f.resources.texel(2, 0, 0)).isEqualTo(RED);
            assertThat(f.resources.texel(2, 0, 1)).isEqualTo(RED);
            assertThat(f.resources.texel(2, 0, 2)).isZero();
        }
    }

    /** Resources 1 and 2: 4×4 RGBA8 2D arrays of four layers, every layer of 2 cleared. */
    private static void twoLayeredTextures(ExecutorFixture f) {
        f.resources.texture(1, 7, RGBA8, 4, 4, 1, 4, 0);
        f.resources.texture(2, 7, RGBA8, 4, 4, 1, 4, 0);
        for (int layer = 0; layer < 4; layer++) {
            f.resources.fill(2, layer, 0, 4, 0);
        }
    }

    @Test
    void aBlitWithANegativeSourceDepthMirrorsTheLayers() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            twoLayeredTextures(f);
            int[] colours = {RED, BLUE, 0xff00ff00, 0xffffffff};
            for (int layer = 0; layer < 4; layer++) {
                f.resources.fill(1, layer, 0, 4, colours[layer]);
            }
            runOk(f, new CommandEncoder().blit(blit(box(0, 0, 0, 4, 4, 4), box(0, 0, 4, 4, 4, -4))));
            for (int layer = 0; layer < 4; layer++) {
                assertThat(f.resources.texel(2, 1, 1, layer)).as("layer " + layer).isEqualTo(colours[3 - layer]);
            }
        }
    }

    @Test
    void aBlitWithANegativeDestinationDepthWritesTheLayersBelowItsStart() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            twoLayeredTextures(f);
            f.resources.fill(1, 0, 0, 4, RED);
            f.resources.fill(1, 1, 0, 4, BLUE);
            runOk(f, new CommandEncoder().blit(blit(box(0, 0, 4, 4, 4, -2), box(0, 0, 0, 4, 4, 2))));
            assertThat(f.resources.texel(2, 1, 1, 3)).isEqualTo(RED);
            assertThat(f.resources.texel(2, 1, 1, 2)).isEqualTo(BLUE);
            assertThat(f.resources.texel(2, 1, 1, 1)).isZero();
        }
    }

    /** Resource 1 blue, resource 2 cleared, and render condition on a predicate nothing passed. */
    private static CommandEncoder failingConditionSetup(ExecutorFixture f) {
        f.resources.texture2d(1, RGBA8, 8, 8);
        f.resources.texture2d(2, RGBA8, 8, 8);
        f.resources.buffer(3, 16);
        f.resources.fill(1, 0, 0, 8, BLUE);
        f.resources.fill(2, 0, 0, 8, 0);
        int occlusionPredicate = 1;
        int waitMode = 0;
        return new CommandEncoder().createQuery(40, occlusionPredicate, 0, 0, 3).beginQuery(40).endQuery(40)
            .setRenderCondition(40, false, waitMode);
    }

    /** A whole-texture blit from 1 to 2 that does or does not obey the render condition. */
    private static BlitInfo conditionalBlit(boolean renderConditionEnable) {
        return new BlitInfo(MASK_RGBA, 0, false, renderConditionEnable, false, 0, 0, 0, 0,
            new BlitRegion(2, 0, RGBA8, WHOLE_8X8), new BlitRegion(1, 0, RGBA8, WHOLE_8X8));
    }

    @Test
    void aBlitOutsideTheRenderConditionIsNotDiscardedByIt() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = failingConditionSetup(f).blit(conditionalBlit(false));
            runOk(f, e.setRenderCondition(0, false, 0));
            assertThat(f.resources.texel(2, 2, 2)).isEqualTo(BLUE);
        }
    }

    @Test
    void aBlitUnderTheRenderConditionIsDiscardedWhenItFails() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = failingConditionSetup(f).blit(conditionalBlit(true));
            // The condition is lifted again before the end: the GL context is shared by the tests.
            runOk(f, e.setRenderCondition(0, false, 0));
            assertThat(f.resources.texel(2, 2, 2)).isZero();
        }
    }

    @Test
    void aBlitFromAnAlphaTextureStoredInRedWritesAlpha() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.A8_UNORM, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            f.resources.fill(1, 0, 0, 8, 0x00000080);
            f.resources.fill(2, 0, 0, 8, 0xffffffff);
            runOk(f, new CommandEncoder().blit(blit(0, RGBA8, WHOLE_8X8, TestResources.A8_UNORM, WHOLE_8X8)));
            assertThat(f.resources.texel(2, 3, 3)).isEqualTo(0x80000000);
        }
    }

    @Test
    void aBlitIntoAnAlphaTextureStoredInRedStoresTheSourceAlpha() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, TestResources.A8_UNORM, 8, 8);
            f.resources.fill(1, 0, 0, 8, 0x40302010);
            f.resources.fill(2, 0, 0, 8, 0);
            runOk(f, new CommandEncoder().blit(blit(0, TestResources.A8_UNORM, WHOLE_8X8, RGBA8, WHOLE_8X8)));
            assertThat(f.resources.texel(2, 3, 3) & 0xff).isEqualTo(0x40);
        }
    }

    @Test
    void aConvertingCopyIntoAY0TopResourceKeepsTheImageUpright() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8, 8, 8);
            f.resources.texture2dY0Top(2, RGBA8, 8, 8);
            f.resources.fill(1, 0, 0, 2, 0x000000ff);
            f.resources.fill(1, 0, 2, 6, 0);
            f.resources.fill(2, 0, 0, 8, 0);
            // R8 and RGBA8 differ in block size, so the copy goes through the blitter.
            runOk(f, new CommandEncoder()
                .resourceCopyRegion(new CopyRegion(2, 0, 0, 0, 0, 1, 0, box(0, 0, 0, 8, 4, 1))));
            // Guest rows 0..3 of the Y_0_TOP destination are GL rows 4..7, in the same order.
            assertThat(f.resources.texel(2, 1, 4) & 0xff).isEqualTo(0xff);
            assertThat(f.resources.texel(2, 1, 5) & 0xff).isEqualTo(0xff);
            assertThat(f.resources.texel(2, 1, 6) & 0xff).isZero();
            assertThat(f.resources.texel(2, 1, 3) & 0xff).isZero();
        }
    }

    @Test
    void copyRegionCopiesTexelsToAnOffset() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = sourceAndCleanDestination(f, RawColor.ofFloats(0f, 1f, 0f, 1f))
                .resourceCopyRegion(new CopyRegion(2, 0, 4, 4, 0, 1, 0, box(0, 0, 0, 2, 2, 1)));
            runOk(f, e);
            assertThat(f.resources.texel(2, 5, 5)).isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(2, 6, 6)).isZero();
            assertThat(f.resources.texel(2, 3, 3)).isZero();
        }
    }

    /** Two 16-byte buffer resources, 1 holding 1, 2, 3, 4 and 2 holding zeros. */
    private static void twoBuffers(ExecutorFixture f) {
        f.resources.buffer(1, 16);
        f.resources.buffer(2, 16);
        f.resources.upload(1, 1, 2, 3, 4);
        f.resources.upload(2, 0, 0, 0, 0);
    }

    @Test
    void copyRegionBetweenBuffersCopiesBytes() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            twoBuffers(f);
            runOk(f, new CommandEncoder()
                .resourceCopyRegion(new CopyRegion(2, 0, 8, 0, 0, 1, 0, box(0, 0, 0, 8, 1, 1))));
            assertThat(f.resources.bufferInts(2, 4)).containsExactly(0, 0, 1, 2);
        }
    }

    @Test
    void aBufferCopyPastTheEndIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            twoBuffers(f);
            DecodeResult r = f.run(new CommandEncoder()
                .resourceCopyRegion(new CopyRegion(2, 0, 12, 0, 0, 1, 0, box(0, 0, 0, 8, 1, 1))));
            assertThat(r).isInstanceOf(Refusal.class);
        }
    }
}
