package org.jvirgl.api;

/**
 * What the renderer asks of its embedder: the Java form of {@code struct virgl_renderer_callbacks}.
 * Every method has a default, so adding a callback never breaks an embedder (the C struct's
 * version number becomes plain interface evolution).
 *
 * <p>Callbacks run on the renderer's owning thread, except fence callbacks when
 * {@link RendererFlag#ASYNC_FENCE_CB} is in effect: those run on sync threads and must be
 * thread safe.
 */
public interface RendererCallbacks {

    /** A global fence (and every fence created before it) has retired. */
    default void writeFence(Object cookie, int fenceId) {
    }

    /** A fence on the timeline (ctxId, ringIdx) has retired, and so has every older fence on it. */
    default void writeContextFence(Object cookie, int ctxId, int ringIdx, long fenceId) {
    }

    /**
     * Whether this embedder manages GL contexts itself (create/destroy/makeCurrent below). When
     * true, the renderer neither opens EGL nor GLX and asks for contexts through these methods.
     */
    default boolean providesGlContexts() {
        return false;
    }

    /**
     * Creates a GL context; returns an opaque non-zero handle (for EGL, the {@code EGLContext}).
     * {@code params.shared()} asks for sharing with the current context.
     */
    default long createGlContext(Object cookie, int scanoutIdx, GlContextParams params) {
        return 0;
    }

    default void destroyGlContext(Object cookie, long glContext) {
    }

    /** Makes a context current on the calling thread; returns 0 on success. */
    default int makeCurrent(Object cookie, int scanoutIdx, long glContext) {
        return -1;
    }

    /** The {@code EGLDisplay} behind embedder-made contexts, or 0 if not EGL. */
    default long getEglDisplay(Object cookie) {
        return 0;
    }

    /** An open DRM render node for sandboxed operation, or -1 to let the renderer open one. */
    default int getDrmFd(Object cookie) {
        return -1;
    }

    /** A socket connected to a running render server, or -1 to let the renderer spawn one. */
    default int getServerFd(Object cookie, int version) {
        return -1;
    }
}
