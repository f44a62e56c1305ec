package org.jvirgl.virgl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.spi.BackendEnvironment;

/** A backend environment for tests: given flags, default callbacks, logs collected. */
public final class TestEnvironment implements BackendEnvironment {

    private final Set<RendererFlag> flags;
    private final RendererCallbacks callbacks;
    public final List<String> logs = Collections.synchronizedList(new ArrayList<>());

    public TestEnvironment(RendererFlag... flags) {
        this(new RendererCallbacks() { }, flags);
    }

    public TestEnvironment(RendererCallbacks callbacks, RendererFlag... flags) {
        this.callbacks = callbacks;
        this.flags = flags.length == 0 ? EnumSet.noneOf(RendererFlag.class) : EnumSet.of(flags[0], flags);
    }

    @Override
    public Object cookie() {
        return this;
    }

    @Override
    public Set<RendererFlag> flags() {
        return flags;
    }

    @Override
    public RendererCallbacks callbacks() {
        return callbacks;
    }

    @Override
    public void log(LogPriority priority, String message) {
        logs.add(priority + ": " + message);
    }
}
