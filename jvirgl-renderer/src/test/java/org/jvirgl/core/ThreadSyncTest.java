package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.sys.Libc;
import org.junit.jupiter.api.Test;

/**
 * THREAD_SYNC and ASYNC_FENCE_CB: sync threads watching the test backend's signals, the
 * eventfd seen through a real poll(2), callbacks from the sync thread, reset and cleanup.
 * Waits are bounded (a bug fails the test instead of hanging it) but nothing asserts timing.
 */
class ThreadSyncTest {
    private static final int WAIT_MS = 30_000;

    private static Harness threaded(RendererFlag... extra) {
        Set<RendererFlag> flags = new java.util.HashSet<>(Set.of(RendererFlag.USE_EGL, RendererFlag.THREAD_SYNC));
        flags.addAll(List.of(extra));
        return new Harness(flags);
    }

    /** poll(2) on the renderer's fd, then poll() — what an emulator's main loop does. */
    private static List<String> awaitAndPoll(Harness h) {
        int fd = h.renderer.pollFd();
        assertThat(Libc.pollOne(fd, Libc.POLLIN, WAIT_MS) & Libc.POLLIN).as("poll fd readable").isNotZero();
        h.renderer.poll();
        return h.callbacks.drain();
    }

    @Test
    void thePollFdBecomesReadableWhenAFenceCompletesAndPollDrainsIt() {
        try (Harness h = threaded()) {
            int fd = h.renderer.pollFd();
            assertThat(fd).isNotNegative();
            assertThat(h.renderer.flags()).contains(RendererFlag.THREAD_SYNC);
            h.renderer.createFence(1, 0);
            assertThat(Libc.pollOne(fd, Libc.POLLIN, 0)).isZero();
            h.backend.signals.getFirst().complete();
            assertThat(awaitAndPoll(h)).containsExactly("fence 1");
            assertThat(Libc.pollOne(fd, Libc.POLLIN, 0)).as("drained by poll()").isZero();
        }
    }

    @Test
    void fencesAreReportedOnTheOwnerThreadWithoutAsyncCallbacks() throws Exception {
        try (Harness h = threaded()) {
            h.renderer.createContext(1, "c");
            h.renderer.contextCreateFence(1, 0, 0, 5);
            h.backend.signals.getFirst().complete();
            int fd = h.renderer.pollFd();
            assertThat(Libc.pollOne(fd, Libc.POLLIN, WAIT_MS) & Libc.POLLIN).isNotZero();
            assertThat(h.callbacks.calls).isEmpty(); // nothing is reported behind the owner's back
            h.renderer.poll();
            RecordingCallbacks.Call call = h.callbacks.next();
            assertThat(call.what()).isEqualTo("ctx 1/0 5");
            assertThat(call.thread()).isSameAs(Thread.currentThread());
            assertThat(call.cookie()).isSameAs(h.cookie);
        }
    }

    @Test
    void theSyncThreadIsBoundToItsBackendFirstAndUnboundAtCleanup() {
        Harness h = threaded();
        h.renderer.createFence(1, 0);
        h.backend.signals.getFirst().complete();
        awaitAndPoll(h);
        assertThat(h.backend.syncThreadNames).containsExactly("jvirgl-sync-test");
        h.renderer.cleanup();
        assertThat(h.backend.events).containsSubsequence("bind-sync", "unbind-sync", "close");
        assertThat(h.renderer.pollFd()).isEqualTo(-1);
        assertThat(Thread.getAllStackTraces().keySet()).noneSatisfy(t -> assertThat(t.getName())
                .isEqualTo("jvirgl-sync-test"));
    }

    @Test
    void manyFencesSignalledFromAnotherThreadArriveInOrderAndEndAtTheLast() throws Exception {
        try (Harness h = threaded()) {
            h.renderer.createContext(1, "c");
            int count = 500;
            for (int id = 1; id <= count; id++) {
                h.renderer.contextCreateFence(1, VirglRenderer.FENCE_FLAG_MERGEABLE, 0, id);
            }
            Thread gpu = Thread.ofPlatform().start(() -> h.backend.signals.forEach(TestSignal::complete));
            List<Long> reported = new ArrayList<>();
            while (reported.isEmpty() || reported.getLast() != count) {
                awaitAndPoll(h).forEach(s -> reported.add(Long.parseLong(s.substring("ctx 1/0 ".length()))));
            }
            gpu.join();
            assertThat(reported).isSorted().doesNotHaveDuplicates();
            assertThat(h.backend.signals).allSatisfy(s -> assertThat(s.releases).hasValue(1));
        }
    }

