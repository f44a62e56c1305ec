package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;
import org.junit.jupiter.api.Test;

/** The public entry point finds backends with ServiceLoader (META-INF/services on the class path). */
class DiscoveryTest {

    @Test
    void initThroughThePublicApiFindsTheRegisteredBackend() {
        try (VirglRenderer r = VirglRenderer.init(new Object(), Set.of(RendererFlag.USE_EGL), new RendererCallbacks() { })) {
            assertThat(r.getCapSet(Capset.VIRGL2)).isEqualTo(new CapsetInfo(2, TestBackend.CAPS_SIZE * 2));
            r.createContext(1, "found");
        }
    }

    @Test
    void noVirglDisablesTheDiscoveredBackend() {
        try (VirglRenderer r = VirglRenderer.init(new Object(), Set.of(RendererFlag.NO_VIRGL), new RendererCallbacks() { })) {
            assertThat(r.getCapSet(Capset.VIRGL2)).isEqualTo(CapsetInfo.NONE);
        }
    }
}
