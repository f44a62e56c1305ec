package org.jvirgl.core;

import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.spi.BackendEnvironment;

/** What backends see of their renderer instance. */
record CoreEnvironment(Object cookie, Set<RendererFlag> flags, RendererCallbacks callbacks, LogSink logSink)
        implements BackendEnvironment {

    CoreEnvironment {
        flags = Set.copyOf(flags);
    }

    @Override
    public void log(LogPriority priority, String message) {
        logSink.log(priority, message);
    }
}
