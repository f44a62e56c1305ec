package org.jvirgl.virgl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jvirgl.api.Box;
import org.jvirgl.api.Capset;
import org.jvirgl.api.GlContextParams;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.jvirgl.spi.BackendContext;
import org.jvirgl.spi.BackendResource;
import org.jvirgl.spi.FenceSignal;
import org.jvirgl.virgl.exec.GlExecutorFactory;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.virgl.winsys.GlVersion;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.Test;
import org.lwjgl.egl.EGL14;
import org.lwjgl.opengl.GL11C;

class VirglBackendTest {

    private static VirglBackend start(RendererFlag... flags) {
        return VirglBackend.start(new TestEnvironment(flags), new GlExecutorFactory());
    }

    private static ResourceCreateArgs rgba(int handle, int w, int h) {
        return new ResourceCreateArgs(handle, ResourceCreateArgs.TARGET_2D, VirglFormat.R8G8B8A8_UNORM, 0xa, w, h, 1, 1,
                0, 0, 0);
    }

    /** Writes a pattern through the backend resource and reads it back; returns the bytes read. */
    private static byte[] roundTrip(VirglBackend backend, int handle) {
        try (Arena arena = Arena.ofConfined(); BackendResource r = backend.createResource(rgba(handle, 8, 8))) {
            MemorySegment in = arena.allocate(256);
            for (int i = 0; i < 256; i++) {
                in.set(ValueLayout.JAVA_BYTE, i, (byte) (i * 7 + handle));
            }
            r.write(0, 0, 0, new Box(0, 0, 0, 8, 8, 1), 0, List.of(in));
            MemorySegment out = arena.allocate(256);
            r.read(0, 0, 0, new Box(0, 0, 0, 8, 8, 1), 0, List.of(out));
            assertThat(out.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(in.toArray(ValueLayout.JAVA_BYTE));
            return out.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    @Test
    void aBackendStartsOnSurfacelessEglAndStopsCleanly() {
        VirglBackend backend = start(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
        try {
            assertThat(backend.hostCaps().isCoreProfile()).isTrue();
            assertThat(backend.capsetInfo(Capset.VIRGL2).maxVersion()).isEqualTo(2);
            roundTrip(backend, 1);
        } finally {
            backend.close();
        }
        backend.close(); // idempotent
    }

    @Test
    void glesHostsAreRefusedWithAClearError() {
        // GLX hosts are tested on Xvfb in GlxBackendTest.
        assertThatThrownBy(() -> start(RendererFlag.USE_EGL, RendererFlag.USE_GLES))
                .isInstanceOf(VirglException.class).hasMessageContaining("GLES");
    }

    @Test
    void theCompatibilityProfileFlagGivesACompatibilityHost() {
        VirglBackend backend = start(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS, RendererFlag.COMPAT_PROFILE);
        try {
            assertThat(backend.hostCaps().isCoreProfile()).isFalse();
            byte[] caps = new byte[VirglBackend.CAPS_V2_SIZE];
            backend.fillCaps(Capset.VIRGL2, 2, caps);
            int primMask = MemorySegment.ofArray(caps).get(ValueLayout.JAVA_INT_UNALIGNED, 288);
            assertThat(primMask & 1 << 7).as("quads on compat hosts").isNotZero();
        } finally {
            backend.close();
        }
    }

    @Test
    void twoBackendsRunOnTwoThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Boolean>> runs = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
                VirglBackend backend = start(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
                try (BackendContext ctx = backend.createContext(n, Capset.VIRGL2, "thread " + n)) {
                    for (int i = 0; i < 5; i++) {
                        roundTrip(backend, 10 * n + i);
                    }
                    FenceSignal fence = backend.createGlobalFence();
                    GL11C.glFinish();
                    boolean signalled = fence.isSignalled();
                    fence.release();
                    return signalled && ctx.error() == null;
                } finally {
                    backend.close();
                }
            }, pool)).toList();
            for (CompletableFuture<Boolean> run : runs) {
                assertThat(run.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aGlobalFenceWithNothingInFlightIsAlreadySignalledAndOneAfterWorkSignalsOnce() {
        VirglBackend backend = start(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
        try {
            backend.createGlobalFence(); // covers the start-up probes
            assertThat(backend.createGlobalFence()).isSameAs(FenceSignal.SIGNALLED);
            roundTrip(backend, 3);
            FenceSignal fence = backend.createGlobalFence();
            assertThat(fence).isNotSameAs(FenceSignal.SIGNALLED);
            GL11C.glFinish();
            assertThat(fence.isSignalled()).isTrue();
            fence.release();
        } finally {
            backend.close();
        }
    }

    @Test
    void theSyncThreadWaitsOnFencesWithItsOwnSharedContext() throws Exception {
        VirglBackend backend = start(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS, RendererFlag.THREAD_SYNC);
        ExecutorService sync = Executors.newSingleThreadExecutor();
        try (BackendContext ctx = backend.createContext(7, Capset.VIRGL2, "fenced")) {
            roundTrip(backend, 4);
            FenceSignal global = backend.createGlobalFence();
            FenceSignal perContext = ctx.createFence(0);
            boolean waited = sync.submit(() -> {
                try (AutoCloseable bound = backend.bindSyncThread()) {
                    boolean a = global.await(TimeUnit.SECONDS.toNanos(30));
                    boolean b = perContext.await(TimeUnit.SECONDS.toNanos(30));
                    global.release();
                    perContext.release();
                    return a && b;
                }
            }).get(1, TimeUnit.MINUTES);
            assertThat(waited).isTrue();
        } finally {
            sync.shutdown();
            backend.close();
        }
    }

    @Test
    void aMalformedStreamPoisonsOnlyItsOwnContext() {
        VirglBackend backend = start(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
        try (Arena arena = Arena.ofConfined();
                BackendContext bad = backend.createContext(1, Capset.VIRGL2, "bad");
                BackendContext good = backend.createContext(2, Capset.VIRGL2, "good")) {
            MemorySegment garbage = arena.allocate(8);
            garbage.set(ValueLayout.JAVA_INT, 0, 0xffff0000 | 0xfe); // unknown opcode, huge length
            garbage.set(ValueLayout.JAVA_INT, 4, 0);
            bad.submit(garbage);
            assertThat(bad.error()).isNotNull();
            good.submit(arena.allocate(0));
            assertThat(good.error()).isNull();
            roundTrip(backend, 5);
        } finally {
            backend.close();
        }
    }

    @Test
    void resetDestroysContextsButKeepsTheBackendUsable() {
        VirglBackend backend = start(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
        try {
            backend.createContext(1, Capset.VIRGL2, "a");
            backend.createContext(2, Capset.VIRGL2, "b");
            backend.reset();
            try (BackendContext again = backend.createContext(1, Capset.VIRGL2, "a again")) {
                roundTrip(backend, 6);
                assertThat(again.error()).isNull();
            }
        } finally {
            backend.close();
        }
    }

    /** An embedder that makes its own EGL contexts, as a VMM with its own GL would. */
    static final class EmbedderContexts implements RendererCallbacks {
        final EglWinsys egl = EglWinsys.openSurfaceless();
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger destroyed = new AtomicInteger();

        @Override
        public boolean providesGlContexts() {
            return true;
        }

        @Override
        public long createGlContext(Object cookie, int scanoutIdx, GlContextParams p) {
            long share = p.shared() ? EGL14.eglGetCurrentContext() : 0;
            long ctx = egl.createContext(new GlVersion(p.majorVersion(), p.minorVersion()),
                    p.compatibilityProfile() ? GlProfile.COMPATIBILITY : GlProfile.CORE, share);
            if (ctx != 0) {
                created.incrementAndGet();
            }
            return ctx;
        }

        @Override
        public void destroyGlContext(Object cookie, long glContext) {
            destroyed.incrementAndGet();
            egl.destroyContext(glContext);
        }

        @Override
        public int makeCurrent(Object cookie, int scanoutIdx, long glContext) {
            if (glContext == 0) {
                egl.releaseCurrent();
                return 0;
            }
            return egl.makeCurrent(glContext) ? 0 : -1;
        }

        @Override
        public long getEglDisplay(Object cookie) {
            return egl.eglDisplay();
        }
    }

    @Test
    void theEmbeddersContextCallbacksAreUsedWhenItProvidesThem() {
        EmbedderContexts embedder = new EmbedderContexts();
        VirglBackend backend = VirglBackend.start(new TestEnvironment(embedder), new GlExecutorFactory());
        try (BackendContext ctx = backend.createContext(1, Capset.VIRGL2, "embedded")) {
            assertThat(embedder.created.get()).isGreaterThanOrEqualTo(2);
            roundTrip(backend, 8);
            assertThat(ctx.error()).isNull();
        } finally {
            backend.close();
        }
        assertThat(embedder.destroyed.get()).isEqualTo(embedder.created.get());
    }
}
