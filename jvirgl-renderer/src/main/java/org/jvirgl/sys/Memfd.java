package org.jvirgl.sys;

import org.jvirgl.api.SharedMemory;

/** memfd_create + mmap through FFM. */
public final class Memfd {
    private Memfd() {
    }

    public static SharedMemory create(String name, long size) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static SharedMemory map(int fd, long offset, long size) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
