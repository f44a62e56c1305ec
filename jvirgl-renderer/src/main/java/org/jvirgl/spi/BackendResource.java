package org.jvirgl.spi;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.api.Box;

/** A backend's host storage for a classic resource (a GL texture or buffer for VirGL). */
public interface BackendResource extends AutoCloseable {

    /** Copies guest memory into the resource (the core checked handle, context and iov presence). */
    void write(int level, int stride, int layerStride, Box box, long offset, List<MemorySegment> iov);

    /** Copies the resource into guest memory. */
    void read(int level, int stride, int layerStride, Box box, long offset, List<MemorySegment> iov);

    /** Host GL texture name, 0 if none. */
    default int glTextureName() {
        return 0;
    }

    /** Level-0 row pitch in bytes as the guest lays it out. */
    default int stride() {
        return 0;
    }

    @Override
    void close();
}
