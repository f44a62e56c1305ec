package org.jvirgl.vtest.unix;

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
 * The Linux calls vtest needs, as hand-written FFM downcalls. The JDK's UNIX-domain channels
 * cannot pass descriptors (SCM_RIGHTS), so sockets live here as plain int descriptors that go
 * straight to {@code mmap} on the client side. Every handle captures errno; the wrappers
 * return the raw result and report failures as {@link UnixException}.
 *
 * <p>Only immutable method handles are held here; there is no mutable state.
 */
final class Libc {
    private Libc() {
    }

    static final int AF_UNIX = 1;
    static final int SOCK_STREAM = 1;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int SOL_SOCKET = 1;
    static final int SCM_RIGHTS = 1;
    static final int MSG_NOSIGNAL = 0x4000;
    static final int MSG_CMSG_CLOEXEC = 0x40000000;
    static final int SHUT_RDWR = 2;
    static final int O_RDONLY = 0;
    static final int O_RDWR = 2;
    static final int O_CLOEXEC = 0x80000;
    static final int EFD_CLOEXEC = 0x80000;
    static final int EFD_NONBLOCK = 0x800;
    static final short POLLIN = 0x1;

    static final int ENOENT = 2;
    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int EPIPE = 32;
    static final int ECONNRESET = 104;
    static final int ECONNREFUSED = 111;

    /** {@code sizeof(struct sockaddr_un)}: a short family and a 108-byte path. */
    static final int SOCKADDR_UN_SIZE = 110;
    static final int SUN_PATH_MAX = 108;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final MemoryLayout PTR = ValueLayout.ADDRESS;

