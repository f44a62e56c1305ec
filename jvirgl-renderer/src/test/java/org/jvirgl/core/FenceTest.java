package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jvirgl.api.VirglException;
import org.jvirgl.api.VirglRenderer;
import org.junit.jupiter.api.Test;

/**
 * Fences in polling mode (no THREAD_SYNC), driven through the real timelines with signals the
 * test completes: upstream's tests/test_virgl_fence.c plus the seed's ordering and merging rules.
 */
class FenceTest {

    @Test
    void aGlobalFenceIsReportedOnceItsWorkCompletes() {
        try (Harness h = Harness.plain()) {
            h.renderer.createFence(1, 0);
            h.renderer.poll();
            assertThat(h.callbacks.drain()).isEmpty();
            h.backend.signals.getFirst().complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 1");
            h.renderer.poll();
            assertThat(h.callbacks.drain()).isEmpty();
            assertThat(h.backend.signals.getFirst().releases).hasValue(1);
        }
    }

    @Test
    void globalFencesRetiredTogetherAreReportedOnceWithTheNewestId() {
        try (Harness h = Harness.plain()) {
            for (int id = 1; id <= 100; id++) {
                h.renderer.createFence(id, 0);
            }
            h.backend.signals.forEach(TestSignal::complete);
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 100");
            assertThat(h.backend.signals).allSatisfy(s -> assertThat(s.releases).hasValue(1));
        }
    }

