package org.jvirgl.spi;

import java.lang.foreign.MemorySegment;
import org.jvirgl.api.VirglException;

/** The backend half of a renderer context ({@code struct virgl_context}'s vtable). */
public interface BackendContext extends AutoCloseable {

    /**
     * Decodes and runs a command stream. Bad guest input must not throw: the backend records
     * the error (see {@link #error()}), logs it once, and stops the batch.
     */
    void submit(MemorySegment commands);

    /** The first guest-input error, or null. */
    String error();

    /** Makes a resource visible to this context's command stream under its handle. */
    void attach(ResourceView resource);

    void detach(int resHandle);

    /** A fence covering the work submitted so far on ring {@code ringIdx}. */
    FenceSignal createFence(int ringIdx);

    /** Rings this context accepts for fences (VirGL: 1, only ring 0). */
    default int ringCount() {
        return 1;
    }

    /**
     * Host storage for a HOST3D / HOST3D_GUEST blob ({@code struct virgl_context}'s
     * {@code get_blob}). Refuse with a {@link VirglException} carrying the C code (upstream:
     * {@code -EINVAL} for an unknown blob id).
     */
    default BackendResource createBlob(int resHandle, long blobId, long size, int blobFlags) {
        throw new VirglException(-VirglException.EINVAL, "this context has no host blobs");
    }

    @Override
    void close();
}
