package org.jvirgl.virgl;

import java.util.Set;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.spi.Backend;
import org.jvirgl.spi.BackendEnvironment;
import org.jvirgl.spi.BackendProvider;
import org.jvirgl.virgl.exec.GlExecutorFactory;

/** Registers the VirGL backend (capsets VIRGL and VIRGL2), executing streams with the GL executor. */
public final class VirglBackendProvider implements BackendProvider {
    @Override
    public String name() {
        return "virgl";
    }

    @Override
    public Set<Integer> capsets() {
        return Set.of(Capset.VIRGL, Capset.VIRGL2);
    }

    /** Init flags the VirGL backend honours (the core refuses flags no backend honours). */
    @Override
    public Set<RendererFlag> honouredFlags() {
        return Set.of(RendererFlag.USE_EGL, RendererFlag.USE_GLX, RendererFlag.USE_SURFACELESS, RendererFlag.USE_GLES,
                RendererFlag.COMPAT_PROFILE, RendererFlag.USE_EXTERNAL_BLOB);
    }

    @Override
    public boolean enabledBy(BackendEnvironment env) {
        return !env.has(RendererFlag.NO_VIRGL);
    }

    @Override
    public Backend start(BackendEnvironment env) {
        return VirglBackend.start(env, new GlExecutorFactory());
    }
}
