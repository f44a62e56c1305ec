package org.jvirgl.core;

/** A retirement to tell the embedder: this fence and every older one of its timeline are done. */
record FenceReport(TimelineId timeline, long fenceId) {
}
