package org.jvirgl.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The THREAD_SYNC sync threads: one per backend, each bound to its backend first
 * ({@code bindSyncThread}, so a GL backend can make a shared context current) and then
 * running {@link FenceTimelines#syncStep} until stopped. Started at init and again after a
 * reset; {@link #stop()} joins them.
 */
final class SyncThreads {
    private final List<BackendSlot> slots;
    private final FenceTimelines fences;
    private final LogSink log;
    private final List<Thread> threads = new ArrayList<>();

    SyncThreads(List<BackendSlot> slots, FenceTimelines fences, LogSink log) {
        this.slots = slots;
        this.fences = fences;
        this.log = log;
    }

    void start() {
        fences.restart();
        for (BackendSlot slot : slots) {
            threads.add(Thread.ofPlatform()
                    .name("jvirgl-sync-" + slot.name())
                    .daemon(true)
                    .start(() -> run(slot)));
        }
    }

    private void run(BackendSlot slot) {
        AutoCloseable binding;
        try {
            binding = slot.backend().bindSyncThread();
        } catch (RuntimeException e) {
            log.error("backend " + slot.name() + " cannot bind a sync thread, its fences fall back to poll(): " + e);
            fences.unwatch(slot.index());
            return;
        }
        try (binding) {
            while (fences.syncStep(slot.index())) {
                // each step retires what completed or waits one slice
            }
        } catch (Exception e) {
            log.error("sync thread for " + slot.name() + " failed, its fences fall back to poll(): " + e);
            fences.unwatch(slot.index());
        }
    }

    /** Stops and joins every sync thread; fences stay queued. */
    void stop() {
        fences.stop();
        threads.forEach(Thread::interrupt);
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // finish joining: leaving threads behind would race the reset
                }
            }
        }
        threads.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
