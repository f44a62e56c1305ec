package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.api.Box;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.spi.BackendContext;
import org.jvirgl.spi.BackendResource;
import org.jvirgl.spi.ResourceView;
import org.jvirgl.virgl.TestEnvironment;
import org.jvirgl.virgl.VirglBackend;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/** The executor behind the real backend: resources, TRANSFER3D uploads, a draw, a readback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendIntegrationTest {
    private static final int RGBA8 = 67;
    private static final int R8 = 64;
    private static final int BIND_RT_SV = 0x0a;
    private static final int BIND_VERTEX = 0x10;
    private static final int SIZE = 16;

    private VirglBackend backend;

    @BeforeAll
    void start() {
        backend = VirglBackend.start(new TestEnvironment(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS),
            new GlExecutorFactory());
    }

    @AfterAll
    void stop() {
        backend.close();
    }

    private record View(int handle, ResourceCreateArgs args, List<MemorySegment> iov, BackendResource backing)
            implements ResourceView {
    }

    @Test
    void aTriangleUploadedThroughTransfer3dIsDrawnAndReadBack() {
        Arena arena = Arena.ofConfined();
        try (BackendContext ctx = backend.createContext(1, Capset.VIRGL2, "exec-test")) {
            ResourceCreateArgs rtArgs = new ResourceCreateArgs(1, 2, RGBA8, BIND_RT_SV, SIZE, SIZE, 1, 1, 0, 0, 0);
            BackendResource rt = backend.createResource(rtArgs);
            ResourceCreateArgs vbArgs = new ResourceCreateArgs(2, 0, R8, BIND_VERTEX, 96, 1, 1, 1, 0, 0, 0);
            BackendResource vb = backend.createResource(vbArgs);
            MemorySegment vertices = arena.allocate(96, 4);
            float[] data = {
                -1, -1, 0, 1, 1, 1, 0, 1,
                3, -1, 0, 1, 1, 1, 0, 1,
                -1, 3, 0, 1, 1, 1, 0, 1,
            };
            MemorySegment.copy(data, 0, vertices, ValueLayout.JAVA_FLOAT, 0, data.length);
            ctx.attach(new View(1, rtArgs, List.of(), rt));
            ctx.attach(new View(2, vbArgs, List.of(vertices), vb));

            CommandEncoder e = new CommandEncoder()
                .transfer3d(2, 0, 0, 0, new org.jvirgl.wire.state.PipeBox(0, 0, 0, 96, 1, 1), 0, 1)
                .createSubContext(1)
                .setSubContext(1)
                .createSurface(10, new SurfaceState(1, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(4, RawColor.ofFloats(0f, 0f, 0f, 1f), 1.0, 0)
                .setViewportStates(0, SIZE / 2f, SIZE / 2f, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
                .createShader(20, 0, DrawScene.PASS_VS, 100, StreamOutputInfo.NONE)
                .createShader(21, 1, DrawScene.COLOR_FS, 100, StreamOutputInfo.NONE)
                .bindShader(20, 0)
                .bindShader(21, 1)
                .createVertexElements(30, List.of(new VertexElement(0, 0, 0, 31), new VertexElement(16, 0, 0, 31)))
                .bindObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 30)
                .setVertexBuffers(32, 0, 2)
                .drawVbo(0, 3, 4, false, 1, 0, 0, false, 0, 0, -1, 0);
            ctx.submit(e.toSegment());
            assertThat(ctx.error()).isNull();

            MemorySegment pixels = arena.allocate(SIZE * SIZE * 4L, 4);
            rt.read(0, SIZE * 4, 0, new Box(0, 0, 0, SIZE, SIZE, 1), 0, List.of(pixels));
            assertThat(pixels.getAtIndex(ValueLayout.JAVA_INT, 5 * SIZE + 5)).isEqualTo(0xff00ffff);
            rt.close();
            vb.close();
        } finally {
            arena.close();
        }
    }

    @Test
    void aResourceLayoutIsWrittenAcrossTheSegmentsOfTheGuestBacking() {
        try (Arena arena = Arena.ofConfined();
                BackendContext ctx = backend.createContext(4, Capset.VIRGL2, "layout")) {
            ResourceCreateArgs texArgs = new ResourceCreateArgs(1, 2, RGBA8, BIND_RT_SV, SIZE, SIZE, 1, 1, 0, 0, 0);
            ResourceCreateArgs outArgs = new ResourceCreateArgs(2, 0, R8, 0, 96, 1, 1, 1, 0, 0, 0);
            BackendResource tex = backend.createResource(texArgs);
            BackendResource out = backend.createResource(outArgs);
            // Two pages of a split backing: the 80-byte struct straddles them.
            MemorySegment first = arena.allocate(48, 8).fill((byte) 0x55);
            MemorySegment second = arena.allocate(48, 8).fill((byte) 0x55);
            ctx.attach(new View(1, texArgs, List.of(), tex));
            ctx.attach(new View(2, outArgs, List.of(first, second), out));
            ctx.submit(new CommandEncoder().getPipeResourceLayout(2, 1).toSegment());
            assertThat(ctx.error()).isNull();
            assertThat(first.toArray(ValueLayout.JAVA_BYTE)).containsOnly((byte) 0);
            assertThat(second.asSlice(0, 32).toArray(ValueLayout.JAVA_BYTE)).containsOnly((byte) 0);
            assertThat(second.asSlice(32).toArray(ValueLayout.JAVA_BYTE)).containsOnly((byte) 0x55);
            tex.close();
            out.close();
        }
    }

    /**
     * Draws resource 3 through sampler view 40 in {@code viewFormat} into a cleared render target,
     * after the guest destroyed resource 3; returns the centre texel of the render target.
     */
    private int sampleAfterTheResourceIsDestroyed(int ctxId, int viewFormat) {
        try (Arena arena = Arena.ofConfined();
                BackendContext ctx = backend.createContext(ctxId, Capset.VIRGL2, "view-hold")) {
            ResourceCreateArgs rtArgs = new ResourceCreateArgs(1, 2, RGBA8, BIND_RT_SV, SIZE, SIZE, 1, 1, 0, 0, 0);
            ResourceCreateArgs vbArgs = new ResourceCreateArgs(2, 0, R8, BIND_VERTEX, 96, 1, 1, 1, 0, 0, 0);
            ResourceCreateArgs texArgs = new ResourceCreateArgs(3, 2, RGBA8, BIND_RT_SV, 4, 4, 1, 1, 0, 0, 0);
            BackendResource rt = backend.createResource(rtArgs);
            BackendResource vb = backend.createResource(vbArgs);
            BackendResource tex = backend.createResource(texArgs);
            MemorySegment red = arena.allocate(64, 4);
            for (int i = 0; i < 16; i++) {
                red.setAtIndex(ValueLayout.JAVA_INT, i, 0xff0000ff);
            }
            tex.write(0, 16, 0, new Box(0, 0, 0, 4, 4, 1), 0, List.of(red));
            MemorySegment vertices = arena.allocate(96, 4);
            float[] data = {-1, -1, 0, 1, 0, 0, 0, 0, 3, -1, 0, 1, 0, 0, 0, 0, -1, 3, 0, 1, 0, 0, 0, 0};
            MemorySegment.copy(data, 0, vertices, ValueLayout.JAVA_FLOAT, 0, data.length);
            ctx.attach(new View(1, rtArgs, List.of(), rt));
            ctx.attach(new View(2, vbArgs, List.of(vertices), vb));
            ctx.attach(new View(3, texArgs, List.of(), tex));
            ctx.submit(new CommandEncoder()
                .transfer3d(2, 0, 0, 0, new org.jvirgl.wire.state.PipeBox(0, 0, 0, 96, 1, 1), 0, 1)
                .createSurface(10, new SurfaceState(1, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(4, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
                .setViewportStates(0, SIZE / 2f, SIZE / 2f, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
                .createShader(20, 0, DrawScene.PASS_VS, 100, StreamOutputInfo.NONE)
                .createShader(21, 1, DrawScene.TEX_FS, 100, StreamOutputInfo.NONE)
                .bindShader(20, 0)
                .bindShader(21, 1)
                .createVertexElements(30, List.of(new VertexElement(0, 0, 0, 31), new VertexElement(16, 0, 0, 31)))
                .bindObject(org.jvirgl.wire.VirglObjectType.VERTEX_ELEMENTS, 30)
                .setVertexBuffers(32, 0, 2)
                .createSamplerView(40, new org.jvirgl.wire.state.SamplerViewState(3, viewFormat, 2, 0, 0,
                    DrawScene.IDENTITY_SWIZZLE))
                .setSamplerViews(1, 0, 40)
                .createSamplerState(41, org.jvirgl.wire.state.SamplerState.unpack(2 | 2 << 3 | 2 << 6 | 2 << 11,
                    0f, 0f, 0f, new RawColor(0, 0, 0, 0)))
                .bindSamplerStates(1, 0, 41)
                .toSegment());
            assertThat(ctx.error()).isNull();
            // The guest destroys the resource (the core detaches it, then frees it) but keeps the view bound.
            ctx.detach(3);
            tex.close();
            ctx.submit(new CommandEncoder().drawVbo(0, 3, 4, false, 1, 0, 0, false, 0, 0, -1, 0).toSegment());
            assertThat(ctx.error()).isNull();
            MemorySegment pixels = arena.allocate(SIZE * SIZE * 4L, 4);
            rt.read(0, SIZE * 4, 0, new Box(0, 0, 0, SIZE, SIZE, 1), 0, List.of(pixels));
            rt.close();
            vb.close();
            return pixels.getAtIndex(ValueLayout.JAVA_INT, SIZE / 2 * SIZE + SIZE / 2);
        }
    }

    @Test
    void aViewSamplingTheResourceTextureItselfKeepsItAliveAfterTheResourceIsDestroyed() {
        // An R8 view of RGBA8 storage is no GL view class match: the view samples the resource texture.
        assertThat(sampleAfterTheResourceIsDestroyed(6, R8) & 0xff).isEqualTo(0xff);
    }

    @Test
    void aTextureViewStillSamplesAfterTheResourceIsDestroyed() {
        assertThat(sampleAfterTheResourceIsDestroyed(7, RGBA8)).isEqualTo(0xff0000ff);
    }

    @Test
    void aSurfaceKeepsItsTextureUntilTheSurfaceIsDestroyed() {
        try (BackendContext ctx = backend.createContext(8, Capset.VIRGL2, "surface-hold")) {
            ResourceCreateArgs texArgs = new ResourceCreateArgs(3, 2, RGBA8, BIND_RT_SV, 4, 4, 1, 1, 0, 0, 0);
            BackendResource tex = backend.createResource(texArgs);
            int name = tex.glTextureName();
            ctx.attach(new View(3, texArgs, List.of(), tex));
            ctx.submit(new CommandEncoder().createSurface(10, new SurfaceState(3, RGBA8, 0, 0, 0)).toSegment());
            ctx.detach(3);
            tex.close();
            assertThat(org.lwjgl.opengl.GL45C.glIsTexture(name)).isTrue();
            ctx.submit(new CommandEncoder().destroyObject(org.jvirgl.wire.VirglObjectType.SURFACE, 10).toSegment());
            assertThat(ctx.error()).isNull();
            assertThat(org.lwjgl.opengl.GL45C.glIsTexture(name)).isFalse();
        }
    }

    @Test
    void aBadCommandPoisonsOnlyItsContext() {
        try (BackendContext bad = backend.createContext(2, Capset.VIRGL2, "bad");
                BackendContext good = backend.createContext(3, Capset.VIRGL2, "good")) {
            bad.submit(new CommandEncoder().setFramebufferState(0, 99).toSegment());
            good.submit(new CommandEncoder().createSubContext(1).setSubContext(1).toSegment());
            assertThat(bad.error()).contains("SET_FRAMEBUFFER_STATE");
            assertThat(good.error()).isNull();
        }
    }
}
