package org.jvirgl.vtest.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jvirgl.sys.EventFd;

/**
 * The v3 sync objects of one client: 64-bit counters the client creates, writes and waits on,
 * and that SUBMIT_CMD2 batches signal (at once, or when their ring's fence retires). A wait is
 * an eventfd handed to the client, made readable when its condition holds; waits that time
 * out are dropped the next time anything is signalled. Touched only by the client's thread.
 */
final class SyncTable implements AutoCloseable {

    /** A sync object; its value can move backwards (a client reset), which wakes nobody. */
    static final class Sync {
        final int id;
        long value;

        Sync(int id, long value) {
            this.id = id;
            this.value = value;
        }
    }

    /** A (sync, value) condition of a wait or a timeline submit. */
    record Point(Sync sync, long value) {
    }

    private static final class Wait {
        final EventFd fd;
        final boolean any;
        final long deadlineNanos;
        final List<Point> unmet;

        Wait(EventFd fd, boolean any, long deadlineNanos, List<Point> unmet) {
            this.fd = fd;
            this.any = any;
            this.deadlineNanos = deadlineNanos;
            this.unmet = unmet;
        }
    }

    private final Map<Integer, Sync> byId = new HashMap<>();
    private final List<Wait> waits = new ArrayList<>();
    private int nextId = 1;

    int create(long value) {
        while (nextId == 0 || byId.containsKey(nextId)) {
            nextId++;
        }
        Sync sync = new Sync(nextId++, value);
        byId.put(sync.id, sync);
        return sync.id;
    }

    Sync get(int id) {
        return byId.get(id);
    }

    boolean remove(int id) {
        return byId.remove(id) != null;
    }

    /** Sets a sync's value; a rise satisfies waits (upstream semantics: lowering wakes nobody). */
    void signal(Sync sync, long value) {
        boolean rose = Long.compareUnsigned(value, sync.value) > 0;
        sync.value = value;
        if (!rose) {
            return;
        }
        long now = System.nanoTime();
        for (Iterator<Wait> it = waits.iterator(); it.hasNext();) {
            Wait wait = it.next();
            if (now - wait.deadlineNanos > 0) {
                wait.fd.close();
                it.remove();
                continue;
            }
            int before = wait.unmet.size();
            wait.unmet.removeIf(p -> p.sync == sync && Long.compareUnsigned(p.value, value) <= 0);
            boolean progressed = wait.unmet.size() < before;
            if (wait.unmet.isEmpty() || (wait.any && progressed)) {
                wait.fd.signal();
                wait.fd.close();
                it.remove();
            }
        }
    }

    /** A wait between its registration and the moment its descriptor has been sent. */
    record Ticket(EventFd fd, boolean ready, boolean any, List<Point> unmet) {
    }

    /**
     * Evaluates a wait: points already met are dropped (as upstream does) and the eventfd is made
     * readable at once if the condition already holds. The caller sends {@code fd} and then calls
     * {@link #keepOrRelease}.
     */
    Ticket startWait(List<Point> points, boolean any, EventFd fd) {
        List<Point> unmet = new ArrayList<>();
        for (Point p : points) {
            if (Long.compareUnsigned(p.sync.value, p.value) < 0) {
                unmet.add(p);
            }
        }
        boolean ready = unmet.isEmpty() || (any && unmet.size() < points.size());
        if (ready) {
            fd.signal();
        }
        return new Ticket(fd, ready, any, unmet);
    }

    /** After the descriptor went out: keep watching it, or close our copy if nothing is left to do. */
    void keepOrRelease(Ticket ticket, int timeoutMs, boolean sent) {
        long timeout = Integer.toUnsignedLong(timeoutMs);
        if (!sent || ticket.ready() || timeout == 0) {
            ticket.fd().close();
            return;
        }
        // Over INT32_MAX ms counts as "forever" (upstream treats it the same way).
        long span = timeout > Integer.MAX_VALUE ? Long.MAX_VALUE / 4 : timeout * 1_000_000L;
        waits.add(new Wait(ticket.fd(), ticket.any(), System.nanoTime() + span, new ArrayList<>(ticket.unmet())));
    }

    int pendingWaits() {
        return waits.size();
    }

    @Override
    public void close() {
        for (Wait wait : waits) {
            wait.fd.close();
        }
        waits.clear();
        byId.clear();
    }
}
