package org.jvirgl.spi;

import java.util.Set;
import org.jvirgl.api.RendererFlag;

/**
 * A capset backend (VirGL, Venus, DRM …) as found by {@link java.util.ServiceLoader}. The core
 * asks each provider whether the init flags enable it and routes capsets to it by id.
 */
public interface BackendProvider {

    /** A short name for logs ("virgl"). */
    String name();

    /** The capset ids this backend serves. */
    Set<Integer> capsets();

    /** Whether the init flags ask for this backend (VirGL: unless NO_VIRGL). */
    boolean enabledBy(BackendEnvironment env);

    /**
     * The init flags this backend can honour beyond the ones the core handles itself
     * (THREAD_SYNC, ASYNC_FENCE_CB, NO_VIRGL): e.g. USE_EGL, USE_SURFACELESS, USE_GLES for VirGL.
     * A flag no provider honours makes init fail instead of being silently ignored.
     */
    default Set<RendererFlag> honouredFlags() {
        return Set.of();
    }

    /** Starts the backend; called on the renderer's owner thread. */
    Backend start(BackendEnvironment env);
}
