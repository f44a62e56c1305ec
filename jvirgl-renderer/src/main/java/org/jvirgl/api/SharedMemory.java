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

    /** The descriptor; stays owned by this object and is closed with it (-1 for mapped ones). */
    int fd();

    long size();

    MemorySegment segment();

    /** Unmaps and closes the descriptor. */
    @Override
    void close();
}
