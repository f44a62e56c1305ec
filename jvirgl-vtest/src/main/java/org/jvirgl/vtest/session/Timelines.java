package org.jvirgl.vtest.session;

import java.util.ArrayDeque;
import java.util.List;
import org.jvirgl.vtest.protocol.VtestProtocol;

/**
 * SUBMIT_CMD2 batches with a ring index: their sync points are signalled when the renderer
 * retires the context fence created for the batch on that ring. Fence ids are one increasing
 * sequence per client; a retired id retires every older submit on the same ring.
 */
final class Timelines {
    private record Submit(long fenceId, List<SyncTable.Point> points) {
    }

    @SuppressWarnings("unchecked")
    private final ArrayDeque<Submit>[] rings = new ArrayDeque[VtestProtocol.MAX_TIMELINE_COUNT];
    private long nextFenceId = 1;

    /** Queues a batch's points on {@code ring}; returns the fence id to create for it. */
    long enqueue(int ring, List<SyncTable.Point> points) {
        if (rings[ring] == null) {
            rings[ring] = new ArrayDeque<>();
        }
        long id = nextFenceId++;
        rings[ring].addLast(new Submit(id, List.copyOf(points)));
        return id;
    }

    /** The renderer retired {@code fenceId} on {@code ring}: signal it and everything older there. */
    void retire(int ring, long fenceId, SyncTable syncs) {
        if (ring < 0 || ring >= rings.length || rings[ring] == null) {
            return;
        }
        ArrayDeque<Submit> queue = rings[ring];
        while (!queue.isEmpty() && Long.compareUnsigned(queue.peekFirst().fenceId(), fenceId) <= 0) {
            for (SyncTable.Point p : queue.pollFirst().points()) {
                syncs.signal(p.sync(), p.value());
            }
        }
    }
}
