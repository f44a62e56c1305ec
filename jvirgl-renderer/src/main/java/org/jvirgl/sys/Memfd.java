package org.jvirgl.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jvirgl.api.SharedMemory;

/**
 * {@link SharedMemory} over memfd_create + mmap. The mapping lives in its own shared arena so
 * any thread (a vtest client thread, the renderer thread) can read it; {@link #close()} unmaps.
 */
@SuppressWarnings("restricted") // native access is this package's purpose
public final class Memfd implements SharedMemory {
    private final int fd;
    private final long size;
    private final Arena arena;
    private final MemorySegment segment;

    private Memfd(int fd, long size, MemorySegment raw, long lead) {
        this.fd = fd;
        this.size = size;
        this.arena = Arena.ofShared();
        long address = raw.address();
        long mapped = lead + size;
        this.segment = raw.reinterpret(mapped, arena, ignored -> Libc.munmap(address, mapped)).asSlice(lead, size);
    }

    /** A new memfd of {@code size} bytes (sealing allowed), mapped read/write. */
    public static SharedMemory create(String name, long size) {
        if (size <= 0) {
            throw new IllegalArgumentException("memfd size must be positive: " + size);
        }
        int fd = Libc.memfdCreate(name, Libc.MFD_CLOEXEC | Libc.MFD_ALLOW_SEALING);
        try {
            Libc.ftruncate(fd, size);
            return new Memfd(fd, size, Libc.mmapShared(fd, 0, size), 0);
        } catch (RuntimeException e) {
            Libc.close(fd);
            throw e;
        }
    }

    /** Maps {@code size} bytes of an existing descriptor at {@code offset}; the fd stays the caller's. */
    public static SharedMemory map(int fd, long offset, long size) {
        if (size <= 0 || offset < 0) {
            throw new IllegalArgumentException("bad mapping range: offset " + offset + ", size " + size);
        }
        // mmap wants a page-aligned offset: map from the page start and hide the lead-in.
        long lead = offset % Libc.pageSize();
        return new Memfd(-1, size, Libc.mmapShared(fd, offset - lead, size + lead), lead);
    }

    @Override
    public int fd() {
        return fd;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public MemorySegment segment() {
        return segment;
    }

    @Override
    public synchronized void close() {
        if (arena.scope().isAlive()) {
            arena.close();
            Libc.close(fd);
        }
    }
}
