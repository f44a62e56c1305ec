package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.ResourceInfo;
import org.jvirgl.api.VirglException;
import org.jvirgl.api.VirglRenderer;
import org.junit.jupiter.api.Test;

/** Behaviour ported from upstream's tests/test_virgl_init.c, plus the Java-specific contract. */
class RendererInitTest {

    static ResourceCreateArgs simple1d(int handle) {
        return new ResourceCreateArgs(handle, ResourceCreateArgs.TARGET_BUFFER, TestBackend.FORMAT_R8_UNORM, 0,
                50, 1, 1, 1, 0, 0, 0);
    }

    static ResourceCreateArgs simple2d(int handle) {
        return new ResourceCreateArgs(handle, ResourceCreateArgs.TARGET_2D, 2, ResourceRules.BIND_SAMPLER_VIEW,
                50, 50, 1, 1, 0, 0, 0);
    }

    static int code(Runnable call) {
        try {
            call.run();
            return 0;
        } catch (VirglException e) {
            return e.code();
        }
    }

    @Test
    void initWithoutCallbacksOrCookieIsRefusedWithMinusOne() {
        assertThatThrownBy(() -> VirglRenderer.builder().cookie(new Object()).build())
                .isInstanceOfSatisfying(VirglException.class, e -> assertThat(e.code()).isEqualTo(-1));
        assertThatThrownBy(() -> VirglRenderer.builder().callbacks(new RendererCallbacks() { }).build())
                .isInstanceOfSatisfying(VirglException.class, e -> assertThat(e.code()).isEqualTo(-1));
    }

    @Test
    void cleanupTwiceAndResetAfterCleanupAreHarmless() {
        Harness h = Harness.plain();
        h.renderer.cleanup();
        h.renderer.cleanup();
        h.renderer.reset();
        assertThat(h.backend.closed).isTrue();
        assertThat(code(() -> h.renderer.createContext(1, "late"))).isEqualTo(VirglException.EINVAL);
    }

