package org.jvirgl.core;

import java.util.Set;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.spi.Backend;
import org.jvirgl.spi.BackendEnvironment;
import org.jvirgl.spi.BackendProvider;

/** Registered in the test tree's META-INF/services, to prove discovery through ServiceLoader. */
public final class DiscoverableTestProvider implements BackendProvider {
    @Override
    public String name() {
        return "discoverable";
    }

    @Override
    public Set<Integer> capsets() {
        return Set.of(Capset.VIRGL2);
    }

    @Override
    public Set<RendererFlag> honouredFlags() {
        return Set.of(RendererFlag.USE_EGL);
    }

    @Override
    public boolean enabledBy(BackendEnvironment env) {
        return !env.has(RendererFlag.NO_VIRGL);
    }

    @Override
    public Backend start(BackendEnvironment env) {
        return new TestBackend(name());
    }
}