    @Test
    void globalFencesRetireInCreationOrderEvenWhenSignalledOutOfOrder() {
        try (Harness h = Harness.plain()) {
            h.renderer.createFence(1, 0);
            h.renderer.createFence(2, 0);
            h.renderer.createFence(3, 0);
            h.backend.signals.get(1).complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).isEmpty(); // 2 cannot overtake 1
            h.backend.signals.get(0).complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 2");
            h.backend.signals.get(2).complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 3");
        }
    }

    @Test
    void manyFencesRetiredInRandomBatchesAreReportedMonotonicallyEndingAtTheLast() {
        try (Harness h = Harness.plain()) {
            Random random = new Random(42);
            int count = 2000;
            for (int id = 1; id <= count; id++) {
                h.renderer.createFence(id, 0);
            }
            int completed = 0;
            List<Long> reported = new ArrayList<>();
            while (completed < count) {
                int batch = Math.min(count - completed, 1 + random.nextInt(50));
                for (int i = 0; i < batch; i++) {
                    h.backend.signals.get(completed++).complete();
                }
                h.renderer.poll();
                h.callbacks.drain().forEach(s -> reported.add(Long.parseLong(s.substring(6))));
            }
            assertThat(reported).isSorted().doesNotHaveDuplicates().last().isEqualTo((long) count);
        }
    }

    @Test
    void globalFenceIdsAreReportedAsThirtyTwoUnsignedBits() {
        try (Harness h = Harness.plain()) {
            h.renderer.createFence(-1, 0);
            h.backend.signals.getFirst().complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 4294967295");
        }
    }

    @Test
    void consecutiveMergeableContextFencesCollapseButNonMergeableOnesAreAlwaysReported() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "c");
            int m = VirglRenderer.FENCE_FLAG_MERGEABLE;
            h.renderer.contextCreateFence(1, m, 0, 10);
            h.renderer.contextCreateFence(1, m, 0, 11);
            h.renderer.contextCreateFence(1, 0, 0, 12);
            h.renderer.contextCreateFence(1, 0, 0, 13);
            h.renderer.contextCreateFence(1, m, 0, 14);
            h.renderer.contextCreateFence(1, m, 0, 15);
            h.backend.signals.forEach(TestSignal::complete);
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("ctx 1/0 12", "ctx 1/0 13", "ctx 1/0 15");
        }
    }

    @Test
    void contextFenceIdsKeepAllSixtyFourBits() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "c");
            h.renderer.contextCreateFence(1, 0, 0, Long.MAX_VALUE);
            h.backend.signals.getFirst().complete();
            h.renderer.contextPoll(1);
            assertThat(h.callbacks.drain()).containsExactly("ctx 1/0 " + Long.MAX_VALUE);
        }
    }

    @Test
    void aStuckRingDoesNotHoldBackAnotherRingOrContext() {
        try (Harness h = Harness.plain()) {
            h.backend.ringCount = 4;
            h.renderer.createContext(1, "a");
            h.renderer.createContext(2, "b");
            h.renderer.contextCreateFence(1, 0, 0, 1);  // stays pending
            h.renderer.contextCreateFence(1, 0, 3, 2);
            h.renderer.contextCreateFence(2, 0, 0, 3);
            h.renderer.createFence(4, 0);
            h.backend.signals.get(1).complete();
            h.backend.signals.get(2).complete();
            h.backend.signals.get(3).complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactlyInAnyOrder("ctx 1/3 2", "ctx 2/0 3", "fence 4");
            h.backend.signals.get(0).complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("ctx 1/0 1");
        }
    }

    @Test
    void contextPollRetiresOnlyThatContextsTimelines() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "a");
            h.renderer.createContext(2, "b");
            h.renderer.contextCreateFence(1, 0, 0, 1);
            h.renderer.contextCreateFence(2, 0, 0, 2);
            h.backend.signals.forEach(TestSignal::complete);
            h.renderer.contextPoll(2);
            assertThat(h.callbacks.drain()).containsExactly("ctx 2/0 2");
            h.renderer.contextPoll(9);
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("ctx 1/0 1");
        }
    }

    @Test
    void contextFenceErrorsUseNegativeEinval() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "c");
            assertThat(RendererInitTest.code(() -> h.renderer.contextCreateFence(2, 0, 0, 1)))
                    .isEqualTo(-VirglException.EINVAL);
            assertThat(RendererInitTest.code(() -> h.renderer.contextCreateFence(1, 0, 1, 1)))
                    .isEqualTo(-VirglException.EINVAL);
            assertThat(RendererInitTest.code(() -> h.renderer.contextCreateFence(1, 0, -1, 1)))
                    .isEqualTo(-VirglException.EINVAL);
            assertThat(h.backend.signals).isEmpty();
        }
    }

    @Test
    void destroyingAContextDropsItsFencesUnreportedAndReleasesThem() {
        try (Harness h = Harness.plain()) {
            h.renderer.createContext(1, "c");
            h.renderer.contextCreateFence(1, 0, 0, 1);
            h.renderer.createFence(2, 0);
            h.renderer.destroyContext(1);
            assertThat(h.backend.signals.getFirst().releases).hasValue(1);
            h.backend.signals.forEach(TestSignal::complete);
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 2");
        }
    }

    @Test
    void resetDropsPendingFencesAndCleanupReleasesTheRest() {
        Harness h = Harness.plain();
        h.renderer.createFence(1, 0);
        h.renderer.reset();
        assertThat(h.backend.signals.getFirst().releases).hasValue(1);
        h.renderer.createFence(2, 0);
        h.renderer.cleanup();
        assertThat(h.backend.signals).allSatisfy(s -> assertThat(s.releases).hasValue(1));
        assertThat(h.callbacks.drain()).isEmpty();
    }

    @Test
    void aThrowingFenceCallbackIsLoggedAndDoesNotStopOtherReports() {
        var throwing = new RecordingCallbacks() {
            @Override
            public void writeContextFence(Object cookie, int ctxId, int ringIdx, long fenceId) {
                throw new IllegalStateException("embedder bug");
            }
        };
        TestBackend backend = new TestBackend("t");
        try (Harness h = new Harness(java.util.Set.of(), java.util.Map.of(), List.of(backend.virglLike()), throwing)) {
            h.renderer.createContext(1, "c");
            h.renderer.contextCreateFence(1, 0, 0, 1);
            h.renderer.createFence(7, 0);
            backend.signals.forEach(TestSignal::complete);
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 7");
            assertThat(h.log).anySatisfy(l -> assertThat(l.message()).contains("embedder bug"));
        }
    }

    @Test
    void aGlobalFenceWaitsForEveryBackend() {
        TestBackend gl = new TestBackend("gl");
        TestBackend vk = new TestBackend("vk");
        var providers = List.of(gl.virglLike(), vk.provider(java.util.Set.of(org.jvirgl.api.Capset.VENUS),
                java.util.Set.of(), e -> true));
        try (Harness h = new Harness(java.util.Set.of(), java.util.Map.of(), providers)) {
            h.renderer.createFence(1, 0);
            gl.signals.getFirst().complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).isEmpty();
            vk.signals.getFirst().complete();
            h.renderer.poll();
            assertThat(h.callbacks.drain()).containsExactly("fence 1");
            assertThat(gl.signals.getFirst().releases).hasValue(1);
            assertThat(vk.signals.getFirst().releases).hasValue(1);
        }
    }
}
