package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL45C.*;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.ClearSurface;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.RtBlendState;
import org.jvirgl.wire.state.SurfaceState;

/** CLEAR_SURFACE: a rectangle of one surface object, whatever the guest has bound. */
class ClearSurfaceTest extends SharedHostTest {
    private static final int CLEAR_DEPTH = 1;
    private static final int CLEAR_STENCIL = 2;
    private static final int CLEAR_COLOR0 = 4;
    private static final int RED = 0xff0000ff;
    private static final int GREEN = 0xff00ff00;

    private static ClearSurface colour(int surface, RawColor color, int x, int y, int w, int h) {
        return new ClearSurface(false, CLEAR_COLOR0, surface, color, x, y, w, h);
    }

    /** Depth as a double in words 0-1 and stencil in word 3, as the guest encodes them. */
    private static RawColor depthStencil(double depth, int stencil) {
        long bits = Double.doubleToLongBits(depth);
        return new RawColor((int) bits, (int) (bits >>> 32), 0, stencil);
    }

    @Test
    void onlyTheRectangleOfTheNamedSurfaceIsCleared() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 8, 8);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .clearSurface(colour(10, RawColor.ofFloats(1f, 0f, 0f, 1f), 2, 3, 4, 2)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 2, 3)).isEqualTo(RED);
            assertThat(f.resources.texel(1, 5, 4)).isEqualTo(RED);
            assertThat(f.resources.texel(1, 1, 3)).isZero();
            assertThat(f.resources.texel(1, 6, 3)).isZero();
            assertThat(f.resources.texel(1, 2, 5)).isZero();
        }
    }

    @Test
    void theGuestsFramebufferStaysBoundAndItsScissorAndColourMaskDoNotApply() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
            f.resources.texture2d(2, TestResources.R8G8B8A8, 4, 4);
            BlendState noColour = new BlendState(false, false, false, false, false, 0,
                Collections.nCopies(8, new RtBlendState(false, 0, 1, 0x11, 0, 1, 0x11, 0)));
            DecodeResult r = f.run(new CommandEncoder()
                .createBlend(3, noColour)
                .bindObject(VirglObjectType.BLEND, 3)
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .createSurface(11, new SurfaceState(2, TestResources.R8G8B8A8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clearSurface(colour(11, RawColor.ofFloats(0f, 1f, 0f, 1f), 0, 0, 4, 4))
                .clear(CLEAR_COLOR0, RawColor.ofFloats(1f, 0f, 0f, 1f), 1.0, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(2, 3, 3)).isEqualTo(GREEN);
            assertThat(f.resources.texel(1, 3, 3)).isEqualTo(RED);
        }
    }

    @Test
    void aRectangleReachingPastTheSurfaceIsClippedToIt() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .clearSurface(colour(10, RawColor.ofFloats(1f, 0f, 0f, 1f), 2, 0, -1, -1))
                .clearSurface(colour(10, RawColor.ofFloats(0f, 1f, 0f, 1f), -4, 0, 8, 8)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 3, 3)).isEqualTo(RED);
            assertThat(f.resources.texel(1, 1, 3)).isZero();
        }
    }

    @Test
    void anIntegerSurfaceTakesTheColourWordsUnconverted() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R32G32B32A32_UINT, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R32G32B32A32_UINT, 0, 0, 0))
                .clearSurface(colour(10, new RawColor(7, 0x80000000, 3, 1), 1, 1, 1, 1)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            int[] px = new int[4];
            glGetTextureSubImage(f.resources.lookup(1).glTexture(), 0, 1, 1, 0, 1, 1, 1, GL_RGBA_INTEGER,
                GL_UNSIGNED_INT, px);
            assertThat(px).containsExactly(7, 0x80000000, 3, 1);
        }
    }

    @Test
    void aDepthStencilSurfaceTakesDepthAsADoubleAndStencilFromTheLastWord() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z32F_S8X24, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.Z32F_S8X24, 0, 0, 0))
                .clearSurface(new ClearSurface(false, CLEAR_DEPTH | CLEAR_STENCIL, 10, depthStencil(0.75, 0x5a),
                    0, 0, 2, 4)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            int texture = f.resources.lookup(1).glTexture();
            float[] depth = new float[2];
            glGetTextureSubImage(texture, 0, 1, 0, 0, 2, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, depth);
            assertThat(depth).containsExactly(0.75f, 0f);
            int[] stencil = new int[2];
            glGetTextureSubImage(texture, 0, 1, 0, 0, 2, 1, 1, GL_STENCIL_INDEX, GL_UNSIGNED_INT, stencil);
            assertThat(stencil).containsExactly(0x5a, 0);
        }
    }

    @Test
    void aStencilOnlyClearLeavesDepthAlone() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z32F_S8X24, 2, 2);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.Z32F_S8X24, 0, 0, 0))
                .clearSurface(new ClearSurface(false, CLEAR_DEPTH | CLEAR_STENCIL, 10, depthStencil(0.5, 1),
                    0, 0, 2, 2))
                .clearSurface(new ClearSurface(false, CLEAR_STENCIL, 10, depthStencil(1.0, 9), 0, 0, 2, 2)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            int texture = f.resources.lookup(1).glTexture();
            float[] depth = new float[1];
            glGetTextureSubImage(texture, 0, 0, 0, 0, 1, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, depth);
            int[] stencil = new int[1];
            glGetTextureSubImage(texture, 0, 0, 0, 0, 1, 1, 1, GL_STENCIL_INDEX, GL_UNSIGNED_INT, stencil);
            assertThat(depth[0]).isEqualTo(0.5f);
            assertThat(stencil[0]).isEqualTo(9);
        }
    }

    @Test
    void aSurfaceOfSomeLayersClearsOnlyThoseLayers() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture(1, 7, TestResources.R8G8B8A8, 2, 2, 1, 4, 0);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 1 | 2 << 16, 0))
                .clearSurface(colour(10, RawColor.ofFloats(1f, 0f, 0f, 1f), 0, 0, 2, 2)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 0, 0, 0)).isZero();
            assertThat(f.resources.texel(1, 0, 0, 1)).isEqualTo(RED);
            assertThat(f.resources.texel(1, 0, 0, 2)).isEqualTo(RED);
            assertThat(f.resources.texel(1, 0, 0, 3)).isZero();
        }
    }

    /** Red clear of all of 4×4 resource 1 through surface 10, under a render condition nothing passed. */
    private static CommandEncoder clearUnderAFailingCondition(ExecutorFixture f, boolean obeyCondition) {
        f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
        f.resources.buffer(3, 16);
        int occlusionPredicate = 1;
        int waitMode = 0;
        return new CommandEncoder()
            .createQuery(40, occlusionPredicate, 0, 0, 3).beginQuery(40).endQuery(40)
            .setRenderCondition(40, false, waitMode)
            .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
            .clearSurface(new ClearSurface(obeyCondition, CLEAR_COLOR0, 10, RawColor.ofFloats(1f, 0f, 0f, 1f),
                0, 0, 4, 4))
            // Lifted before the end: the GL context is shared by the tests.
            .setRenderCondition(0, false, 0);
    }

    @Test
    void aClearAskingForTheRenderConditionIsDiscardedWhenItFails() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(clearUnderAFailingCondition(f, true));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 1, 1)).isZero();
        }
    }

    @Test
    void aClearNotAskingForTheRenderConditionIgnoresIt() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(clearUnderAFailingCondition(f, false));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 1, 1)).isEqualTo(RED);
        }
    }

    @Test
    void anUnknownSurfaceIsRefusedAndStopsTheBatch() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .clearSurface(colour(99, RawColor.ofFloats(1f, 0f, 0f, 1f), 0, 0, 4, 4))
                .clearSurface(colour(10, RawColor.ofFloats(1f, 0f, 0f, 1f), 0, 0, 4, 4)));
            assertThat(r).isInstanceOf(Refusal.class);
            assertThat(((Refusal) r).error()).isEqualTo(ContextError.ILLEGAL_SURFACE);
            assertThat(f.resources.texel(1, 0, 0)).isZero();
        }
    }

    @Test
    void aColourClearOfADepthSurfaceChangesNothing() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.Z32F_S8X24, 2, 2);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.Z32F_S8X24, 0, 0, 0))
                .clearSurface(new ClearSurface(false, CLEAR_DEPTH, 10, depthStencil(0.25, 0), 0, 0, 2, 2))
                .clearSurface(colour(10, RawColor.ofFloats(1f, 1f, 1f, 1f), 0, 0, 2, 2)));
            assertThat(r.ok()).as(r.toString()).isTrue();
            float[] depth = new float[1];
            glGetTextureSubImage(f.resources.lookup(1).glTexture(), 0, 0, 0, 0, 1, 1, 1, GL_DEPTH_COMPONENT,
                GL_FLOAT, depth);
            assertThat(depth[0]).isEqualTo(0.25f);
        }
    }
}
