package org.jvirgl.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jvirgl.spi.FenceSignal;

/**
 * Every fence timeline of one renderer, and the fence half of the sync threads.
 *
 * <p>Three modes, fixed at init: {@link Mode#POLLING} (the owner's {@code poll()} checks
 * signals itself), {@link Mode#THREADED} (sync threads watch signals, move completed fences
 * to the timeline's signalled list and wake the poll fd; {@code poll()} only reports) and
 * {@link Mode#ASYNC} (sync threads report directly).
 *
 * <p>Timelines are independent: a sync thread checks the head of every timeline it owns
 * without blocking and only then blocks, for at most {@link #SLICE_NANOS}, on the oldest
 * unsignalled fence, so a fence that completes on a fast ring is seen within one slice even
 * while a slow ring's fence stays pending.
 */
final class FenceTimelines {
    enum Mode { POLLING, THREADED, ASYNC }

    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Fences per timeline a sync step looks at; the rest wait for the next step (bounds the copy). */
    static final int STEP_WINDOW = 64;

    private final Mode mode;
    private final LogSink log;
    private final Runnable wake;
    private final Consumer<List<FenceReport>> asyncDelivery;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    /** Held by a sync thread while it touches signals; dropping a fence takes it so no await races a release. */
    private final ReentrantLock[] inFlight;
    private final Map<TimelineId, Timeline> timelines = new LinkedHashMap<>();
    /** Owners whose sync thread could not run: their signals are checked by poll() instead. */
    private final boolean[] unwatched;
    private long sequence;
    private boolean stopping;

    FenceTimelines(int owners, Mode mode, LogSink log, Runnable wake, Consumer<List<FenceReport>> asyncDelivery) {
        this.mode = mode;
        this.log = log;
        this.wake = wake;
        this.asyncDelivery = asyncDelivery;
        this.inFlight = new ReentrantLock[Math.max(1, owners)];
        this.unwatched = new boolean[inFlight.length];
        for (int i = 0; i < inFlight.length; i++) {
            inFlight[i] = new ReentrantLock();
        }
    }

    Mode mode() {
        return mode;
    }

