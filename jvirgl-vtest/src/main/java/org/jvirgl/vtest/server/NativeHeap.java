package org.jvirgl.vtest.server;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.Optional;

/**
 * The server's C heap policy: keep freed pages while a client is served, hand them back to the
 * kernel when it leaves.
 *
 * <p>While serving: a software host driver allocates memory per batch of work and frees it when
 * the batch is done (llvmpipe bins each scene into 64 KiB blocks, ~33 KB of them per draw that
 * changes a texture or image binding). By default glibc returns a freed heap top above 128 KiB,
 * and a whole thread heap once it is empty, to the kernel at once, so every scene faults its
 * pages in again: measured on piglit drawoverhead's binding-change rows, ~8 page faults per draw
 * and a tenth of the draw rate, in the C reference server as much as in jvirgl, or not at all,
 * depending on where the heap happens to end. {@link #retainWhileServing} raises glibc's trim
 * threshold and top pad so those pages stay mapped.
 *
 * <p>After a client: each client's renderer mallocs on the client's thread (Mesa, LLVM), glibc
 * gives threads their own arenas and keeps what they freed: without {@link #trim} a server's RSS
 * grew by ~20 MB per arena over its first hundred clients while nothing leaked.
 *
 * <p>Both are no-ops where the C library has no {@code mallopt}/{@code malloc_trim} (not glibc).
 */
final class NativeHeap {
    private NativeHeap() {
    }

    static NativeHeap open() {
        return new NativeHeap();
    }

    // mallopt(3) parameters (glibc malloc.h).
    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_TOP_PAD = -2;
    private static final int M_MMAP_THRESHOLD = -3;
    /** Freed memory a heap top keeps before glibc returns it: a few llvmpipe scenes' worth. */
    static final int RETAINED_TOP_BYTES = 128 << 20;
    /**
     * Kept at a heap's top when it is trimmed. As large as a glibc thread heap (64 MiB), it also
     * keeps an emptied thread heap from being unmapped while the heap before it has room.
     */
    static final int TOP_PAD_BYTES = 64 << 20;
    /**
     * Setting the trim threshold freezes glibc's adaptive mmap threshold at 128 KiB; this is the
     * value adaptation would reach, so blocks up to it are reused instead of mapped per use.
     */
    static final int MMAP_THRESHOLD_BYTES = 32 << 20;

    /** Linked on first use, like {@link MallocTrim}. */
    private static final class Mallopt {
        static final MethodHandle HANDLE = link("mallopt",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    /**
     * Keeps freed C-heap pages mapped while clients are served (see the class comment), unless
     * the user chose glibc's malloc settings through its environment variables. Returns whether
     * the settings were applied. Process-wide: called once, at server start.
     */
    boolean retainWhileServing(Map<String, String> environment) {
        if (userTunedMalloc(environment)) {
            return false;
        }
        MethodHandle mallopt = Mallopt.HANDLE;
        if (mallopt == null) {
            return false;
        }
        try {
            // mallopt returns 1 on success, 0 on error.
            return (int) mallopt.invokeExact(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1
                    & (int) mallopt.invokeExact(M_TOP_PAD, TOP_PAD_BYTES) == 1
                    & (int) mallopt.invokeExact(M_TRIM_THRESHOLD, RETAINED_TOP_BYTES) == 1;
        } catch (Throwable e) {
            return false;
        }
    }

    static boolean userTunedMalloc(Map<String, String> environment) {
        String tunables = environment.getOrDefault("GLIBC_TUNABLES", "");
        return tunables.contains("glibc.malloc.")
                || environment.keySet().stream().anyMatch(name -> name.startsWith("MALLOC_") && name.endsWith("_"));
    }

    /** Linked at the first trim, not at startup: each downcall costs tens of ms to link. */
    private static final class MallocTrim {
        static final MethodHandle HANDLE = link("malloc_trim",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
    }

    /** A libc downcall, or null where libc lacks it or native access is denied to this module. */
    @SuppressWarnings("restricted") // downcalls with fixed, known signatures
    private static MethodHandle link(String name, FunctionDescriptor descriptor) {
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MethodHandle> handle = linker.defaultLookup().find(name)
                    .map(address -> linker.downcallHandle(address, descriptor));
            return handle.orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Releases free C-heap memory of every arena; true if the C library did release some. */
    boolean trim() {
        MethodHandle mallocTrim = MallocTrim.HANDLE;
        if (mallocTrim == null) {
            return false;
        }
        try {
            return (int) mallocTrim.invokeExact(0L) != 0;
        } catch (Throwable e) {
            return false;
        }
    }
}
