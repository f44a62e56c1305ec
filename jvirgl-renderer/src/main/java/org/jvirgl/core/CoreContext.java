package org.jvirgl.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jvirgl.spi.BackendContext;

/** One renderer context: its capset, the backend half, and the resources attached to it. */
final class CoreContext {
    private final int id;
    private final int capset;
    private final BackendSlot backend;
    private final BackendContext backendContext;
    private final Map<Integer, CoreResource> attached = new LinkedHashMap<>();
    private String coreError;

    CoreContext(int id, int capset, BackendSlot backend, BackendContext backendContext) {
        this.id = id;
        this.capset = capset;
        this.backend = backend;
        this.backendContext = backendContext;
    }

    int id() {
        return id;
    }

    int capset() {
        return capset;
    }

    BackendSlot backend() {
        return backend;
    }

    BackendContext backendContext() {
        return backendContext;
    }

    boolean isAttached(int resHandle) {
        return attached.containsKey(resHandle);
    }

    void attach(CoreResource resource) {
        if (attached.putIfAbsent(resource.handle(), resource) == null) {
            backendContext.attach(resource);
        }
    }

    void detach(int resHandle) {
        if (attached.remove(resHandle) != null) {
            backendContext.detach(resHandle);
        }
    }

    /** Records a failure the core saw (a backend that threw); the first one wins. */
    void fail(String message) {
        if (coreError == null) {
            coreError = message;
        }
    }

    String error() {
        String backendError = backendContext.error();
        return backendError != null ? backendError : coreError;
    }

    void destroy() {
        for (Integer handle : attached.keySet().toArray(Integer[]::new)) {
            detach(handle);
        }
        backendContext.close();
    }
}
