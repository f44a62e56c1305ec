package org.jvirgl.core;

import java.util.List;
import org.jvirgl.spi.FenceSignal;

/**
 * A global fence covers all work on every backend: it is signalled once each backend's part
 * is. With one backend (the usual VirGL case) this is that backend's own signal.
 */
final class GlobalFenceSignal implements FenceSignal {
    private final List<FenceSignal> parts;

    private GlobalFenceSignal(List<FenceSignal> parts) {
        this.parts = List.copyOf(parts);
    }

    static FenceSignal of(List<FenceSignal> parts) {
        return parts.size() == 1 ? parts.getFirst() : new GlobalFenceSignal(parts);
    }

    @Override
    public boolean isSignalled() {
        for (FenceSignal p : parts) {
            if (!p.isSignalled()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean await(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        for (FenceSignal p : parts) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!p.await(left)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void release() {
        parts.forEach(FenceSignal::release);
    }
}
