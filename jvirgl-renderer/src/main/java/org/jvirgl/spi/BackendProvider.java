package org.jvirgl.spi;

import java.util.Set;

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

    /** Starts the backend; called on the renderer's owner thread. */
    Backend start(BackendEnvironment env);
}