    @Test
    void aSlowRingDoesNotHoldBackAFenceOnAnotherRing() {
        try (Harness h = threaded()) {
            h.backend.ringCount = 2;
            h.renderer.createContext(1, "c");
            h.renderer.contextCreateFence(1, 0, 0, 1); // the oldest fence, never completed here
            h.renderer.contextCreateFence(1, 0, 1, 2);
            h.backend.signals.get(1).complete();
            assertThat(awaitAndPoll(h)).containsExactly("ctx 1/1 2");
            h.backend.signals.get(0).complete();
            assertThat(awaitAndPoll(h)).containsExactly("ctx 1/0 1");
        }
    }

    @Test
    void asyncFenceCallbacksComeStraightFromTheSyncThread() throws Exception {
        try (Harness h = threaded(RendererFlag.ASYNC_FENCE_CB)) {
            assertThat(h.renderer.flags()).contains(RendererFlag.ASYNC_FENCE_CB);
            h.renderer.createContext(1, "c");
            h.renderer.contextCreateFence(1, 0, 0, 3);
            h.renderer.createFence(4, 0);
            h.backend.signals.forEach(TestSignal::complete);
            List<RecordingCallbacks.Call> calls = List.of(h.callbacks.next(), h.callbacks.next());
            assertThat(calls).extracting(RecordingCallbacks.Call::what)
                    .containsExactlyInAnyOrder("ctx 1/0 3", "fence 4");
            assertThat(calls).allSatisfy(c -> assertThat(c.thread().getName()).isEqualTo("jvirgl-sync-test"));
            h.renderer.poll(); // still callable, nothing left to report
            assertThat(h.callbacks.calls).isEmpty();
        }
    }

    @Test
    void resetWithThreadSyncRestartsTheSyncThreadsAndFencesKeepFlowing() {
        try (Harness h = threaded()) {
            h.renderer.createContext(1, "c");
            h.renderer.contextCreateFence(1, 0, 0, 1);
            h.renderer.createFence(2, 0);
            h.renderer.reset();
            assertThat(h.backend.signals).allSatisfy(s -> assertThat(s.releases).hasValue(1));
            h.renderer.createContext(1, "again");
            h.renderer.contextCreateFence(1, 0, 0, 10);
            h.backend.signals.getLast().complete();
            assertThat(awaitAndPoll(h)).containsExactly("ctx 1/0 10");
            // the fence above was seen by a new sync thread, bound after the reset
            assertThat(h.backend.events).containsSubsequence("bind-sync", "unbind-sync", "reset", "bind-sync");
        }
    }

    @Test
    void virglDisableMtForcesPollingWithNoFd() {
        try (Harness h = new Harness(Set.of(RendererFlag.USE_EGL, RendererFlag.THREAD_SYNC),
                Map.of("VIRGL_DISABLE_MT", ""))) {
            assertThat(h.renderer.pollFd()).isEqualTo(-1);
            assertThat(h.backend.syncThreadNames).isEmpty();
            h.renderer.createFence(1, 0);
            h.backend.signals.getFirst().complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 1");
        }
    }

    @Test
    void twoThreadedInstancesHaveTheirOwnFdsAndThreads() {
        try (Harness a = threaded(); Harness b = threaded()) {
            assertThat(a.renderer.pollFd()).isNotEqualTo(b.renderer.pollFd());
            a.renderer.createFence(1, 0);
            b.renderer.createFence(2, 0);
            b.backend.signals.getFirst().complete();
            assertThat(awaitAndPoll(b)).containsExactly("fence 2");
            assertThat(Libc.pollOne(a.renderer.pollFd(), Libc.POLLIN, 0)).isZero();
            a.backend.signals.getFirst().complete();
            assertThat(awaitAndPoll(a)).containsExactly("fence 1");
        }
    }

    @Test
    void aBackendThatCannotBindItsSyncThreadFallsBackToPolling() {
        TestBackend backend = new TestBackend("unbindable");
        backend.failSyncBinding = true;
        try (Harness h = new Harness(Set.of(RendererFlag.THREAD_SYNC), Map.of(), List.of(backend.virglLike()))) {
            h.renderer.createFence(1, 0);
            assertThat(awaitAndPoll(h)).isEmpty(); // the failure itself wakes the fd
            assertThat(h.log).anySatisfy(l -> assertThat(l.message()).contains("fall back to poll()"));
            assertThat(Libc.pollOne(h.renderer.pollFd(), Libc.POLLIN, 0) & Libc.POLLIN)
                    .as("kept readable while fences are pending").isNotZero();
            backend.signals.getFirst().complete();
            assertThat(awaitAndPoll(h)).containsExactly("fence 1");
            assertThat(Libc.pollOne(h.renderer.pollFd(), Libc.POLLIN, 0)).isZero();
        }
    }
}
