package org.jvirgl.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglException;
import org.jvirgl.spi.BackendProvider;

/**
 * The started capset backends of one renderer and the capset → backend routing table.
 * Which flags can be honoured is asked of the providers, so a new backend (Venus, DRM) makes
 * its flags acceptable just by being on the module path.
 */
final class Backends {
    /** Flags the core implements itself, whatever the backends. */
    static final Set<RendererFlag> CORE_FLAGS =
            EnumSet.of(RendererFlag.THREAD_SYNC, RendererFlag.ASYNC_FENCE_CB, RendererFlag.NO_VIRGL);

    private final List<BackendSlot> slots;
    private final Map<Integer, BackendSlot> byCapset;

    private Backends(List<BackendSlot> slots) {
        this.slots = List.copyOf(slots);
        Map<Integer, BackendSlot> table = new HashMap<>();
        for (BackendSlot slot : slots) {
            for (Integer capset : slot.capsets()) {
                table.putIfAbsent(capset, slot); // first provider found wins a contested capset
            }
        }
        this.byCapset = Map.copyOf(table);
    }

    /** Refuses the requested flags if some flag is honoured neither by the core nor by any provider. */
    static void checkHonoured(Set<RendererFlag> requested, List<BackendProvider> providers) {
        EnumSet<RendererFlag> unhonoured = EnumSet.noneOf(RendererFlag.class);
        unhonoured.addAll(requested);
        unhonoured.removeAll(CORE_FLAGS);
        for (BackendProvider p : providers) {
            unhonoured.removeAll(p.honouredFlags());
        }
        if (!unhonoured.isEmpty()) {
            throw new VirglException(-1, "no backend in this build can honour " + unhonoured);
        }
    }

    /**
     * Starts every provider the flags enable. A flag set enabling none (NO_VIRGL alone) is
     * valid and yields no backends, as upstream.
     */
    static Backends start(List<BackendProvider> all, CoreEnvironment env) {
        List<BackendSlot> started = new ArrayList<>();
        try {
            for (BackendProvider p : all) {
                if (p.enabledBy(env)) {
                    started.add(new BackendSlot(started.size(), p.name(), p.capsets(), p.start(env)));
                }
            }
        } catch (RuntimeException e) {
            closeAll(started, env.logSink());
            if (e instanceof VirglException ve) {
                throw ve;
            }
            throw new VirglException(-1, "backend failed to start: " + e, e);
        }
        return new Backends(started);
    }

    List<BackendSlot> slots() {
        return slots;
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    /** The backend serving a capset, or null. */
    BackendSlot forCapset(int capset) {
        return byCapset.get(capset);
    }

    /** The backend that owns classic (typed) resources: the VirGL one, as upstream's vrend. */
    BackendSlot classicResources() {
        BackendSlot slot = byCapset.get(Capset.VIRGL2);
        return slot != null ? slot : byCapset.get(Capset.VIRGL);
    }

    void reset(LogSink log) {
        for (BackendSlot slot : slots) {
            try {
                slot.backend().reset();
            } catch (RuntimeException e) {
                log.error("backend " + slot.name() + " failed to reset: " + e);
            }
        }
    }

    void close(LogSink log) {
        closeAll(slots, log);
    }

    private static void closeAll(List<BackendSlot> slots, LogSink log) {
        for (BackendSlot slot : slots.reversed()) {
            try {
                slot.backend().close();
            } catch (RuntimeException e) {
                log.error("backend " + slot.name() + " failed to close: " + e);
            }
        }
    }
}
