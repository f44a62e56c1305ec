package org.jvirgl.vtest.session;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.vtest.protocol.VtestCommand;
import org.jvirgl.vtest.protocol.VtestProtocol;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceBusyWait;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitBatch;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitCmd2;
import org.jvirgl.vtest.protocol.VtestRequest.SyncPoint;

/**
 * SUBMIT_CMD (with its implicit fence), SUBMIT_CMD2 (batches, ring timelines, sync points) and
 * RESOURCE_BUSY_WAIT, which upstream answers per connection: busy while the newest implicit
 * fence has not retired, whatever handle is named.
 */
final class SubmitHandler {
    /** Re-check interval of a blocking busy-wait (a renderer without a poll fd is polled this often). */
    private static final long POLL_INTERVAL_NANOS = 50_000;
    private static final int POLL_FD_TIMEOUT_MS = 100;

    private final ClientSession session;

    SubmitHandler(ClientSession session) {
        this.session = session;
    }

    void submit(MemorySegment commands) throws IOException {
        if (!session.ensureContext()) {
            session.refuse("SUBMIT_CMD of " + commands.byteSize() / 4 + " dwords: no context");
            return;
        }
        VirglRenderer renderer = session.renderer();
        runCommands(renderer, commands, "SUBMIT_CMD");
        int fenceId = session.fences.next();
        try {
            renderer.createFence(fenceId, 0);
        } catch (RuntimeException e) {
            // Without its fence the submit would look busy forever; count it as done.
            session.fences.retired(fenceId);
            session.refuse("implicit fence " + fenceId + " refused: " + e.getMessage());
        }
    }

    private void runCommands(VirglRenderer renderer, MemorySegment commands, String what) {
        long start = System.nanoTime();
        try {
            renderer.submitCmd(ClientSession.CTX_ID, commands);
        } catch (RuntimeException e) {
            session.refuse(what + " of " + commands.byteSize() / 4 + " dwords refused: " + e.getMessage());
        } finally {
            session.stats().submit(System.nanoTime() - start);
        }
        session.checkContextHealth();
    }

    void submit2(SubmitCmd2 request) throws IOException {
        if (!session.ensureContext()) {
            session.refuse("SUBMIT_CMD2: no context");
            return;
        }
        VirglRenderer renderer = session.renderer();
        for (SubmitBatch batch : request.batches()) {
            List<SyncTable.Point> points = resolve(batch.syncs());
            if (points == null) {
                return;
            }
            runCommands(renderer, batch.commands(), "SUBMIT_CMD2 " + batch);
            if (points.isEmpty()) {
                continue;
            }
            if ((batch.flags() & VtestProtocol.SUBMIT_CMD2_FLAG_RING_IDX) == 0) {
                signal(points);
                continue;
            }
            long fenceId = session.timelines.enqueue(batch.ringIdx(), points);
            try {
                renderer.contextCreateFence(ClientSession.CTX_ID, VirglRenderer.FENCE_FLAG_MERGEABLE, batch.ringIdx(),
                        fenceId);
            } catch (RuntimeException e) {
                session.refuse("ring " + batch.ringIdx() + " fence refused, signalling at once: " + e.getMessage());
                session.timelines.retire(batch.ringIdx(), fenceId, session.syncs);
            }
        }
    }

    private List<SyncTable.Point> resolve(List<SyncPoint> syncs) {
        List<SyncTable.Point> points = new ArrayList<>(syncs.size());
        for (SyncPoint p : syncs) {
            SyncTable.Sync sync = session.syncs.get(p.syncId());
            if (sync == null) {
                session.refuse("SUBMIT_CMD2 names unknown sync " + Integer.toUnsignedString(p.syncId())
                        + "; the rest of the submission is dropped");
                return null;
            }
            points.add(new SyncTable.Point(sync, p.value()));
        }
        return points;
    }

    private void signal(List<SyncTable.Point> points) {
        for (SyncTable.Point p : points) {
            session.syncs.signal(p.sync(), p.value());
        }
    }

    void busyWait(ResourceBusyWait request) throws IOException {
        if (!session.contextReady() && request.handle() != 0) {
            // Upstream drops such a client; nothing was submitted yet, so "not busy" is the truth.
            session.refuse("RESOURCE_BUSY_WAIT on resource " + Integer.toUnsignedString(request.handle())
                    + " before any context exists");
        }
        boolean busy = session.fences.busy();
        if (busy && (request.flags() & VtestProtocol.BUSY_WAIT_FLAG_WAIT) != 0) {
            long start = System.nanoTime();
            waitUntilIdle(session.renderer());
            session.stats().busyWait(System.nanoTime() - start);
            busy = session.fences.busy();
        }
        session.replies.send(VtestCommand.RESOURCE_BUSY_WAIT, busy ? 1 : 0);
    }

    /**
     * Sleeps on the renderer's poll fd when it has one (thread sync), else polls in a loop. Gives
     * up only when the server is shutting down (then the reply says "busy").
     */
    private void waitUntilIdle(VirglRenderer renderer) throws IOException {
        while (session.fences.busy() && !session.interrupted()) {
            int pollFd = renderer.pollFd();
            if (pollFd >= 0) {
                Descriptors.awaitReadable(pollFd, POLL_FD_TIMEOUT_MS);
            } else {
                LockSupport.parkNanos(POLL_INTERVAL_NANOS);
            }
            renderer.poll();
        }
    }
}
