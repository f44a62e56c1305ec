package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.sys.Libc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many timelines, many fences, a "GPU" thread completing signals in random order, and the
 * sync thread racing the owner: per timeline the reports must be strictly increasing, end at
 * the newest fence and include every non-mergeable one.
 */
class FenceStressTest {
    enum Sync { POLLING, THREADED, ASYNC }

    private static final int CONTEXTS = 6;
    private static final int RINGS = 4;
    private static final int PER_TIMELINE = 100;

    @ParameterizedTest
    @EnumSource(Sync.class)
    void everyTimelineReportsInOrderAndEndsAtItsNewestFence(Sync sync) throws Exception {
        Set<RendererFlag> flags = switch (sync) {
            case POLLING -> Set.of();
            case THREADED -> Set.of(RendererFlag.THREAD_SYNC);
            case ASYNC -> Set.of(RendererFlag.THREAD_SYNC, RendererFlag.ASYNC_FENCE_CB);
        };
        Random random = new Random(7 + sync.ordinal());
        List<TestSignal> signals;
        try (Harness h = new Harness(flags)) {
            h.backend.ringCount = RINGS;
            Map<String, Set<Long>> mustSee = new HashMap<>();
            for (int ctx = 1; ctx <= CONTEXTS; ctx++) {
                h.renderer.createContext(ctx, "stress");
            }
            for (int i = 1; i <= PER_TIMELINE; i++) {
                for (int ctx = 1; ctx <= CONTEXTS; ctx++) {
                    for (int ring = 0; ring < RINGS; ring++) {
                        boolean mergeable = random.nextInt(4) != 0 && i != PER_TIMELINE;
                        h.renderer.contextCreateFence(ctx, mergeable ? VirglRenderer.FENCE_FLAG_MERGEABLE : 0, ring, i);
                        if (!mergeable) {
                            mustSee.computeIfAbsent(ctx + "/" + ring, k -> new HashSet<>()).add((long) i);
                        }
                    }
                }
            }
            List<TestSignal> order = new ArrayList<>(h.backend.signals);
            Collections.shuffle(order, random);
            Thread gpu = Thread.ofPlatform().start(() -> order.forEach(TestSignal::complete));

            Map<String, List<Long>> seen = new HashMap<>();
            int finished = 0;
            while (finished < CONTEXTS * RINGS) {
                if (sync == Sync.THREADED) {
                    assertThat(Libc.pollOne(h.renderer.pollFd(), Libc.POLLIN, 30_000) & Libc.POLLIN).isNotZero();
                }
                if (sync != Sync.ASYNC) {
                    h.renderer.poll();
                }
                List<String> reports = new ArrayList<>();
                if (sync == Sync.ASYNC) {
                    reports.add(h.callbacks.next().what()); // block for the sync thread's next report
                } else if (sync == Sync.POLLING) {
                    Thread.yield(); // polling mode: the emulator would call poll() from its timer
                }
                reports.addAll(h.callbacks.drain());
                for (String other : reports) {
                    String[] p = other.split(" ");
                    List<Long> l = seen.computeIfAbsent(p[1], k -> new ArrayList<>());
                    l.add(Long.parseLong(p[2]));
                    if (l.getLast() == PER_TIMELINE) {
                        finished++;
                    }
                }
            }
            gpu.join();
            assertThat(seen).hasSize(CONTEXTS * RINGS);
            seen.forEach((timeline, ids) -> {
                assertThat(ids).as(timeline).isSorted().doesNotHaveDuplicates();
                assertThat(ids.getLast()).as(timeline).isEqualTo(PER_TIMELINE);
                assertThat(ids).as(timeline + " non-mergeable").containsAll(mustSee.getOrDefault(timeline, Set.of()));
            });
            signals = h.backend.signals;
        }
        // Checked after close: a sync thread releases a batch's signals just after it publishes
        // the batch, so the owner may see the last report a moment before the last release.
        assertThat(signals).allSatisfy(s -> assertThat(s.releases).hasValue(1));
    }
}
