package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.FS;
import static org.jvirgl.virgl.exec.DrawScene.IDENTITY_SWIZZLE;
import static org.jvirgl.virgl.exec.DrawScene.RGBA8;
import static org.jvirgl.virgl.exec.DrawScene.draw;
import static org.jvirgl.virgl.exec.DrawScene.fullScreen;
import static org.jvirgl.virgl.exec.DrawScene.runAndRead;
import static org.jvirgl.virgl.exec.DrawScene.setup;
import static org.jvirgl.virgl.exec.DrawScene.vertices;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;
import org.jvirgl.wire.state.SamplerViewState;

/**
 * A driver may give a deleted GL name to the next object created: NVIDIA and AMD do, and this
 * module's tests run Mesa with {@code force_gl_names_reuse=true} (see the pom) so llvmpipe does
 * too. An object created under a reused name must be bound like any new one; the executor's
 * name shadows must not take it for the deleted object they last saw bound. Each test first
 * checks that the name really came back, so it proves something only where names are reused.
 */
class NameReuseTest extends SharedHostTest {
    private static final int SIZE = 8;
    private static final int PIPE_TEX_WRAP_CLAMP_TO_BORDER = 3;
    private static final int PIPE_TEX_MIPFILTER_NONE = 2;
    private static final int RED = 0xff0000ff;
    private static final int GREEN = 0xff00ff00;
    private static final int BLUE = 0xffff0000;

    /** A 4×4 RGBA8 texture resource filled with {@code rgba}; returns its GL name. */
    private static int filledTexture(ExecutorFixture f, int handle, int rgba) {
        f.resources.texture2d(handle, RGBA8, 4, 4);
        f.resources.fill(handle, 0, 0, 4, rgba);
        return f.resources.lookup(handle).glTexture();
    }

    private static SamplerState borderSampler(RawColor border) {
        int wrap = PIPE_TEX_WRAP_CLAMP_TO_BORDER;
        return SamplerState.unpack(wrap | wrap << 3 | wrap << 6 | PIPE_TEX_MIPFILTER_NONE << 11, 0f, 0f, 0f, border);
    }

    @Test
    void aTextureCreatedUnderADeletedTexturesNameIsSampled() {
        try (ExecutorFixture f = ExecutorFixture.translating(host)) {
            int redName = filledTexture(f, 5, RED);
            CommandEncoder e = vertices(f, setup(f, SIZE, DrawScene.TEX_FS), 2, fullScreen(0f, 0f, 0f, 0f))
                .createSamplerView(40, new SamplerViewState(5, RGBA8, 2, 0, 0, IDENTITY_SWIZZLE))
                .setSamplerViews(FS, 0, 40);
            assertThat(runAndRead(f, draw(e), 4, 4)).isEqualTo(RED);

            f.run(new CommandEncoder().setSamplerViews(FS, 0).destroyObject(VirglObjectType.SAMPLER_VIEW, 40));
            f.resources.destroy(5, host.names());
            int greenName = filledTexture(f, 6, GREEN);
            assertThat(greenName).as("the driver reuses texture names").isEqualTo(redName);

            CommandEncoder again = new CommandEncoder()
                .createSamplerView(40, new SamplerViewState(6, RGBA8, 2, 0, 0, IDENTITY_SWIZZLE))
                .setSamplerViews(FS, 0, 40);
            assertThat(runAndRead(f, draw(again), 4, 4)).isEqualTo(GREEN);
        }
    }

    @Test
    void aVertexBufferCreatedUnderADeletedBuffersNameIsRead() {
        try (ExecutorFixture f = ExecutorFixture.translating(host)) {
            CommandEncoder e = vertices(f, setup(f, SIZE, DrawScene.COLOR_FS), 2, fullScreen(1f, 0f, 0f, 1f));
            assertThat(runAndRead(f, draw(e), 4, 4)).isEqualTo(RED);
            int redName = f.resources.lookup(2).glBuffer();

            f.run(new CommandEncoder().setVertexBuffers(32, 0, 0));
            f.resources.destroy(2, host.names());
            CommandEncoder again = vertices(f, new CommandEncoder(), 3, fullScreen(0f, 1f, 0f, 1f));
            assertThat(f.resources.lookup(3).glBuffer()).as("the driver reuses buffer names").isEqualTo(redName);

            assertThat(runAndRead(f, draw(again), 4, 4)).isEqualTo(GREEN);
        }
    }

    @Test
    void aSamplerCreatedUnderADeletedSamplersNameIsUsed() {
        try (ExecutorFixture f = ExecutorFixture.translating(host)) {
            filledTexture(f, 5, GREEN);
            CommandEncoder e = vertices(f, setup(f, SIZE, BorderColorTest.OUTSIDE_FS), 2, fullScreen(0f, 0f, 0f, 0f))
                .createSamplerView(40, new SamplerViewState(5, RGBA8, 2, 0, 0, IDENTITY_SWIZZLE))
                .setSamplerViews(FS, 0, 40)
                .createSamplerState(41, borderSampler(RawColor.ofFloats(1f, 0f, 0f, 1f)))
                .bindSamplerStates(FS, 0, 41);
            assertThat(runAndRead(f, draw(e), 4, 4)).as("the border colour").isEqualTo(RED);

            // Outside the texture a sampler-less unit would repeat the green texture instead.
            CommandEncoder again = new CommandEncoder()
                .bindSamplerStates(FS, 0, 0)
                .destroyObject(VirglObjectType.SAMPLER_STATE, 41)
                .createSamplerState(42, borderSampler(RawColor.ofFloats(0f, 0f, 1f, 1f)))
                .bindSamplerStates(FS, 0, 42);
            assertThat(runAndRead(f, draw(again), 4, 4)).isEqualTo(BLUE);
        }
    }
}
