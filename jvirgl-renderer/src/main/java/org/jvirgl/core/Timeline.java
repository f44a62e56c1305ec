package org.jvirgl.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jvirgl.spi.FenceSignal;

/**
 * The fences of one timeline in creation order. {@code pending} fences wait for their
 * signal; {@code signalled} ones were seen complete by a sync thread and wait for
 * {@code poll()} to report them. Guarded by the owning {@link FenceTimelines}' lock.
 */
final class Timeline {
    /** One fence: its id, whether its report may be merged into a newer one, and its completion. */
    record Fence(long id, boolean mergeable, FenceSignal signal, long sequence) {
    }

    private final TimelineId id;
    private final int owner;
    final ArrayDeque<Fence> pending = new ArrayDeque<>();
    final ArrayDeque<Fence> signalled = new ArrayDeque<>();

    Timeline(TimelineId id, int owner) {
        this.id = id;
        this.owner = owner;
    }

    TimelineId id() {
        return id;
    }

    /** Index of the backend whose sync thread watches this timeline. */
    int owner() {
        return owner;
    }

    boolean isIdle() {
        return pending.isEmpty() && signalled.isEmpty();
    }

    /**
     * The reports for fences retired together, oldest first: a mergeable fence is folded into
     * the next retired one (reporting the newer id covers it); the newest and every
     * non-mergeable fence are always reported.
     */
    static List<FenceReport> reports(TimelineId timeline, List<Fence> retired) {
        List<FenceReport> out = new ArrayList<>();
        for (int i = 0; i < retired.size(); i++) {
            Fence f = retired.get(i);
            boolean last = i == retired.size() - 1;
            if (last || !f.mergeable()) {
                out.add(new FenceReport(timeline, f.id()));
            }
        }
        return out;
    }
}
