package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SurfaceState;
import org.junit.jupiter.api.Test;

class ClearTest extends SharedHostTest {
    private static final int CLEAR_COLOR0 = 4;
    @Test
    void aClearFillsTheBoundColourSurface() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 16, 16);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(CLEAR_COLOR0, RawColor.ofFloats(1f, 0f, 0f, 1f), 1.0, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 5, 7)).isEqualTo(0xff0000ff);
        }
    }

    /** A layered surface over part of an array (piglit oes_texture_view clear-into-view-layered). */
    @Test
    void aClearOfALayeredSurfaceFillsOnlyItsLayerRange() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture(1, 7, TestResources.R8G8B8A8, 4, 4, 1, 4, 0);
            for (int layer = 0; layer < 4; layer++) {
                f.resources.fill(1, layer, 0, 4, 0xff00ff00);
            }
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 1 | (2 << 16), 0))
                .setFramebufferState(0, 10)
                .clear(CLEAR_COLOR0, RawColor.ofFloats(1f, 0f, 0f, 1f), 1.0, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(new int[] {f.resources.texel(1, 2, 2, 0), f.resources.texel(1, 2, 2, 1),
                f.resources.texel(1, 2, 2, 2), f.resources.texel(1, 2, 2, 3)})
                .containsExactly(0xff00ff00, 0xff0000ff, 0xff0000ff, 0xff00ff00);
        }
    }

    @Test
    void aClearIgnoresTheColourMaskOfTheBoundBlendState() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 8, 8);
            var noColour = new org.jvirgl.wire.state.BlendState(false, false, false, false, false, 0,
                java.util.Collections.nCopies(8, new org.jvirgl.wire.state.RtBlendState(false, 0, 1, 0x11, 0, 1, 0x11, 0)));
            DecodeResult r = f.run(new CommandEncoder()
                .createBlend(3, noColour)
                .bindObject(org.jvirgl.wire.VirglObjectType.BLEND, 3)
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(CLEAR_COLOR0, RawColor.ofFloats(0f, 1f, 0f, 1f), 1.0, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 0, 0)).isEqualTo(0xff00ff00);
        }
    }

    @Test
    void aBlendObjectUsingTheZeroFactorIsAccepted() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            var oneZero = new org.jvirgl.wire.state.RtBlendState(true, 0, 0x01, 0x11, 0, 0x01, 0x11, 0xf);
            DecodeResult r = f.run(new CommandEncoder()
                .createBlend(3, CommandEncoder.blendAll(oneZero))
                .bindObject(org.jvirgl.wire.VirglObjectType.BLEND, 3));
            assertThat(r.ok()).as(r.toString()).isTrue();
        }
    }

    @Test
    void anIntegerSurfaceIsClearedWithTheRawColourWords() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R32G32B32A32_UINT, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R32G32B32A32_UINT, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(CLEAR_COLOR0, new RawColor(7, 0x80000000, 3, 1), 1.0, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            int[] px = new int[4];
            org.lwjgl.opengl.GL45C.glGetTextureSubImage(f.resources.lookup(1).glTexture(), 0, 1, 1, 0, 1, 1, 1,
                org.lwjgl.opengl.GL45C.GL_RGBA_INTEGER, org.lwjgl.opengl.GL45C.GL_UNSIGNED_INT, px);
            assertThat(px).containsExactly(7, 0x80000000, 3, 1);
        }
    }

    @Test
    void aFramebufferWithAnUnknownSurfaceIsRefusedAndStopsTheBatch() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .setFramebufferState(0, 99)
                .clear(CLEAR_COLOR0, RawColor.ofFloats(1f, 1f, 1f, 1f), 1.0, 0));
            assertThat(r).isInstanceOf(Refusal.class);
            assertThat(((Refusal) r).error()).isEqualTo(ContextError.ILLEGAL_SURFACE);
        }
    }

    @Test
    void aSurfaceOfAnUnattachedResourceIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(42, TestResources.R8G8B8A8, 0, 0, 0)));
            assertThat(r).isInstanceOf(Refusal.class);
            assertThat(((Refusal) r).error()).isEqualTo(ContextError.ILLEGAL_RESOURCE);
        }
    }
}
