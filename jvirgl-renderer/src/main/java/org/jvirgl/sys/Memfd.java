package org.jvirgl.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jvirgl.api.SharedMemory;

/**
 * {@link SharedMemory} over memfd_create + mmap. The mapping lives in its own shared arena so
 * any thread (a vtest client thread, the renderer thread) can read it; {@link #close()} unmaps.
 * The descriptor can be released early ({@link #releaseFd()}): a mapping keeps its memory alive
 * on its own, and an export re-derives a descriptor from the mapping.
 */
@SuppressWarnings("restricted") // native access is this package's purpose
public final class Memfd implements SharedMemory {
    private final long size;
    private final Arena arena;
    private final MemorySegment segment;
    /** The whole mapping (page-aligned start), which is what /proc/self/map_files names. */
    private final long mappedStart;
    private final long mappedLength;
    private final long lead;
    private int fd;

    private Memfd(int fd, long size, MemorySegment raw, long lead) {
        this.fd = fd;
        this.size = size;
        this.lead = lead;
        this.arena = Arena.ofShared();
        this.mappedStart = raw.address();
        this.mappedLength = lead + size;
        long start = mappedStart;
        long length = mappedLength;
        this.segment = raw.reinterpret(length, arena, ignored -> Libc.munmap(start, length)).asSlice(lead, size);
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
    public synchronized int fd() {
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
    public synchronized void releaseFd() {
        Libc.close(fd);
        fd = -1;
    }

    @Override
    public synchronized int exportFd() {
        if (!arena.scope().isAlive()) {
            throw new LinuxException("export of closed shared memory", Libc.EBADF);
        }
        if (fd >= 0) {
            return Libc.dup(fd);
        }
        // Released (or a mapping of someone else's descriptor): the kernel names the file behind
        // the mapping. Opening it needs CAP_SYS_ADMIN (CAP_CHECKPOINT_RESTORE from Linux 5.9).
        String range = Long.toHexString(mappedStart) + "-" + Long.toHexString(mappedStart + mappedLength);
        int reopened = Libc.open("/proc/self/map_files/" + range, Libc.O_RDWR | Libc.O_CLOEXEC);
        if (reopened < 0) {
            throw new LinuxException("reopening released shared memory " + range, -reopened);
        }
        return reopened;
    }

    @Override
    public synchronized void close() {
        if (arena.scope().isAlive()) {
            arena.close();
            releaseFd();
        }
    }
}
