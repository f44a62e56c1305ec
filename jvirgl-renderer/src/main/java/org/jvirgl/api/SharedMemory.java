package org.jvirgl.api;

import java.lang.foreign.MemorySegment;

/**
 * Guest-visible memory shared by file descriptor: a memfd mapped {@code MAP_SHARED}. This is how
 * vtest hands resource backing to its client and how a vhost-user front end shares guest RAM;
 * slices of {@link #segment()} are what the renderer takes as iov backing.
 */
public interface SharedMemory extends AutoCloseable {

    /** A new sealed-size-capable memfd of {@code size} bytes, mapped read/write. */
    static SharedMemory create(String name, long size) {
        return org.jvirgl.sys.Memfd.create(name, size);
    }

    /** Maps an existing fd (not taken over: the caller still owns it). */
    static SharedMemory map(int fd, long offset, long size) {
        return org.jvirgl.sys.Memfd.map(fd, offset, size);
    }

    /**
     * The descriptor; stays owned by this object and is closed with it. -1 for mappings of a
     * caller's descriptor and after {@link #releaseFd()}.
     */
    int fd();

    /**
     * Closes the descriptor now, keeping the mapping (and {@link #segment()}) valid until
     * {@link #close()}. A server that has handed the descriptor to its peer calls this so a
     * client with thousands of resources does not hold thousands of descriptors. Idempotent.
     */
    void releaseFd();

    /**
     * A new descriptor for this memory, owned by the caller (e.g. for a blob export): a dup while
     * the descriptor is held, otherwise reopened from the mapping through
     * {@code /proc/self/map_files}, which Linux allows only with CAP_SYS_ADMIN (or, from 5.9,
     * CAP_CHECKPOINT_RESTORE).
     *
     * @throws org.jvirgl.sys.LinuxException when no descriptor can be produced
     */
    int exportFd();

    long size();

    MemorySegment segment();

    /** Unmaps and closes the descriptor. */
    @Override
    void close();
}
