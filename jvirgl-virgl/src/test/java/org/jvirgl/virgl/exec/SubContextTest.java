package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SurfaceState;

class SubContextTest extends SharedHostTest {
    private static final int CLEAR_COLOR0 = 4;
    @Test
    void objectsBelongToTheSubContextThatCreatedThem() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .createSubContext(1)
                .setSubContext(1)
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .setSubContext(0)
                .setFramebufferState(0, 10));
            assertThat(r).isInstanceOf(Refusal.class);
            assertThat(((Refusal) r).error()).isEqualTo(ContextError.ILLEGAL_SURFACE);
        }
    }

    @Test
    void eachSubContextKeepsItsOwnFramebuffer() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            f.resources.texture2d(1, TestResources.R8G8B8A8, 4, 4);
            f.resources.texture2d(2, TestResources.R8G8B8A8, 4, 4);
            DecodeResult r = f.run(new CommandEncoder()
                .createSurface(10, new SurfaceState(1, TestResources.R8G8B8A8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .createSubContext(1)
                .setSubContext(1)
                .createSurface(10, new SurfaceState(2, TestResources.R8G8B8A8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(CLEAR_COLOR0, RawColor.ofFloats(1f, 0f, 0f, 1f), 1.0, 0)
                .setSubContext(0)
                .clear(CLEAR_COLOR0, RawColor.ofFloats(0f, 0f, 1f, 1f), 1.0, 0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.resources.texel(1, 0, 0)).isEqualTo(0xffff0000);
            assertThat(f.resources.texel(2, 0, 0)).isEqualTo(0xff0000ff);
        }
    }

    @Test
    void switchingToAnUnknownSubContextIsRefused() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(new CommandEncoder().setSubContext(7));
            assertThat(r).isInstanceOf(Refusal.class);
        }
    }

    @Test
    void destroyingTheCurrentSubContextFallsBackToSubContextZero() {
        try (ExecutorFixture f = new ExecutorFixture(host)) {
            DecodeResult r = f.run(new CommandEncoder().createSubContext(3).setSubContext(3).destroySubContext(3)
                .destroySubContext(0));
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.executor.context().sub().id).isZero();
        }
    }
}
