package org.jvirgl.virgl.winsys;

import org.lwjgl.egl.EGL;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.Configuration;

/**
 * Loads desktop OpenGL entry points through EGL's {@code eglGetProcAddress}, once per process.
 *
 * <p>LWJGL keeps one process-wide GL function table; the loading is immutable after the first
 * call, so it is the only process-level state the backend has. Explicit init is forced here so
 * an embedder that forgot {@code -Dorg.lwjgl.opengl.explicitInit=true} does not get libGL
 * (GLX) loaded behind EGL's back.
 */
final class GlLibrary {

    private GlLibrary() {
    }

    /** Ensures GL is loaded; throws {@link IllegalStateException} with the cause if it cannot be. */
    static void ensureLoaded() {
        Holder.check();
    }

    private static final class Holder {
        private static final RuntimeException FAILURE = load();

        private static RuntimeException load() {
            try {
                Configuration.OPENGL_EXPLICIT_INIT.set(true);
                GL.create(EGL.getFunctionProvider());
                return null;
            } catch (IllegalStateException alreadyLoaded) {
                // Someone in this process loaded GL before us (e.g. an embedder): EGL-made
                // contexts still resolve through the same dispatch, so use what is there.
                return GL.getFunctionProvider() != null ? null : alreadyLoaded;
            } catch (RuntimeException | LinkageError e) {
                return new IllegalStateException("cannot load OpenGL through EGL: " + e, e);
            }
        }

        static void check() {
            if (FAILURE != null) {
                throw FAILURE;
            }
        }
    }
}
