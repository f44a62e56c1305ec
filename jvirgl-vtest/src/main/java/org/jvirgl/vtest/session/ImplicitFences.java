package org.jvirgl.vtest.session;

/**
 * The fence created after every SUBMIT_CMD. BUSY_WAIT ignores its handle and reports "busy"
 * while the newest of these fences has not retired (upstream semantics: busy is per
 * connection, not per resource). Fence retirement may be reported from a sync thread.
 */
final class ImplicitFences {
    private int submitted;
    private volatile int retired;

    /** The id for the next implicit fence. */
    int next() {
        return ++submitted;
    }

    /** Fence ids are 32-bit and coalesced: "id N retired" retires every older id too. */
    void retired(int fenceId) {
        retired = fenceId;
    }

    boolean busy() {
        return retired != submitted;
    }

    int submittedCount() {
        return submitted;
    }
}
