package org.jvirgl.core;

import org.jvirgl.api.RendererBuilder;
import org.jvirgl.api.VirglException;
import org.jvirgl.api.VirglRenderer;

/** The renderer core: owns contexts, resources and fence timelines of one instance. */
public final class RendererCore {
    private RendererCore() {
    }

    public static VirglRenderer create(RendererBuilder builder) {
        throw new VirglException(VirglException.ENOSYS, "renderer core not implemented yet");
    }
}
