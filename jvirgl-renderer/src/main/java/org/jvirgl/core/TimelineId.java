package org.jvirgl.core;

/**
 * A fence timeline: (ctxId, ringIdx) for context fences, or the single global timeline of
 * {@code virgl_renderer_create_fence}.
 */
record TimelineId(int ctxId, int ringIdx) {
    static final TimelineId GLOBAL = new TimelineId(0, -1);

    boolean isGlobal() {
        return ringIdx < 0;
    }
}
