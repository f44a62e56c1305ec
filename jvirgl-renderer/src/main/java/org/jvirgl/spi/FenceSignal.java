package org.jvirgl.spi;

/**
 * Completion of the work a fence covers, as the backend observes it (a GL fence sync for VirGL).
 * The core's fence timelines retire fences from these signals.
 */
public interface FenceSignal {

    /** Non-blocking check, from the owner thread. */
    boolean isSignalled();

    /** Blocks up to {@code timeoutNanos} on a sync thread; true once signalled. */
    boolean await(long timeoutNanos) throws InterruptedException;

    /**
     * Releases host objects (the GL sync); called once, after the fence is retired or dropped,
     * on the thread that retired it (a sync thread under THREAD_SYNC) or on the owner thread.
     * Never called while another thread is inside {@link #await}.
     */
    default void release() {
    }

    /** A fence with nothing to wait for. */
    FenceSignal SIGNALLED = new FenceSignal() {
        @Override
        public boolean isSignalled() {
            return true;
        }

        @Override
        public boolean await(long timeoutNanos) {
            return true;
        }
    };
}
