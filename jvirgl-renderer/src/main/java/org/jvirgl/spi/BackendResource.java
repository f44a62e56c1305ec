package org.jvirgl.spi;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.api.Box;
import org.jvirgl.api.ExportedBlob;
import org.jvirgl.api.MapCache;
import org.jvirgl.api.VirglException;

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

    /** A {@link MapCache} value; {@link MapCache#NONE} when the resource cannot be mapped. */
    default int mapInfo() {
        return MapCache.NONE;
    }

    /** Host memory of a mappable resource (a persistently mapped GL buffer, a host blob). */
    default MemorySegment map() {
        throw new VirglException(-VirglException.EINVAL, "resource is not mappable");
    }

    default void unmap() {
    }

    /** A caller-owned fd for the resource (dmabuf, opaque or shm), or a refusal. */
    default ExportedBlob export() {
        throw new VirglException(VirglException.EINVAL, "resource has no exportable fd");
    }

    /**
     * The answer to an EXPORT_QUERY execute request for this (typed) resource; the fds are
     * only opened when {@code exportFds}. Refuse when the host cannot describe its layout.
     */
    default ExportLayout exportQuery(boolean exportFds) {
        throw new VirglException(-VirglException.EINVAL, "resource layout cannot be exported");
    }

    @Override
    void close();
}
