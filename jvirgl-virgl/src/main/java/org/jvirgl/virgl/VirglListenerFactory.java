package org.jvirgl.virgl;

import org.jvirgl.wire.VirglCommandListener;

/**
 * Makes the command executor (the wire decoder's listener) of a new VirGL context. The
 * backend's default builds the GL executor; tests substitute their own.
 */
@FunctionalInterface
public interface VirglListenerFactory {
    VirglCommandListener create(VirglContext context);
}