    private static final MethodHandle SOCKET = handle("socket", FunctionDescriptor.of(INT, INT, INT, INT));
    private static final MethodHandle SOCKETPAIR = handle("socketpair", FunctionDescriptor.of(INT, INT, INT, INT, PTR));
    private static final MethodHandle BIND = handle("bind", FunctionDescriptor.of(INT, INT, PTR, INT));
    private static final MethodHandle LISTEN = handle("listen", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle ACCEPT4 = handle("accept4", FunctionDescriptor.of(INT, INT, PTR, PTR, INT));
    private static final MethodHandle CONNECT = handle("connect", FunctionDescriptor.of(INT, INT, PTR, INT));
    private static final MethodHandle READ = handle("read", FunctionDescriptor.of(LONG, INT, PTR, LONG));
    private static final MethodHandle WRITE = handle("write", FunctionDescriptor.of(LONG, INT, PTR, LONG));
    private static final MethodHandle SEND = handle("send", FunctionDescriptor.of(LONG, INT, PTR, LONG, INT));
    private static final MethodHandle SENDMSG = handle("sendmsg", FunctionDescriptor.of(LONG, INT, PTR, INT));
    private static final MethodHandle RECVMSG = handle("recvmsg", FunctionDescriptor.of(LONG, INT, PTR, INT));
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle SHUTDOWN = handle("shutdown", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle POLL = handle("poll", FunctionDescriptor.of(INT, PTR, LONG, INT));
    private static final MethodHandle UNLINK = handle("unlink", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle RENAME = handle("rename", FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle EVENTFD = handle("eventfd", FunctionDescriptor.of(INT, INT, INT));
    // open(path, flags, ...): the mode is variadic and must be passed as such.
    private static final MethodHandle OPEN = handle("open", FunctionDescriptor.of(INT, PTR, INT, INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle STRERROR = LINKER.downcallHandle(
            LOOKUP.find("strerror").orElseThrow(), FunctionDescriptor.of(PTR, INT));

    private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... extra) {
        MemorySegment symbol = LOOKUP.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        Linker.Option[] options = new Linker.Option[extra.length + 1];
        options[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(extra, 0, options, 1, extra.length);
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    /** A call-state buffer; one per call keeps the wrappers thread safe without shared state. */
    private static MemorySegment state(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    static String describe(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "error " + errno;
        }
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

    static int socket(int domain, int type, int protocol) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            int fd = (int) SOCKET.invokeExact(st, domain, type, protocol);
            return checked("socket", fd, st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int[] socketpair() throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            MemorySegment fds = arena.allocate(INT, 2);
            int rc = (int) SOCKETPAIR.invokeExact(st, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds);
            checked("socketpair", rc, st);
            return new int[] {fds.getAtIndex(INT, 0), fds.getAtIndex(INT, 1)};
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Fills a {@code sockaddr_un}; paths that do not fit (with their NUL) are refused. */
    static MemorySegment sockaddr(Arena arena, String path) throws UnixException {
        byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length >= SUN_PATH_MAX) {
            throw new UnixException("socket path '" + path + "' (must be 1.." + (SUN_PATH_MAX - 1) + " bytes)", 36);
        }
        MemorySegment addr = arena.allocate(SOCKADDR_UN_SIZE, 2);
        addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
        MemorySegment.copy(bytes, 0, addr, ValueLayout.JAVA_BYTE, 2, bytes.length);
        return addr;
    }

    static void bind(int fd, String path) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            int rc = (int) BIND.invokeExact(st, fd, sockaddr(arena, path), SOCKADDR_UN_SIZE);
            checked("bind(" + path + ")", rc, st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void connect(int fd, String path) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            int rc = (int) CONNECT.invokeExact(st, fd, sockaddr(arena, path), SOCKADDR_UN_SIZE);
            checked("connect(" + path + ")", rc, st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void listen(int fd, int backlog) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            checked("listen", (int) LISTEN.invokeExact(st, fd, backlog), st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int accept(int fd) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            int client = (int) ACCEPT4.invokeExact(st, fd, MemorySegment.NULL, MemorySegment.NULL, SOCK_CLOEXEC);
            return checked("accept4", client, st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** read(2), retried on EINTR; 0 means end of stream. */
    static long read(int fd, MemorySegment buffer) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            while (true) {
                long n = (long) READ.invokeExact(st, fd, buffer, buffer.byteSize());
                if (n >= 0) {
                    return n;
                }
                if (errno(st) != EINTR) {
                    throw new UnixException("read", errno(st));
                }
            }
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** write(2) of the whole buffer (retried on EINTR and short writes). */
    static void writeFully(int fd, MemorySegment buffer, boolean socket) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            long done = 0;
            long size = buffer.byteSize();
            while (done < size) {
                MemorySegment rest = buffer.asSlice(done);
                // send(MSG_NOSIGNAL) on sockets: a vanished peer must be an error value, not SIGPIPE.
                long n = socket
                        ? (long) SEND.invokeExact(st, fd, rest, rest.byteSize(), MSG_NOSIGNAL)
                        : (long) WRITE.invokeExact(st, fd, rest, rest.byteSize());
                if (n < 0) {
                    if (errno(st) == EINTR) {
                        continue;
                    }
                    throw new UnixException(socket ? "send" : "write", errno(st));
                }
                done += n;
            }
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static long sendmsg(int fd, MemorySegment msghdr) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            while (true) {
                long n = (long) SENDMSG.invokeExact(st, fd, msghdr, MSG_NOSIGNAL);
                if (n >= 0) {
                    return n;
                }
                if (errno(st) != EINTR) {
                    throw new UnixException("sendmsg", errno(st));
                }
            }
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static long recvmsg(int fd, MemorySegment msghdr) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            while (true) {
                long n = (long) RECVMSG.invokeExact(st, fd, msghdr, MSG_CMSG_CLOEXEC);
                if (n >= 0) {
                    return n;
                }
                if (errno(st) != EINTR) {
                    throw new UnixException("recvmsg", errno(st));
                }
            }
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** close(2); errors are ignored because the descriptor is released either way on Linux. */
    static void close(int fd) {
        if (fd < 0) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            int ignored = (int) CLOSE.invokeExact(state(arena), fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** shutdown(2): wakes a thread blocked in read/accept on this descriptor. Errors ignored. */
    static void shutdown(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            int ignored = (int) SHUTDOWN.invokeExact(state(arena), fd, SHUT_RDWR);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** poll(2) on {@code pollfds} (8 bytes each); returns the ready count, 0 on timeout or EINTR. */
    static int poll(MemorySegment pollfds, int count, int timeoutMs) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            int n = (int) POLL.invokeExact(st, pollfds, (long) count, timeoutMs);
            if (n < 0) {
                if (errno(st) == EINTR) {
                    return 0;
                }
                throw new UnixException("poll", errno(st));
            }
            return n;
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** unlink(2); returns errno (0 on success) because callers treat ENOENT as fine. */
    static int unlink(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            int rc = (int) UNLINK.invokeExact(st, arena.allocateFrom(path));
            return rc == 0 ? 0 : errno(st);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** rename(2): atomically replaces {@code to}. */
    static void rename(String from, String to) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            int rc = (int) RENAME.invokeExact(st, arena.allocateFrom(from), arena.allocateFrom(to));
            checked("rename(" + from + ", " + to + ")", rc, st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int eventfd(int flags) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            return checked("eventfd", (int) EVENTFD.invokeExact(st, 0, flags), st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int open(String path, int flags) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = state(arena);
            return checked("open(" + path + ")", (int) OPEN.invokeExact(st, arena.allocateFrom(path), flags, 0), st);
        } catch (UnixException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static int checked(String call, int rc, MemorySegment st) throws UnixException {
        if (rc < 0) {
            throw new UnixException(call, errno(st));
        }
        return rc;
    }
}
