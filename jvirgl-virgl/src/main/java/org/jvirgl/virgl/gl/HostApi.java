package org.jvirgl.virgl.gl;

/**
 * Which host API the process's GL contexts speak: desktop OpenGL (core or compatibility) or
 * OpenGL ES 3.1+ ({@code USE_GLES}).
 *
 * <p>Both run behind LWJGL's one desktop GL binding (every entry point resolves through
 * {@code eglGetProcAddress}, whose dispatch stubs follow the current context). What differs is
 * the set of entry points that exist: {@link HostGl} routes the desktop-only ones (direct
 * state access and a few fixed-function calls) to their ES forms. That routing is decided once
 * per process, by the first host that claims an API, so the JIT folds it away; a later host
 * asking for the other API is refused.
 */
public enum HostApi {
    DESKTOP_GL,
    GLES;

    private static final Object LOCK = new Object();
    private static HostApi claimed; // guarded by LOCK

    /**
     * Claims {@code api} for this process: succeeds when nothing was claimed yet or the same
     * API was; throws {@link IllegalStateException} naming both when the process already runs
     * the other one.
     */
    public static void claim(HostApi api) {
        synchronized (LOCK) {
            if (claimed == null) {
                claimed = api;
            } else if (claimed != api) {
                throw new IllegalStateException("this process already runs " + claimed
                        + " hosts; a " + api + " host needs its own process (one host API per process)");
            }
        }
    }

    /** The claimed API, claiming desktop GL if nothing was claimed yet. */
    static HostApi claimedOrDesktop() {
        synchronized (LOCK) {
            if (claimed == null) {
                claimed = DESKTOP_GL;
            }
            return claimed;
        }
    }

    /** The API claimed so far, or null. */
    public static HostApi current() {
        synchronized (LOCK) {
            return claimed;
        }
    }
}
