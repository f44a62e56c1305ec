package org.jvirgl.vtest.server;

import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.vtest.protocol.VtestProtocol;

/**
 * Everything {@code jvirgl vtest} was asked to do.
 *
 * @param socketPath  where to listen
 * @param mode        how clients are scheduled
 * @param replayFile  a recorded client stream to replay instead of listening, or null
 * @param rendererFlags flags for every client's renderer
 * @param renderNode  DRM render node for the renderer, or null
 * @param logLevel    the lowest priority printed
 * @param stats       print per-client counters on disconnect
 * @param saveFile    record every byte clients send into this file (VTEST_SAVE), or null
 * @param maxProtocolVersion the newest protocol version offered (lower it to test old paths)
 */
public record ServerOptions(String socketPath, ServeMode mode, boolean multiClients, String replayFile,
        Set<RendererFlag> rendererFlags, String renderNode, LogPriority logLevel, boolean stats, String saveFile,
        int maxProtocolVersion) {
    public ServerOptions {
        rendererFlags = Set.copyOf(rendererFlags);
        if (maxProtocolVersion < 0 || maxProtocolVersion > VtestProtocol.MAX_PROTOCOL_VERSION) {
            throw new IllegalArgumentException("protocol version " + maxProtocolVersion + " is not 0.."
                    + VtestProtocol.MAX_PROTOCOL_VERSION);
        }
    }
}