    /** Queues a fence at the end of its timeline (owner thread). */
    void add(TimelineId id, int owner, long fenceId, boolean mergeable, FenceSignal signal) {
        lock.lock();
        try {
            Timeline t = timelines.computeIfAbsent(id, k -> new Timeline(k, owner));
            t.pending.addLast(new Timeline.Fence(fenceId, mergeable, signal, sequence++));
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Retires what has completed on the selected timelines and returns what to report
     * (owner thread). In polling mode this checks the signals; otherwise it takes what the
     * sync threads saw.
     */
    List<FenceReport> retire(Predicate<TimelineId> which) {
        List<FenceReport> reports = new ArrayList<>();
        List<FenceSignal> toRelease = new ArrayList<>();
        lock.lock();
        try {
            for (Timeline t : timelines.values()) {
                if (!which.test(t.id())) {
                    continue;
                }
                List<Timeline.Fence> retired = new ArrayList<>(t.signalled);
                t.signalled.clear();
                if (mode == Mode.POLLING || unwatched[t.owner()]) {
                    while (!t.pending.isEmpty() && isSignalled(t.pending.peekFirst().signal())) {
                        Timeline.Fence f = t.pending.removeFirst();
                        retired.add(f);
                        toRelease.add(f.signal());
                    }
                }
                reports.addAll(Timeline.reports(t.id(), retired));
            }
        } finally {
            lock.unlock();
        }
        toRelease.forEach(this::release);
        return reports;
    }

    /** Drops the selected timelines' fences unreported (context destroy), releasing their signals. */
    void drop(Predicate<TimelineId> which) {
        List<Integer> owners = new ArrayList<>();
        lock.lock();
        try {
            for (Timeline t : timelines.values()) {
                if (which.test(t.id()) && !owners.contains(t.owner())) {
                    owners.add(t.owner());
                }
            }
        } finally {
            lock.unlock();
        }
        owners.sort(null); // a fixed order, so two droppers could never deadlock on these locks
        owners.forEach(o -> inFlight[o].lock());
        List<FenceSignal> toRelease = new ArrayList<>();
        try {
            lock.lock();
            try {
                var it = timelines.values().iterator();
                while (it.hasNext()) {
                    Timeline t = it.next();
                    if (which.test(t.id())) {
                        t.pending.forEach(f -> toRelease.add(f.signal()));
                        it.remove();
                    }
                }
            } finally {
                lock.unlock();
            }
            toRelease.forEach(this::release);
        } finally {
            owners.reversed().forEach(o -> inFlight[o].unlock());
        }
    }

    /**
     * Degrades an owner whose sync thread failed (its backend could not bind the thread) to
     * checking signals in poll(): slower, but its fences still retire instead of hanging.
     */
    void unwatch(int owner) {
        lock.lock();
        try {
            unwatched[owner] = true;
        } finally {
            lock.unlock();
        }
        wake.run();
    }

    /** Whether poll() left fences that only a later poll() can notice (no sync thread watches them). */
    boolean hasUnwatchedPending() {
        lock.lock();
        try {
            for (Timeline t : timelines.values()) {
                if (unwatched[t.owner()] && !t.pending.isEmpty()) {
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Makes sync threads leave {@link #syncStep} (they also get interrupted by their owner). */
    void stop() {
        lock.lock();
        try {
            stopping = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Lets newly started sync threads run again after {@link #stop()}. */
    void restart() {
        lock.lock();
        try {
            stopping = false;
            java.util.Arrays.fill(unwatched, false);
        } finally {
            lock.unlock();
        }
    }

    /**
     * One round of a sync thread for backend {@code owner}: waits for pending fences, moves
     * completed ones on, or blocks one slice on the oldest. Returns false once stopped.
     */
    boolean syncStep(int owner) {
        if (!awaitWork(owner)) {
            return false;
        }
        List<FenceReport> reports = new ArrayList<>();
        boolean moved;
        inFlight[owner].lock();
        try {
            List<Timeline> watched = new ArrayList<>();
            List<List<Timeline.Fence>> heads = new ArrayList<>();
            snapshotHeads(owner, watched, heads);
            int[] done = new int[watched.size()];
            Timeline.Fence oldestPending = countSignalled(heads, done);
            moved = java.util.Arrays.stream(done).anyMatch(n -> n > 0);
            if (moved) {
                retireCounted(watched, done, reports);
            } else if (oldestPending != null) {
                awaitQuietly(oldestPending.signal(), SLICE_NANOS);
            }
        } catch (InterruptedException e) {
            return !isStopping(); // nothing was popped: the next step sees the same fences
        } finally {
            inFlight[owner].unlock();
        }
        if (moved) {
            if (mode == Mode.ASYNC) {
                asyncDelivery.accept(reports);
            } else {
                wake.run();
            }
        }
        return true;
    }

    /** Blocks until {@code owner} has pending fences; false when stopping. */
    private boolean awaitWork(int owner) {
        lock.lock();
        try {
            while (!stopping && !hasPending(owner)) {
                work.await();
            }
            return !stopping;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** The first {@link #STEP_WINDOW} pending fences of each of {@code owner}'s busy timelines. */
    private void snapshotHeads(int owner, List<Timeline> watched, List<List<Timeline.Fence>> heads) {
        lock.lock();
        try {
            for (Timeline t : timelines.values()) {
                if (t.owner() == owner && !t.pending.isEmpty()) {
                    watched.add(t);
                    heads.add(t.pending.stream().limit(STEP_WINDOW).toList());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Without blocking, counts per timeline how many leading fences are signalled (into
     * {@code done}); returns the oldest fence found unsignalled, or null.
     */
    private Timeline.Fence countSignalled(List<List<Timeline.Fence>> heads, int[] done) throws InterruptedException {
        Timeline.Fence oldest = null;
        for (int i = 0; i < heads.size(); i++) {
            for (Timeline.Fence f : heads.get(i)) {
                if (!awaitQuietly(f.signal(), 0)) {
                    if (oldest == null || f.sequence() < oldest.sequence()) {
                        oldest = f;
                    }
                    break;
                }
                done[i]++;
            }
        }
        return oldest;
    }

    /**
     * Pops the counted fences: straight into reports (ASYNC) or onto the signalled lists for
     * poll(). They are still at the front: only this thread pops, and droppers need inFlight.
     */
    private void retireCounted(List<Timeline> watched, int[] done, List<FenceReport> reports) {
        List<FenceSignal> toRelease = new ArrayList<>();
        lock.lock();
        try {
            for (int i = 0; i < watched.size(); i++) {
                Timeline t = watched.get(i);
                List<Timeline.Fence> retired = new ArrayList<>();
                for (int k = 0; k < done[i]; k++) {
                    Timeline.Fence f = t.pending.removeFirst();
                    retired.add(f);
                    toRelease.add(f.signal());
                }
                if (mode == Mode.ASYNC) {
                    reports.addAll(Timeline.reports(t.id(), retired));
                } else {
                    t.signalled.addAll(retired);
                }
            }
        } finally {
            lock.unlock();
        }
        toRelease.forEach(this::release);
    }

    /** Forgets everything (reset/cleanup, with sync threads stopped), releasing pending signals. */
    void clear() {
        drop(id -> true);
    }

    private boolean isStopping() {
        lock.lock();
        try {
            return stopping;
        } finally {
            lock.unlock();
        }
    }

    private boolean hasPending(int owner) {
        for (Timeline t : timelines.values()) {
            if (t.owner() == owner && !t.pending.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A signal that throws is a backend bug: log it and let the fence retire rather than hang the guest. */
    private boolean isSignalled(FenceSignal signal) {
        try {
            return signal.isSignalled();
        } catch (RuntimeException e) {
            log.error("fence signal failed, retiring the fence: " + e);
            return true;
        }
    }

    private boolean awaitQuietly(FenceSignal signal, long nanos) throws InterruptedException {
        try {
            return signal.await(nanos);
        } catch (RuntimeException e) {
            log.error("fence signal failed, retiring the fence: " + e);
            return true;
        }
    }

    private void release(FenceSignal signal) {
        try {
            signal.release();
        } catch (RuntimeException e) {
            log.error("fence signal release failed: " + e);
        }
    }
}
