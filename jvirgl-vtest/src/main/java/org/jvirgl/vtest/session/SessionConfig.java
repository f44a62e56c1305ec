package org.jvirgl.vtest.session;

import java.util.Set;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.vtest.protocol.FrameLimits;

/**
 * What every client session of a server shares.
 *
 * @param rendererFlags      flags for each client's renderer instance
 * @param maxProtocolVersion highest version offered (0 when shared memory is unusable)
 * @param timelineCount      GET_PARAM MAX_TIMELINE_COUNT answer (0 with VIRGL_DISABLE_MT)
 * @param renderNode         DRM render node handed to the renderer, or null
 * @param stats              print per-client counters on disconnect
 */
public record SessionConfig(Set<RendererFlag> rendererFlags, FrameLimits limits, int maxProtocolVersion,
        int timelineCount, String renderNode, boolean stats) {
    public SessionConfig {
        rendererFlags = Set.copyOf(rendererFlags);
    }
}
