package org.jvirgl.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/** {@code struct sockaddr_un} for a filesystem path: a short family and a 108-byte path. */
final class SocketAddress {
    static final int SIZE = 110;
    /** Longest path that fits with its NUL. */
    static final int MAX_PATH_BYTES = 107;

    private SocketAddress() {
    }

    static boolean fits(String path) {
        int length = path.getBytes(StandardCharsets.UTF_8).length;
        return length > 0 && length <= MAX_PATH_BYTES;
    }

    /** The address of {@code path}; paths that do not fit (with their NUL) are refused. */
    static MemorySegment of(Arena arena, String path) throws UnixException {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (!fits(path)) {
            throw new UnixException("socket path '" + path + "' (must be 1.." + MAX_PATH_BYTES + " bytes)",
                    Libc.ENAMETOOLONG);
        }
        MemorySegment address = arena.allocate(SIZE, 2);
        address.set(ValueLayout.JAVA_SHORT, 0, (short) Libc.AF_UNIX);
        MemorySegment.copy(bytes, 0, address, ValueLayout.JAVA_BYTE, 2, bytes.length);
        return address;
    }
}
