package org.jvirgl.spi;

import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;

/** What the core gives a backend: the init arguments and a log sink. */
public interface BackendEnvironment {
    Object cookie();

    Set<RendererFlag> flags();

    RendererCallbacks callbacks();

    /** Logs through the renderer's log callback (a no-op when none is set). */
    void log(LogPriority priority, String message);

    default boolean has(RendererFlag flag) {
        return flags().contains(flag);
    }
}
