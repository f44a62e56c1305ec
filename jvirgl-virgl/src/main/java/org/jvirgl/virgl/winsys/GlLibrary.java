package org.jvirgl.virgl.winsys;

import org.lwjgl.egl.EGL;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.Configuration;

/**
 * Loads desktop OpenGL entry points once per process: through EGL's {@code eglGetProcAddress},
 * or through libGL's {@code glXGetProcAddress} when a GLX winsys is the first to need GL.
 *
 * <p>LWJGL keeps one process-wide GL function table; the loading is immutable after the first
 * call, so it is the only process-level state the backend has, and the first winsys picks the
 * source for every later one (with glvnd both sources hand out the same dispatch stubs, which
 * follow whichever API made the thread's context current). Explicit init is forced here so an
 * embedder that forgot {@code -Dorg.lwjgl.opengl.explicitInit=true} does not get libGL loaded
 * behind EGL's back.
 */
final class GlLibrary {

    /** Where the entry points are looked up. */
    enum Source {
        EGL,
        GLX
    }

    private static final Object LOCK = new Object();
    // Guarded by LOCK; set by the first load and kept for the process's life (failure: null
    // when GL loaded).
    private static boolean attempted;
    private static RuntimeException failure;

    private GlLibrary() {
    }

    /** Ensures GL is loaded (through EGL if nothing loaded it yet). */
    static void ensureLoaded() {
        ensureLoaded(Source.EGL);
    }

    /**
     * Ensures GL is loaded, through {@code source} if this is the first load in the process;
     * throws {@link IllegalStateException} with the cause if it cannot be.
     */
    static void ensureLoaded(Source source) {
        synchronized (LOCK) {
            if (!attempted) {
                attempted = true;
                failure = load(source);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static RuntimeException load(Source source) {
        try {
            Configuration.OPENGL_EXPLICIT_INIT.set(true);
            if (source == Source.GLX) {
                GL.create(); // libGL.so.1 with glXGetProcAddress
            } else {
                GL.create(EGL.getFunctionProvider());
            }
            return null;
        } catch (IllegalStateException alreadyLoaded) {
            // Someone in this process loaded GL before us (e.g. an embedder): contexts still
            // resolve through the same dispatch, so use what is there.
            return GL.getFunctionProvider() != null ? null : alreadyLoaded;
        } catch (RuntimeException | LinkageError e) {
            return new IllegalStateException("cannot load OpenGL through " + source + ": " + e, e);
        }
    }
}