    @Test
    void aContextCanBeCreatedAndDestroyed() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "test1");
            assertThat(h.backend.contexts).containsKey(1);
            assertThat(h.backend.contexts.get(1).capset).isEqualTo(Capset.VIRGL2);
            h.renderer.destroyContext(1);
            assertThat(h.backend.contexts).isEmpty();
        }
    }

    @Test
    void contextZeroIsRefusedWithPositiveEinval() {
        try (Harness h = Harness.plain()) {
            assertThat(code(() -> h.renderer.createContext(0, "test1"))).isEqualTo(VirglException.EINVAL);
        }
    }

    @Test
    void destroyingAnUnknownContextIsANoOp() {
        try (Harness h = Harness.plain()) {
            h.renderer.destroyContext(1);
            h.renderer.destroyContext(-5);
        }
    }

    @Test
    void cleanupDestroysLeakedContextsAndResources() {
        Harness h = Harness.plain();
        h.renderer.createContext(1, "leak");
        h.renderer.createResource(simple1d(1), List.of());
        h.renderer.attachResource(1, 1);
        h.renderer.cleanup();
        assertThat(h.backend.events).contains("ctx-1", "res-1", "close");
        assertThat(h.backend.contexts).isEmpty();
    }

    @Test
    void resetDestroysContextsSoTheIdCanBeReused() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "test1");
            h.renderer.createResource(simple1d(7), List.of());
            h.renderer.reset();
            assertThat(h.backend.events).contains("ctx-1", "res-7", "reset");
            h.renderer.createContext(1, "test1");
            h.renderer.createResource(simple1d(7), List.of());
            assertThat(h.backend.contexts).containsKey(1);
        }
    }

    @Test
    void capsetZeroIsUnknownAndCapsetOneComesFromTheBackend() {
        try (Harness h = Harness.plain()) {
            assertThat(h.renderer.getCapSet(0)).isEqualTo(CapsetInfo.NONE);
            assertThat(h.renderer.getCapSet(Capset.VIRGL)).isEqualTo(new CapsetInfo(1, TestBackend.CAPS_SIZE));
            assertThat(h.renderer.fillCaps(0, 0)).isEmpty();
            byte[] caps = h.renderer.fillCaps(Capset.VIRGL2, 2);
            assertThat(caps).hasSize(TestBackend.CAPS_SIZE * 2);
            assertThat((int) caps[0]).isEqualTo(Capset.VIRGL2);
            assertThat(caps[1]).isEqualTo((byte) 2);
        }
    }

    @Test
    void attachAndDetachIgnoreUnknownContextsAndResources() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "test1");
            h.renderer.createResource(simple1d(1), List.of());
            h.renderer.attachResource(2, 1);
            h.renderer.attachResource(1, 2);
            h.renderer.detachResource(1, 1);
            h.renderer.detachResource(2, 1);
            assertThat(h.backend.contexts.get(1).attached).isEmpty();
            h.renderer.attachResource(1, 1);
            assertThat(h.backend.contexts.get(1).attached).containsKey(1);
            h.renderer.unrefResource(1);
            assertThat(h.backend.contexts.get(1).attached).isEmpty();
            h.renderer.unrefResource(1);
        }
    }

    @Test
    void resourceInfoReportsTheCreationArguments() {
        try (Harness h = Harness.plain()) {
            h.renderer.createResource(simple2d(1), List.of());
            ResourceInfo info = h.renderer.getInfo(1);
            assertThat(info.handle()).isEqualTo(1);
            assertThat(info.virglFormat()).isEqualTo(2);
            assertThat(info.width()).isEqualTo(50);
            assertThat(info.height()).isEqualTo(50);
            assertThat(info.depth()).isEqualTo(1);
            assertThat(info.flags()).isZero();
            assertThat(info.texId()).isEqualTo(1001);
            assertThat(info.stride()).isEqualTo(50 * 4);
            assertThat(code(() -> h.renderer.getInfo(2))).isEqualTo(VirglException.EINVAL);
        }
    }

    @Test
    void guestBackingCanBeAttachedOnceAndDetached() {
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            h.renderer.createResource(simple1d(1), List.of());
            MemorySegment mem = arena.allocate(4096);
            h.renderer.attachIov(1, List.of(mem));
            assertThat(code(() -> h.renderer.attachIov(1, List.of(mem)))).isEqualTo(VirglException.EINVAL);
            assertThat(h.renderer.detachIov(1)).containsExactly(mem);
            assertThat(h.renderer.detachIov(1)).isEmpty();
            assertThat(code(() -> h.renderer.attachIov(2, List.of(mem)))).isEqualTo(VirglException.EINVAL);
            assertThat(h.renderer.detachIov(2)).isEmpty();
        }
    }

    @Test
    void flagsNoBackendCanHonourAreRefused() {
        for (RendererFlag f : List.of(RendererFlag.VENUS, RendererFlag.DRM, RendererFlag.RENDER_SERVER,
                RendererFlag.USE_VIDEO, RendererFlag.USE_GLX)) {
            assertThatThrownBy(() -> new Harness(Set.of(RendererFlag.USE_EGL, f)))
                    .isInstanceOfSatisfying(VirglException.class, e -> {
                        assertThat(e.code()).isEqualTo(-1);
                        assertThat(e.getMessage()).contains(f.name());
                    });
        }
    }

    @Test
    void aRefusedInitLogsWhyAndReleasesTheLogUserData() {
        List<Object> released = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        var builder = VirglRenderer.builder().cookie(new Object()).flags(Set.of(RendererFlag.VENUS))
                .callbacks(new RendererCallbacks() { })
                .log((p, m, u) -> messages.add(m), "data", released::add);
        assertThatThrownBy(() -> RendererCore.create(builder, name -> null, List.of(new TestBackend("t").virglLike())))
                .isInstanceOf(VirglException.class);
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("VENUS"));
        assertThat(released).containsExactly("data");
    }

    @Test
    void aFlagBecomesAcceptableWhenSomeProviderHonoursIt() {
        TestBackend venus = new TestBackend("venus");
        TestBackend virgl = new TestBackend("virgl");
        var providers = List.of(virgl.virglLike(),
                venus.provider(Set.of(Capset.VENUS), Set.of(RendererFlag.VENUS), e -> e.has(RendererFlag.VENUS)));
        try (Harness h = new Harness(Set.of(RendererFlag.USE_EGL, RendererFlag.VENUS), Map.of(), providers)) {
            h.renderer.createContext(1, Capset.VENUS, "vk");
            h.renderer.createContext(2, Capset.VIRGL2, "gl");
            assertThat(venus.contexts).containsOnlyKeys(1);
            assertThat(virgl.contexts).containsOnlyKeys(2);
        }
    }

    @Test
    void noVirglWithoutOtherBackendsStillInitialises() {
        try (Harness h = new Harness(Set.of(RendererFlag.NO_VIRGL, RendererFlag.THREAD_SYNC))) {
            assertThat(h.backend.events).doesNotContain("start");
            assertThat(h.renderer.pollFd()).isEqualTo(-1);
            assertThat(h.renderer.getCapSet(Capset.VIRGL2)).isEqualTo(CapsetInfo.NONE);
            assertThat(code(() -> h.renderer.createContext(1, "x"))).isEqualTo(VirglException.EINVAL);
            assertThat(code(() -> h.renderer.createResource(simple1d(1), List.of()))).isEqualTo(VirglException.EINVAL);
            assertThat(code(() -> h.renderer.createFence(1, 0))).isEqualTo(VirglException.EINVAL);
            h.renderer.poll();
        }
    }

    @Test
    void contextFlagsCarryTheCapsetInTheLowByteOnly() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, Capset.VIRGL, "v1");
            h.renderer.createContext(1, Capset.VIRGL, "again");
            assertThat(code(() -> h.renderer.createContext(1, Capset.VIRGL2, "other"))).isEqualTo(VirglException.EINVAL);
            assertThat(code(() -> h.renderer.createContext(2, Capset.VIRGL2 | 0x100, "bits")))
                    .isEqualTo(VirglException.EINVAL);
            assertThat(code(() -> h.renderer.createContext(3, Capset.VENUS, "unknown"))).isEqualTo(VirglException.EINVAL);
            assertThat(code(() -> h.renderer.createContext(4, 0x7f, "unknown"))).isEqualTo(VirglException.EINVAL);
            assertThat(h.backend.contexts).containsOnlyKeys(1);
        }
    }

    @Test
    void callsFromAnotherThreadFailFastButPollFdAnswers() throws Exception {
        try (Harness h = new Harness(Set.of(RendererFlag.USE_EGL, RendererFlag.THREAD_SYNC))) {
            var other = CompletableFuture.supplyAsync(() -> {
                List<Throwable> errors = new ArrayList<>();
                for (Runnable call : List.<Runnable>of(() -> h.renderer.createContext(1, "x"), h.renderer::poll,
                        h.renderer::cleanup, () -> h.renderer.getCapSet(1))) {
                    try {
                        call.run();
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }
                return Map.entry(errors, h.renderer.pollFd());
            }).get();
            assertThat(other.getKey()).hasSize(4).allSatisfy(t -> assertThat(t)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("confined"));
            assertThat(other.getValue()).isEqualTo(h.renderer.pollFd()).isNotNegative();
        }
    }

    @Test
    void twoInstancesInOneProcessAreIndependent() {
        try (Harness a = Harness.plain(); Harness b = Harness.plain()) {
            a.renderer.createContext(1, "a");
            b.renderer.createContext(1, "b");
            a.renderer.createResource(simple1d(1), List.of());
            b.renderer.createResource(simple1d(1), List.of());
            a.renderer.createFence(5, 0);
            b.renderer.createFence(9, 0);
            a.backend.signals.forEach(TestSignal::complete);
            a.renderer.poll();
            b.renderer.poll();
            assertThat(a.callbacks.drain()).containsExactly("fence 5");
            assertThat(b.callbacks.drain()).isEmpty();
            a.renderer.cleanup();
            b.renderer.destroyContext(1);
            assertThat(b.backend.events).contains("ctx-1").doesNotContain("close");
        }
    }

    @Test
    void submitChecksItsArgumentsAndBadGuestInputPoisonsOnlyItsContext() {
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            h.renderer.createContext(1, "bad");
            h.renderer.createContext(2, "good");
            MemorySegment ok = arena.allocate(8, 4);
            assertThat(code(() -> h.renderer.submitCmd(3, ok))).isEqualTo(VirglException.EINVAL);
            assertThat(code(() -> h.renderer.submitCmd(1, ok.asSlice(0, 6)))).isEqualTo(VirglException.EINVAL);
            assertThat(code(() -> h.renderer.submitCmd(1, arena.allocate(12, 4).asSlice(2, 8))))
                    .isEqualTo(VirglException.EFAULT);
            MemorySegment bad = arena.allocate(4, 4);
            bad.set(ValueLayout.JAVA_INT, 0, 0xdead);
            h.renderer.submitCmd(1, bad);
            h.renderer.submitCmd(2, ok);
            assertThat(h.renderer.contextError(1)).contains("0xdead");
            assertThat(h.renderer.contextError(2)).isNull();
            MemorySegment crash = arena.allocate(4, 4);
            crash.set(ValueLayout.JAVA_INT, 0, 0xb0bb);
            h.renderer.submitCmd(2, crash);
            assertThat(h.renderer.contextError(2)).contains("backend bug");
            assertThat(h.log).anySatisfy(l -> assertThat(l.priority()).isEqualTo(LogPriority.ERROR));
        }
    }

    @Test
    void theLogCallbackSeesBackendMessagesAndReleasesReplacedUserData() {
        try (Harness h = Harness.plain()) {
            h.backend.env.log(LogPriority.WARNING, "from the backend");
            assertThat(h.log).contains(new Harness.Logged(LogPriority.WARNING, "from the backend"));
            List<Object> released = new ArrayList<>();
            AtomicReference<Object> seen = new AtomicReference<>();
            h.renderer.setLogCallback((p, m, u) -> seen.set(u), "first", released::add);
            h.backend.env.log(LogPriority.DEBUG, "x");
            assertThat(seen.get()).isEqualTo("first");
            h.renderer.setLogCallback(null, "second", released::add);
            assertThat(released).containsExactly("first");
            h.backend.env.log(LogPriority.ERROR, "nobody listens");
            h.renderer.cleanup();
            assertThat(released).containsExactly("first", "second");
        }
    }

    @Test
    void theEffectiveFlagsDropThreadSyncWhenMultithreadingIsDisabled() {
        try (Harness h = new Harness(EnumSet.of(RendererFlag.USE_EGL, RendererFlag.THREAD_SYNC,
                RendererFlag.ASYNC_FENCE_CB), Map.of(RendererCore.DISABLE_MT, "1"))) {
            assertThat(h.renderer.flags()).containsExactlyInAnyOrder(RendererFlag.USE_EGL);
            assertThat(h.renderer.pollFd()).isEqualTo(-1);
            assertThat(h.backend.env.flags()).doesNotContain(RendererFlag.THREAD_SYNC);
        }
    }
}
