package org.jvirgl.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jvirgl.spi.FenceSignal;

/** A fence signal the test completes explicitly; counts releases to catch double frees. */
final class TestSignal implements FenceSignal {
    private final CountDownLatch done = new CountDownLatch(1);
    final AtomicInteger releases = new AtomicInteger();
    final String label;

    TestSignal(String label) {
        this.label = label;
    }

    void complete() {
        done.countDown();
    }

    @Override
    public boolean isSignalled() {
        return done.getCount() == 0;
    }

    @Override
    public boolean await(long timeoutNanos) throws InterruptedException {
        return done.await(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void release() {
        releases.incrementAndGet();
    }

    @Override
    public String toString() {
        return "TestSignal[" + label + "]";
    }
}
