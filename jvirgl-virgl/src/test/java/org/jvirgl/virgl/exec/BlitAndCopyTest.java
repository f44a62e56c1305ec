package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.virgl.winsys.GlHost;
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

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlitAndCopyTest {
    private static final int CLEAR_COLOR0 = 4;
    private static final int MASK_RGBA = 0xf;
    private static final int RGBA8 = TestResources.R8G8B8A8;
    private GlHost host;

    @BeforeAll
    void openHost() {
        host = ExecutorFixture.openHost();
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    /** Clears resource {@code res} (a 2D RGBA8 texture) to {@code color} through a surface. */
    private static CommandEncoder clearTo(CommandEncoder e, int surface, int res, RawColor color) {
        return e.createSurface(surface, new SurfaceState(res, RGBA8, 0, 0, 0))
            .setFramebufferState(0, surface)
            .clear(CLEAR_COLOR0, color, 1.0, 0);
    }

    @Test
    void aBlitCopiesAndScalesARegionBetweenTextures() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 16, 16);
            CommandEncoder e = clearTo(new CommandEncoder(), 10, 1, RawColor.ofFloats(0f, 0f, 1f, 1f));
            clearTo(e, 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
            e.blit(new BlitInfo(MASK_RGBA, 1, false, false, false, 0, 0, 0, 0,
                new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 16, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1))));
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 15, 7)).isEqualTo(0xffff0000);
            assertThat(f.resources.texel(2, 15, 8)).isEqualTo(0);
        }
    }

    @Test
    void aScissoredBlitOnlyTouchesTheScissorRectangle() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            CommandEncoder e = clearTo(new CommandEncoder(), 10, 1, RawColor.ofFloats(1f, 1f, 1f, 1f));
            clearTo(e, 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
            e.blit(new BlitInfo(MASK_RGBA, 0, true, false, false, 2, 2, 4, 4,
                new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1))));
            assertThat(f.run(e).ok()).isTrue();
            assertThat(f.resources.texel(2, 3, 3)).isEqualTo(0xffffffff);
            assertThat(f.resources.texel(2, 5, 5)).isEqualTo(0);
        }
    }

    @Test
    void aBlitFromALayerItsSourceLacksIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            DecodeResult r = f.run(new CommandEncoder().blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 1, 8, 8, 1)))));
            assertThat(r).isInstanceOf(Refusal.class);
            assertThat(((Refusal) r).error()).isEqualTo(ContextError.ILLEGAL_CMD_BUFFER);
        }
    }

    @Test
    void aBlitReachingPastTheSourceEdgeIsClippedByGlNotRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            CommandEncoder e = clearTo(new CommandEncoder(), 10, 1, RawColor.ofFloats(0f, 0f, 1f, 1f));
            clearTo(e, 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
            // Gallium sends piglit clip-and-scissor-blit rectangles unclipped, e.g. x = -4.
            e.blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0, 0, 0,
                new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(-4, 0, 0, 8, 8, 1))));
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 7, 3)).isEqualTo(0xffff0000);
        }
    }

    @Test
    void aBlitWithANegativeHeightMirrorsIntoTheCoveredRows() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            CommandEncoder e = clearTo(new CommandEncoder(), 10, 1, RawColor.ofFloats(0f, 0f, 1f, 1f));
            clearTo(e, 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
            e.blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0, 0, 0,
                new BlitRegion(2, 0, RGBA8, new PipeBox(0, 8, 0, 8, -4, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 4, 1))));
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 0, 5)).isEqualTo(0xffff0000);
            assertThat(f.resources.texel(2, 0, 2)).isEqualTo(0);
        }
    }

    @Test
    void aBlitFromACompressedTextureDecompressesIntoTheDestination() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.RGTC1_UNORM, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            // RGTC1 block: red0 = 200, red1 = 0, every index 0, so every texel reads red0.
            f.resources.uploadBlocks(1, new byte[] {(byte) 200, 0, 0, 0, 0, 0, 0, 0});
            CommandEncoder e = clearTo(new CommandEncoder(), 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
            e.blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0, 0, 0,
                new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, TestResources.RGTC1_UNORM, new PipeBox(0, 0, 0, 8, 8, 1))));
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 0, 0)).isEqualTo(0xff0000c8);
            assertThat(f.resources.texel(2, 7, 7)).isEqualTo(0xff0000c8);
        }
    }

    @Test
    void aScaledBlitFromACompressedTextureOnlyCoversItsDestinationBox() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.RGTC1_UNORM, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            f.resources.uploadBlocks(1, new byte[] {(byte) 200, 0, 0, 0, 0, 0, 0, 0});
            CommandEncoder e = clearTo(new CommandEncoder(), 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
            e.blit(new BlitInfo(MASK_RGBA, 1, false, false, false, 0, 0, 0, 0,
                new BlitRegion(2, 0, RGBA8, new PipeBox(4, 2, 0, 2, 3, 1)),
                new BlitRegion(1, 0, TestResources.RGTC1_UNORM, new PipeBox(0, 0, 0, 8, 8, 1))));
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 4, 2)).isEqualTo(0xff0000c8);
            assertThat(f.resources.texel(2, 5, 4)).isEqualTo(0xff0000c8);
            assertThat(f.resources.texel(2, 3, 2)).isZero();
            assertThat(f.resources.texel(2, 6, 4)).isZero();
            assertThat(f.resources.texel(2, 4, 5)).isZero();
            assertThat(f.resources.texel(2, 4, 1)).isZero();
        }
    }

    private static final int RED = 0xff0000ff;
    private static final int BLUE = 0xffff0000;

    @Test
    void aBlitIntoAY0TopResourceTurnsTheImageUpsideDown() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2dY0Top(2, RGBA8, 8, 8);
            f.resources.fill(1, 0, 0, 2, RED);
            f.resources.fill(1, 0, 2, 6, BLUE);
            f.resources.fill(2, 0, 0, 8, 0);
            DecodeResult r = f.run(new CommandEncoder().blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)))));
            assertThat(r.ok()).as(r.toString()).isTrue();
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
            DecodeResult r = f.run(new CommandEncoder().blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 2, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 2, 1)))));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 0, 0)).isEqualTo(RED);
            assertThat(f.resources.texel(2, 0, 1)).isEqualTo(RED);
            assertThat(f.resources.texel(2, 0, 2)).isZero();
        }
    }

    @Test
    void aBlitWithANegativeSourceDepthMirrorsTheLayers() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture(1, 7, RGBA8, 4, 4, 1, 4, 0);
            f.resources.texture(2, 7, RGBA8, 4, 4, 1, 4, 0);
            int[] colours = {RED, BLUE, 0xff00ff00, 0xffffffff};
            for (int layer = 0; layer < 4; layer++) {
                f.resources.fill(1, layer, 0, 4, colours[layer]);
                f.resources.fill(2, layer, 0, 4, 0);
            }
            DecodeResult r = f.run(new CommandEncoder().blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 4, 4, 4)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 4, 4, 4, -4)))));
            assertThat(r.ok()).as(r.toString()).isTrue();
            for (int layer = 0; layer < 4; layer++) {
                assertThat(f.resources.texel(2, 1, 1, layer)).as("layer " + layer).isEqualTo(colours[3 - layer]);
            }
        }
    }

    @Test
    void aBlitWithANegativeDestinationDepthWritesTheLayersBelowItsStart() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture(1, 7, RGBA8, 4, 4, 1, 4, 0);
            f.resources.texture(2, 7, RGBA8, 4, 4, 1, 4, 0);
            f.resources.fill(1, 0, 0, 4, RED);
            f.resources.fill(1, 1, 0, 4, BLUE);
            for (int layer = 0; layer < 4; layer++) {
                f.resources.fill(2, layer, 0, 4, 0);
            }
            DecodeResult r = f.run(new CommandEncoder().blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 4, 4, 4, -2)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 4, 4, 2)))));
            assertThat(r.ok()).as(r.toString()).isTrue();
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

    @Test
    void aBlitOutsideTheRenderConditionIsNotDiscardedByIt() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = failingConditionSetup(f).blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1))));
            DecodeResult r = f.run(e.setRenderCondition(0, false, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 2, 2)).isEqualTo(BLUE);
        }
    }

    @Test
    void aBlitUnderTheRenderConditionIsDiscardedWhenItFails() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            CommandEncoder e = failingConditionSetup(f).blit(new BlitInfo(MASK_RGBA, 0, false, true, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1))));
            // The condition is lifted again before the end: the GL context is shared by the tests.
            DecodeResult r = f.run(e.setRenderCondition(0, false, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
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
            DecodeResult r = f.run(new CommandEncoder().blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, TestResources.A8_UNORM, new PipeBox(0, 0, 0, 8, 8, 1)))));
            assertThat(r.ok()).as(r.toString()).isTrue();
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
            DecodeResult r = f.run(new CommandEncoder().blit(new BlitInfo(MASK_RGBA, 0, false, false, false, 0, 0,
                0, 0, new BlitRegion(2, 0, TestResources.A8_UNORM, new PipeBox(0, 0, 0, 8, 8, 1)),
                new BlitRegion(1, 0, RGBA8, new PipeBox(0, 0, 0, 8, 8, 1)))));
            assertThat(r.ok()).as(r.toString()).isTrue();
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
            DecodeResult r = f.run(new CommandEncoder()
                .resourceCopyRegion(new CopyRegion(2, 0, 0, 0, 0, 1, 0, new PipeBox(0, 0, 0, 8, 4, 1))));
            assertThat(r.ok()).as(r.toString()).isTrue();
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
            f.resources.texture2d(1, RGBA8, 8, 8);
            f.resources.texture2d(2, RGBA8, 8, 8);
            CommandEncoder e = clearTo(new CommandEncoder(), 10, 1, RawColor.ofFloats(0f, 1f, 0f, 1f));
            clearTo(e, 11, 2, RawColor.ofFloats(0f, 0f, 0f, 0f));
            e.resourceCopyRegion(new CopyRegion(2, 0, 4, 4, 0, 1, 0, new PipeBox(0, 0, 0, 2, 2, 1)));
            assertThat(f.run(e).ok()).isTrue();
            assertThat(f.resources.texel(2, 5, 5)).isEqualTo(0xff00ff00);
            assertThat(f.resources.texel(2, 6, 6)).isEqualTo(0);
            assertThat(f.resources.texel(2, 3, 3)).isEqualTo(0);
        }
    }

    @Test
    void copyRegionBetweenBuffersCopiesBytes() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(1, 16);
            f.resources.buffer(2, 16);
            f.resources.upload(1, 1, 2, 3, 4);
            f.resources.upload(2, 0, 0, 0, 0);
            DecodeResult r = f.run(new CommandEncoder()
                .resourceCopyRegion(new CopyRegion(2, 0, 8, 0, 0, 1, 0, new PipeBox(0, 0, 0, 8, 1, 1))));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.bufferInts(2, 4)).containsExactly(0, 0, 1, 2);
        }
    }

    @Test
    void aBufferCopyPastTheEndIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.buffer(1, 16);
            f.resources.buffer(2, 16);
            DecodeResult r = f.run(new CommandEncoder()
                .resourceCopyRegion(new CopyRegion(2, 0, 12, 0, 0, 1, 0, new PipeBox(0, 0, 0, 8, 1, 1))));
            assertThat(r).isInstanceOf(Refusal.class);
        }
    }
}
