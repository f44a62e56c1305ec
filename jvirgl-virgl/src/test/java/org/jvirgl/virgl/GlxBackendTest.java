package org.jvirgl.virgl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.jvirgl.spi.FenceSignal;
import org.jvirgl.spi.ResourceView;
import org.jvirgl.virgl.exec.DrawScene;
import org.jvirgl.virgl.exec.GlExecutorFactory;
import org.jvirgl.virgl.winsys.GlxWinsys;
import org.jvirgl.virgl.winsys.XvfbDisplay;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/**
 * The whole VirGL backend on a GLX host (USE_GLX with THREAD_SYNC, as {@code vtest --use-glx}
 * starts it) on Xvfb: a guest draw through the executor, read back, and a fence the sync
 * thread waits on with its own GLX context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlxBackendTest {
    private static final int RGBA8 = VirglFormat.R8G8B8A8_UNORM;
    private static final int RGBA32F = 31;
    private static final int BIND_RT_SV = 0x0a;
    private static final int BIND_VERTEX = 0x10;
    private static final int SIZE = 16;
    private XvfbDisplay x;
    private VirglBackend backend;

    @BeforeAll
    void start() {
        x = XvfbDisplay.start();
        backend = VirglBackend.start(new TestEnvironment(RendererFlag.USE_GLX, RendererFlag.THREAD_SYNC),
                new GlExecutorFactory(), GlxWinsys.open(x.name(), message -> { }));
    }

    @AfterAll
    void stop() {
        if (backend != null) {
            backend.close();
        }
        if (x != null) {
            x.close();
        }
    }

    private record View(int handle, ResourceCreateArgs args, List<MemorySegment> iov, BackendResource backing)
            implements ResourceView {
    }

    @Test
    void theBackendRunsOnTheGlxWinsys() {
        assertThat(backend.glHost().winsys()).isInstanceOf(GlxWinsys.class);
        assertThat(backend.hostCaps().versionString()).contains("Core Profile");
        byte[] caps = new byte[VirglBackend.CAPS_V2_SIZE];
        backend.fillCaps(Capset.VIRGL2, 2, caps);
        assertThat(caps).isNotEqualTo(new byte[caps.length]);
    }

    @Test
    void aGuestTriangleIsDrawnAndReadBackAndTheSyncThreadSeesItsFence() throws Exception {
        ExecutorService syncThread = Executors.newSingleThreadExecutor();
        try (Arena arena = Arena.ofConfined();
                BackendContext ctx = backend.createContext(1, Capset.VIRGL2, "glx-draw")) {
            ResourceCreateArgs rtArgs = new ResourceCreateArgs(1, 2, RGBA8, BIND_RT_SV, SIZE, SIZE, 1, 1, 0, 0, 0);
            ResourceCreateArgs vbArgs = new ResourceCreateArgs(2, 0, VirglFormat.R8_UNORM, BIND_VERTEX, 96, 1, 1, 1,
                    0, 0, 0);
            BackendResource rt = backend.createResource(rtArgs);
            BackendResource vb = backend.createResource(vbArgs);
            // One triangle covering the viewport, coloured yellow (position, then colour).
            float[] data = {
                -1, -1, 0, 1, 1, 1, 0, 1,
                3, -1, 0, 1, 1, 1, 0, 1,
                -1, 3, 0, 1, 1, 1, 0, 1,
            };
            MemorySegment vertices = arena.allocate(96, 4);
            MemorySegment.copy(data, 0, vertices, ValueLayout.JAVA_FLOAT, 0, data.length);
            ctx.attach(new View(1, rtArgs, List.of(), rt));
            ctx.attach(new View(2, vbArgs, List.of(vertices), vb));

            ctx.submit(new CommandEncoder()
                    .transfer3d(2, 0, 0, 0, new PipeBox(0, 0, 0, 96, 1, 1), 0, 1)
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
                    .createVertexElements(30, List.of(new VertexElement(0, 0, 0, RGBA32F),
                            new VertexElement(16, 0, 0, RGBA32F)))
                    .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
                    .setVertexBuffers(32, 0, 2)
                    .drawVbo(0, 3, 4, false, 1, 0, 0, false, 0, 0, -1, 0)
                    .toSegment());
            assertThat(ctx.error()).isNull();

            FenceSignal fence = ctx.createFence(0);
            boolean signalled = syncThread.submit(() -> {
                try (AutoCloseable bound = backend.bindSyncThread()) {
                    return fence.await(TimeUnit.SECONDS.toNanos(30));
                }
            }).get(1, TimeUnit.MINUTES);
            fence.release();
            assertThat(signalled).isTrue();

            MemorySegment pixels = arena.allocate(SIZE * SIZE * 4L, 4);
            rt.read(0, SIZE * 4, 0, new Box(0, 0, 0, SIZE, SIZE, 1), 0, List.of(pixels));
            assertThat(pixels.getAtIndex(ValueLayout.JAVA_INT, 5 * SIZE + 5)).isEqualTo(0xff00ffff);
            rt.close();
            vb.close();
        } finally {
            syncThread.shutdown();
        }
    }
}
