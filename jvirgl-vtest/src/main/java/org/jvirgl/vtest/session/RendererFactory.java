package org.jvirgl.vtest.session;

import java.util.Set;
import org.jvirgl.api.LogCallback;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;

/** Makes a client's renderer on the calling (client) thread, which becomes its owner. */
@FunctionalInterface
public interface RendererFactory {
    VirglRenderer create(Object cookie, Set<RendererFlag> flags, RendererCallbacks callbacks, LogCallback log);

    /** The library's own renderer, exactly as an emulator would create it. */
    static RendererFactory library() {
        return (cookie, flags, callbacks, log) -> VirglRenderer.builder()
                .cookie(cookie)
                .flags(flags)
                .callbacks(callbacks)
                .log(log, null, ignored -> { })
                .build();
    }
}
