package org.jvirgl.virgl.winsys;

/**
 * Where host GL contexts come from: an EGL display or an X display (GLX) jvirgl opens itself,
 * or the embedder's context callbacks. All contexts a winsys makes after the root share
 * objects with the root.
 *
 * <p>Implementations are used from the renderer's owner thread, except {@link #makeCurrent}
 * and {@link #releaseCurrent}, which the sync thread calls for its own context.
 */
public sealed interface GlWinsys extends AutoCloseable permits EglWinsys, GlxWinsys, EmbedderWinsys {

    /**
     * Creates a context of the given version and profile, sharing objects with
     * {@code shareWith} (0 for none). Returns 0 if the host cannot make such a context.
     */
    long createContext(GlVersion version, GlProfile profile, long shareWith);

    void destroyContext(long context);

    /** Makes {@code context} current on the calling thread; false if the winsys refused. */
    boolean makeCurrent(long context);

    /** Leaves the calling thread with no current context. */
    void releaseCurrent();

    /** The EGLDisplay behind the contexts, or 0 when not EGL (embedder GLX contexts). */
    long eglDisplay();

    /** A short description for logs ("EGL surfaceless", "embedder callbacks"). */
    String describe();

    @Override
    void close();
}
