package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lwjgl.opengl.GL45C.*;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.BlitRegion;
import org.jvirgl.wire.state.ClearSurface;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SurfaceState;

/**
 * BLIT of depth and stencil between differing depth-stencil formats, which glBlitFramebuffer
 * refuses: the values are written from a shader (depth) and by stencil export (stencil).
 */
class DepthBlitTest extends SharedHostTest {
    private static final int CLEAR_DEPTH = 1;
    private static final int CLEAR_STENCIL = 2;
    private static final int MASK_Z = 0x10;
    private static final int MASK_S = 0x20;

    private static RawColor depthStencil(double depth, int stencil) {
        long bits = Double.doubleToLongBits(depth);
        return new RawColor((int) bits, (int) (bits >>> 32), 0, stencil);
    }

    /** Clears all of resource {@code res} (format {@code format}, {@code size}²) through surface {@code surface}. */
    private static CommandEncoder clear(CommandEncoder e, int surface, int res, int format, int size, double depth,
                                        int stencil) {
        return e.createSurface(surface, new SurfaceState(res, format, 0, 0, 0))
            .clearSurface(new ClearSurface(false, CLEAR_DEPTH | CLEAR_STENCIL, surface, depthStencil(depth, stencil),
                0, 0, size, size));
    }

    private static BlitInfo blit(int mask, int dstFormat, PipeBox dstBox, int srcFormat, PipeBox srcBox) {
        return new BlitInfo(mask, 0, false, false, false, 0, 0, 0, 0,
            new BlitRegion(2, 0, dstFormat, dstBox), new BlitRegion(1, 0, srcFormat, srcBox));
    }

    private static float depthAt(ExecutorFixture f, int res, int x, int y) {
        float[] d = new float[1];
        glGetTextureSubImage(f.resources.lookup(res).glTexture(), 0, x, y, 0, 1, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, d);
        return d[0];
    }

    private static int stencilAt(ExecutorFixture f, int res, int x, int y) {
        int[] s = new int[1];
        glGetTextureSubImage(f.resources.lookup(res).glTexture(), 0, x, y, 0, 1, 1, 1, GL_STENCIL_INDEX,
            GL_UNSIGNED_INT, s);
        return s[0];
    }

    private static void runOk(ExecutorFixture f, CommandEncoder e) {
        DecodeResult r = f.run(e);
        assertThat(r.ok()).as(r.toString()).isTrue();
    }

    @Test
    void depthAndStencilGoFromZ32fS8ToZ24S8InsideTheBoxOnly() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z32F_S8X24, 4, 4);
            f.resources.texture2d(2, TestResources.Z24S8, 4, 4);
            CommandEncoder e = clear(new CommandEncoder(), 10, 1, TestResources.Z32F_S8X24, 4, 0.25, 0x33);
            e = clear(e, 11, 2, TestResources.Z24S8, 4, 1.0, 0)
                .blit(blit(MASK_Z | MASK_S, TestResources.Z24S8, new PipeBox(0, 0, 0, 2, 2, 1),
                    TestResources.Z32F_S8X24, new PipeBox(0, 0, 0, 2, 2, 1)));
            runOk(f, e);
            assertThat(depthAt(f, 2, 1, 1)).isCloseTo(0.25f, within(1e-6f));
            assertThat(stencilAt(f, 2, 1, 1)).isEqualTo(0x33);
            assertThat(depthAt(f, 2, 3, 3)).isEqualTo(1.0f);
            assertThat(stencilAt(f, 2, 3, 3)).isZero();
        }
    }

    @Test
    void aDepthOnlyBlitKeepsTheDestinationStencil() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z32F_S8X24, 4, 4);
            f.resources.texture2d(2, TestResources.Z24S8, 4, 4);
            CommandEncoder e = clear(new CommandEncoder(), 10, 1, TestResources.Z32F_S8X24, 4, 0.5, 0x33);
            e = clear(e, 11, 2, TestResources.Z24S8, 4, 1.0, 7)
                .blit(blit(MASK_Z, TestResources.Z24S8, new PipeBox(0, 0, 0, 4, 4, 1),
                    TestResources.Z32F_S8X24, new PipeBox(0, 0, 0, 4, 4, 1)));
            runOk(f, e);
            assertThat(depthAt(f, 2, 2, 2)).isCloseTo(0.5f, within(1e-6f));
            assertThat(stencilAt(f, 2, 2, 2)).isEqualTo(7);
        }
    }

    @Test
    void aZ16SourceIsScaledIntoAZ32fDestination() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z16, 2, 2);
            f.resources.texture2d(2, TestResources.Z32F, 8, 8);
            CommandEncoder e = new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.Z16, 0, 0, 0))
                .clearSurface(new ClearSurface(false, CLEAR_DEPTH, 10, depthStencil(0.75, 0), 0, 0, 1, 2))
                .clearSurface(new ClearSurface(false, CLEAR_DEPTH, 10, depthStencil(0.125, 0), 1, 0, 1, 2));
            e = e.createSurface(11, new SurfaceState(2, TestResources.Z32F, 0, 0, 0))
                .clearSurface(new ClearSurface(false, CLEAR_DEPTH, 11, depthStencil(1.0, 0), 0, 0, 8, 8))
                .blit(blit(MASK_Z, TestResources.Z32F, new PipeBox(0, 0, 0, 8, 8, 1),
                    TestResources.Z16, new PipeBox(0, 0, 0, 2, 2, 1)));
            runOk(f, e);
            assertThat(depthAt(f, 2, 0, 7)).isCloseTo(0.75f, within(1e-4f));
            assertThat(depthAt(f, 2, 3, 0)).isCloseTo(0.75f, within(1e-4f));
            assertThat(depthAt(f, 2, 4, 0)).isCloseTo(0.125f, within(1e-4f));
            assertThat(depthAt(f, 2, 7, 7)).isCloseTo(0.125f, within(1e-4f));
        }
    }

    @Test
    void aDepthBlitBetweenEqualFormatsStillCopies() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z24S8, 4, 4);
            f.resources.texture2d(2, TestResources.Z24S8, 4, 4);
            CommandEncoder e = clear(new CommandEncoder(), 10, 1, TestResources.Z24S8, 4, 0.25, 9);
            e = clear(e, 11, 2, TestResources.Z24S8, 4, 1.0, 0)
                .blit(blit(MASK_Z | MASK_S, TestResources.Z24S8, new PipeBox(0, 0, 0, 4, 4, 1),
                    TestResources.Z24S8, new PipeBox(0, 0, 0, 4, 4, 1)));
            runOk(f, e);
            assertThat(depthAt(f, 2, 3, 3)).isCloseTo(0.25f, within(1e-6f));
            assertThat(stencilAt(f, 2, 3, 3)).isEqualTo(9);
        }
    }
}
