package org.jvirgl.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Hand-written FFM downcalls for the few Linux calls the renderer needs. A tiny own layer
 * (rather than a JNI socket library) keeps descriptors as plain ints that go straight to
 * {@code mmap} and EGL. Every handle captures errno so failures name their cause.
 *
 * <p>The handles are immutable and shared by all renderer instances; there is no mutable
 * state here.
 */
@SuppressWarnings("restricted") // native access is this package's purpose
public final class Libc {
    private Libc() {
    }

    public static final int EFD_CLOEXEC = 0x80000;
    public static final int EFD_NONBLOCK = 0x800;
    public static final int MFD_CLOEXEC = 0x1;
    public static final int MFD_ALLOW_SEALING = 0x2;
    public static final int F_ADD_SEALS = 1024 + 9;
    public static final int F_GET_SEALS = 1024 + 10;
    public static final int F_SEAL_SEAL = 0x1;
    public static final int F_SEAL_SHRINK = 0x2;
    public static final int F_SEAL_GROW = 0x4;
    public static final int PROT_READ = 0x1;
    public static final int PROT_WRITE = 0x2;
    public static final int MAP_SHARED = 0x1;
    public static final short POLLIN = 0x1;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT;
    private static final MemoryLayout PTR = ValueLayout.ADDRESS;

    /** {@code struct pollfd}: int fd; short events; short revents. */
    public static final StructLayout POLLFD = MemoryLayout.structLayout(
            INT.withName("fd"), SHORT.withName("events"), SHORT.withName("revents"));

    private static final MethodHandle EVENTFD = handle("eventfd", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle READ = handle("read", FunctionDescriptor.of(LONG, INT, PTR, LONG));
    private static final MethodHandle WRITE = handle("write", FunctionDescriptor.of(LONG, INT, PTR, LONG));
    private static final MethodHandle POLL = handle("poll", FunctionDescriptor.of(INT, PTR, LONG, INT));
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle MEMFD_CREATE = handle("memfd_create", FunctionDescriptor.of(INT, PTR, INT));
    private static final MethodHandle FTRUNCATE = handle("ftruncate", FunctionDescriptor.of(INT, INT, LONG));
    private static final MethodHandle MMAP = handle("mmap", FunctionDescriptor.of(PTR, PTR, LONG, INT, INT, INT, LONG));
    private static final MethodHandle MUNMAP = handle("munmap", FunctionDescriptor.of(INT, PTR, LONG));
    private static final MethodHandle GETPAGESIZE = LINKER.downcallHandle(
            LIBC.find("getpagesize").orElseThrow(), FunctionDescriptor.of(INT));
    private static final MethodHandle DUP = handle("dup", FunctionDescriptor.of(INT, INT));
    // fcntl(int fd, int cmd, ...): the third argument is variadic, so it must be passed as such.
    private static final MethodHandle FCNTL_INT = handle("fcntl", FunctionDescriptor.of(INT, INT, INT, INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle FCNTL = handle("fcntl", FunctionDescriptor.of(INT, INT, INT));

    private static MethodHandle handle(String name, FunctionDescriptor fd, Linker.Option... extra) {
        MemorySegment symbol = LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        Linker.Option[] options = new Linker.Option[extra.length + 1];
        options[0] = CAPTURE_ERRNO;
        System.arraycopy(extra, 0, options, 1, extra.length);
        return LINKER.downcallHandle(symbol, fd, options);
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static MemorySegment callState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** eventfd(2); returns the new descriptor. */
    public static int eventfd(int initval, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            int fd = (int) EVENTFD.invokeExact(st, initval, flags);
            if (fd < 0) {
                throw new LinuxException("eventfd", errno(st));
            }
            return fd;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** read(2); returns bytes read, or {@code -errno}. Retries on EINTR. */
    public static long read(int fd, MemorySegment buf) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            while (true) {
                long n = (long) READ.invokeExact(st, fd, buf, buf.byteSize());
                if (n >= 0) {
                    return n;
                }
                int e = errno(st);
                if (e != EINTR) {
                    return -e;
                }
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** write(2); returns bytes written, or {@code -errno}. Retries on EINTR. */
    public static long write(int fd, MemorySegment buf) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            while (true) {
                long n = (long) WRITE.invokeExact(st, fd, buf, buf.byteSize());
                if (n >= 0) {
                    return n;
                }
                int e = errno(st);
                if (e != EINTR) {
                    return -e;
                }
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * poll(2) on one descriptor for {@code events}; returns the revents (0 on timeout).
     * A negative timeout waits forever. EINTR counts as a timeout.
     */
    public static int pollOne(int fd, short events, int timeoutMillis) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            MemorySegment pfd = arena.allocate(POLLFD);
            pfd.set(INT, 0, fd);
            pfd.set(SHORT, 4, events);
            int n = (int) POLL.invokeExact(st, pfd, 1L, timeoutMillis);
            if (n < 0) {
                int e = errno(st);
                if (e == EINTR) {
                    return 0;
                }
                throw new LinuxException("poll", e);
            }
            return n == 0 ? 0 : pfd.get(SHORT, 6);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** close(2); errors are ignored after the first attempt, as Linux always frees the fd. */
    public static void close(int fd) {
        if (fd < 0) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            int ignored = (int) CLOSE.invokeExact(callState(arena), fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The page size; mmap offsets must be multiples of it. */
    public static int pageSize() {
        try {
            return (int) GETPAGESIZE.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** dup(2). */
    public static int dup(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            int n = (int) DUP.invokeExact(st, fd);
            if (n < 0) {
                throw new LinuxException("dup", errno(st));
            }
            return n;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** memfd_create(2). */
    public static int memfdCreate(String name, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            int fd = (int) MEMFD_CREATE.invokeExact(st, arena.allocateFrom(name), flags);
            if (fd < 0) {
                throw new LinuxException("memfd_create", errno(st));
            }
            return fd;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** ftruncate(2). */
    public static void ftruncate(int fd, long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            int r = (int) FTRUNCATE.invokeExact(st, fd, size);
            if (r < 0) {
                throw new LinuxException("ftruncate", errno(st));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** fcntl(fd, F_ADD_SEALS, seals). */
    public static void addSeals(int fd, int seals) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            int r = (int) FCNTL_INT.invokeExact(st, fd, F_ADD_SEALS, seals);
            if (r < 0) {
                throw new LinuxException("fcntl(F_ADD_SEALS)", errno(st));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** fcntl(fd, F_GET_SEALS). */
    public static int getSeals(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            int r = (int) FCNTL.invokeExact(st, fd, F_GET_SEALS);
            if (r < 0) {
                throw new LinuxException("fcntl(F_GET_SEALS)", errno(st));
            }
            return r;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** mmap(2) of a shared read/write mapping; returns the raw (zero-length) address segment. */
    public static MemorySegment mmapShared(int fd, long offset, long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            MemorySegment addr = (MemorySegment) MMAP.invokeExact(st, MemorySegment.NULL, size,
                    PROT_READ | PROT_WRITE, MAP_SHARED, fd, offset);
            if (addr.address() == -1L) {
                throw new LinuxException("mmap", errno(st));
            }
            return addr;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** munmap(2). */
    public static void munmap(long address, long size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = callState(arena);
            int r = (int) MUNMAP.invokeExact(st, MemorySegment.ofAddress(address), size);
            if (r < 0) {
                throw new LinuxException("munmap", errno(st));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
