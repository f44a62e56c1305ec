package org.jvirgl.spi;

import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;

/**
 * A running capset backend ({@code struct virgl_context} factory plus component-wide work).
 * Defaults answer "unsupported" so new backends implement only what they have.
 */
public interface Backend extends AutoCloseable {

    CapsetInfo capsetInfo(int capset);

    /** Fills {@code out} (already zeroed, {@code capsetInfo(capset).maxSize()} bytes, little-endian). */
    void fillCaps(int capset, int version, byte[] out);

    /** Creates the backend half of a context. */
    BackendContext createContext(int ctxId, int capset, String name);

    /** Host storage for a classic resource; arguments are already validated by the core. */
    default BackendResource createResource(ResourceCreateArgs args) {
        throw new VirglException(VirglException.EINVAL, "this backend has no classic resources");
    }

    /**
     * The block layout of a {@code VIRGL_FORMAT_*} value, or null if this backend does not know
     * the format. The core refuses classic resources whose format has no layout (upstream's
     * "format &gt;= VIRGL_FORMAT_MAX" rule) and bounds transfers with it.
     */
    default FormatBlock formatBlock(int virglFormat) {
        return null;
    }

    /**
     * A fence covering all work submitted so far on this backend (global fences). Returns an
     * already signalled fence when the backend has nothing in flight.
     */
    FenceSignal createGlobalFence();

    /**
     * Called first on every sync thread the core starts for this backend (THREAD_SYNC), so a
     * GL backend can make a shared context current there; closed when the thread ends.
     */
    default AutoCloseable bindSyncThread() {
        return () -> { };
    }

    /** Destroys all contexts' host state and resources; keeps the backend usable. */
    void reset();

    @Override
    void close();
}
