package org.jvirgl.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.spi.BackendProvider;

/** One renderer over a {@link TestBackend}, built through the core's injectable factory. */
final class Harness implements AutoCloseable {
    record Logged(LogPriority priority, String message) {
    }

    final Object cookie = new Object();
    final TestBackend backend = new TestBackend("test");
    final RecordingCallbacks callbacks;
    final List<Logged> log = java.util.Collections.synchronizedList(new ArrayList<>());
    final RendererCore renderer;

    Harness(Set<RendererFlag> flags) {
        this(flags, Map.of());
    }

    Harness(Set<RendererFlag> flags, Map<String, String> environment) {
        this(flags, environment, null);
    }

    Harness(Set<RendererFlag> flags, Map<String, String> environment, List<BackendProvider> providers) {
        this(flags, environment, providers, new RecordingCallbacks());
    }

    Harness(Set<RendererFlag> flags, Map<String, String> environment, List<BackendProvider> providers,
            RecordingCallbacks callbacks) {
        this.callbacks = callbacks;
        var builder = VirglRenderer.builder().cookie(cookie)
                .flags(flags.isEmpty() ? EnumSet.noneOf(RendererFlag.class) : EnumSet.copyOf(flags))
                .callbacks(callbacks)
                .log((p, m, u) -> log.add(new Logged(p, m)), null, null);
        renderer = RendererCore.create(builder, environment::get,
                providers != null ? providers : List.of(backend.virglLike()));
    }

    static Harness plain() {
        return new Harness(Set.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS));
    }

    @Override
    public void close() {
        renderer.cleanup();
    }
}
