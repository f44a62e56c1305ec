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
 * Hand-written FFM downcalls for the Linux calls jvirgl needs: one downcall handle per libc
 * function, for the renderer (eventfd, memfd, mmap) and the vtest server (sockets with
 * SCM_RIGHTS, which the JDK's UNIX-domain channels cannot pass). Descriptors stay plain ints
 * that go straight to {@code mmap}, EGL and {@code sendmsg}.
 *
 * <p>The raw wrappers return the call's result, or {@code -errno} on failure, and never throw
 * for an errno; the focused classes of this package ({@link UnixSocket}, {@link Memfd}, ...)
 * turn those into exceptions. The handles are immutable; there is no mutable state here.
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
    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_CLOEXEC = 0x80000;
    public static final int AF_UNIX = 1;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SCM_RIGHTS = 1;
    public static final int MSG_CTRUNC = 0x8;
    public static final int MSG_NOSIGNAL = 0x4000;
    public static final int MSG_CMSG_CLOEXEC = 0x40000000;
    public static final int SHUT_RDWR = 2;

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int EINVAL = 22;
    public static final int EPIPE = 32;
    public static final int ENAMETOOLONG = 36;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT;
    private static final MemoryLayout PTR = ValueLayout.ADDRESS;

    /** {@code struct pollfd}: int fd; short events; short revents. */
    public static final StructLayout POLLFD = MemoryLayout.structLayout(
            INT.withName("fd"), SHORT.withName("events"), SHORT.withName("revents"));

    // One holder class per call: a downcall handle is linked (its stub generated) when its
    // holder is first used, so a process pays only for the calls it makes. Linking all of them
    // up front cost about half a second of startup CPU, before the server could listen.
    private static final class Read {
        static final MethodHandle H = handle("read", FunctionDescriptor.of(LONG, INT, PTR, LONG));
    }
    private static final class Write {
        static final MethodHandle H = handle("write", FunctionDescriptor.of(LONG, INT, PTR, LONG));
    }
    private static final class Poll {
        static final MethodHandle H = handle("poll", FunctionDescriptor.of(INT, PTR, LONG, INT));
    }
    private static final class Close {
        static final MethodHandle H = handle("close", FunctionDescriptor.of(INT, INT));
    }
    private static final class Dup {
        static final MethodHandle H = handle("dup", FunctionDescriptor.of(INT, INT));
    }
    // open(path, flags, ...) and fcntl(fd, cmd, ...): the last argument is variadic and must be passed as such.
    private static final class Open {
        static final MethodHandle H = handle("open", FunctionDescriptor.of(INT, PTR, INT, INT),
                Linker.Option.firstVariadicArg(2));
    }
    private static final class FcntlInt {
        static final MethodHandle H = handle("fcntl", FunctionDescriptor.of(INT, INT, INT, INT),
                Linker.Option.firstVariadicArg(2));
    }
    private static final class Fcntl {
        static final MethodHandle H = handle("fcntl", FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class Unlink {
        static final MethodHandle H = handle("unlink", FunctionDescriptor.of(INT, PTR));
    }
    private static final class Rename {
        static final MethodHandle H = handle("rename", FunctionDescriptor.of(INT, PTR, PTR));
    }
    private static final class Eventfd {
        static final MethodHandle H = handle("eventfd", FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class MemfdCreate {
        static final MethodHandle H = handle("memfd_create", FunctionDescriptor.of(INT, PTR, INT));
    }
    private static final class Ftruncate {
        static final MethodHandle H = handle("ftruncate", FunctionDescriptor.of(INT, INT, LONG));
    }
    private static final class Mmap {
        static final MethodHandle H = handle("mmap", FunctionDescriptor.of(PTR, PTR, LONG, INT, INT, INT, LONG));
    }
    private static final class Munmap {
        static final MethodHandle H = handle("munmap", FunctionDescriptor.of(INT, PTR, LONG));
    }
    private static final class Socket {
        static final MethodHandle H = handle("socket", FunctionDescriptor.of(INT, INT, INT, INT));
    }
    private static final class Socketpair {
        static final MethodHandle H = handle("socketpair", FunctionDescriptor.of(INT, INT, INT, INT, PTR));
    }
    private static final class Bind {
        static final MethodHandle H = handle("bind", FunctionDescriptor.of(INT, INT, PTR, INT));
    }
    private static final class Listen {
        static final MethodHandle H = handle("listen", FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class Accept4 {
        static final MethodHandle H = handle("accept4", FunctionDescriptor.of(INT, INT, PTR, PTR, INT));
    }
    private static final class Connect {
        static final MethodHandle H = handle("connect", FunctionDescriptor.of(INT, INT, PTR, INT));
    }
    private static final class Send {
        static final MethodHandle H = handle("send", FunctionDescriptor.of(LONG, INT, PTR, LONG, INT));
    }
    private static final class Sendmsg {
        static final MethodHandle H = handle("sendmsg", FunctionDescriptor.of(LONG, INT, PTR, INT));
    }
    private static final class Recvmsg {
        static final MethodHandle H = handle("recvmsg", FunctionDescriptor.of(LONG, INT, PTR, INT));
    }
    private static final class Shutdown {
        static final MethodHandle H = handle("shutdown", FunctionDescriptor.of(INT, INT, INT));
    }
    // getpagesize and strerror cannot fail in a way errno reports, so they capture no call state.
    private static final class Getpagesize {
        static final MethodHandle H = LINKER.downcallHandle(LIBC.find("getpagesize").orElseThrow(),
                FunctionDescriptor.of(INT));
    }
    private static final class Strerror {
        static final MethodHandle H = LINKER.downcallHandle(LIBC.find("strerror").orElseThrow(),
                FunctionDescriptor.of(PTR, INT));
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... extra) {
        MemorySegment symbol = LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        Linker.Option[] options = new Linker.Option[extra.length + 1];
        options[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(extra, 0, options, 1, extra.length);
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    /** One downcall, given its own errno buffer (per call, so the wrappers are thread safe). */
    @FunctionalInterface
    private interface Call {
        long invoke(MemorySegment callState, Arena arena) throws Throwable;
    }

    /** Runs {@code call} once; its result, or {@code -errno} when it returned a negative value. */
    private static long once(Call call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            long result = call.invoke(state, arena);
            return result >= 0 ? result : -(int) ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** Like {@link #once} but restarts the call after EINTR (a signal handler ran meanwhile). */
    private static long restarting(Call call) {
        while (true) {
            long result = once(call);
            if (result != -EINTR) {
                return result;
            }
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** strerror(3): the C library's text for {@code errno}. */
    public static String describe(int errno) {
        try {
            MemorySegment text = (MemorySegment) Strerror.H.invokeExact(errno);
            return text.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "error " + errno;
        }
    }

    /** The page size; mmap offsets must be multiples of it. */
    public static int pageSize() {
        try {
            return (int) Getpagesize.H.invokeExact();
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    // --- descriptors -------------------------------------------------------------------------

    /** read(2); bytes read (0 at end of file) or {@code -errno}. */
    public static long read(int fd, MemorySegment buf) {
        return restarting((st, a) -> (long) Read.H.invokeExact(st, fd, buf, buf.byteSize()));
    }

    /** write(2); bytes written or {@code -errno}. */
    public static long write(int fd, MemorySegment buf) {
        return restarting((st, a) -> (long) Write.H.invokeExact(st, fd, buf, buf.byteSize()));
    }

    /** poll(2) on {@code count} {@link #POLLFD} entries; the number ready, 0 on timeout, or {@code -errno}. */
    public static int poll(MemorySegment fds, int count, int timeoutMillis) {
        return (int) once((st, a) -> (int) Poll.H.invokeExact(st, fds, (long) count, timeoutMillis));
    }

    /**
     * poll(2) on one descriptor for {@code events}; returns the revents (0 on timeout).
     * A negative timeout waits forever. EINTR counts as a timeout.
     */
    public static int pollOne(int fd, short events, int timeoutMillis) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pfd = arena.allocate(POLLFD);
            pfd.set(INT, 0, fd);
            pfd.set(SHORT, 4, events);
            int n = poll(pfd, 1, timeoutMillis);
            if (n == -EINTR || n == 0) {
                return 0;
            }
            return checked("poll", n) == 0 ? 0 : pfd.get(SHORT, 6);
        }
    }

    /** close(2); never retried, as Linux frees the descriptor even when close reports an error. */
    public static void close(int fd) {
        if (fd >= 0) {
            once((st, a) -> (int) Close.H.invokeExact(st, fd));
        }
    }

    /** dup(2); the new descriptor. */
    public static int dup(int fd) {
        return (int) checked("dup", once((st, a) -> (int) Dup.H.invokeExact(st, fd)));
    }

    /** open(2) without O_CREAT; the descriptor or {@code -errno}. */
    public static int open(String path, int flags) {
        return (int) restarting((st, a) -> (int) Open.H.invokeExact(st, a.allocateFrom(path), flags, 0));
    }

    /** unlink(2); 0 or {@code -errno}. */
    public static int unlink(String path) {
        return (int) once((st, a) -> (int) Unlink.H.invokeExact(st, a.allocateFrom(path)));
    }

    /** rename(2); 0 or {@code -errno}. */
    public static int rename(String from, String to) {
        return (int) once((st, a) -> (int) Rename.H.invokeExact(st, a.allocateFrom(from), a.allocateFrom(to)));
    }

    // --- eventfd, memfd, mmap: failures here mean exhaustion, so they throw LinuxException ------

    /** eventfd(2); returns the new descriptor. */
    public static int eventfd(int initval, int flags) {
        return (int) checked("eventfd", once((st, a) -> (int) Eventfd.H.invokeExact(st, initval, flags)));
    }

    /** memfd_create(2). */
    public static int memfdCreate(String name, int flags) {
        return (int) checked("memfd_create",
                once((st, a) -> (int) MemfdCreate.H.invokeExact(st, a.allocateFrom(name), flags)));
    }

    /** ftruncate(2). */
    public static void ftruncate(int fd, long size) {
        checked("ftruncate", restarting((st, a) -> (int) Ftruncate.H.invokeExact(st, fd, size)));
    }

    /** fcntl(fd, F_ADD_SEALS, seals). */
    public static void addSeals(int fd, int seals) {
        checked("fcntl(F_ADD_SEALS)", once((st, a) -> (int) FcntlInt.H.invokeExact(st, fd, F_ADD_SEALS, seals)));
    }

    /** fcntl(fd, F_GET_SEALS). */
    public static int getSeals(int fd) {
        return (int) checked("fcntl(F_GET_SEALS)", once((st, a) -> (int) Fcntl.H.invokeExact(st, fd, F_GET_SEALS)));
    }

    /** mmap(2) of a shared read/write mapping; returns the raw (zero-length) address segment. */
    public static MemorySegment mmapShared(int fd, long offset, long size) {
        // MAP_FAILED is (void *) -1: negative as a long, so once() reads errno for it.
        long address = checked("mmap", once((st, a) -> ((MemorySegment) Mmap.H.invokeExact(st, MemorySegment.NULL,
                size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, offset)).address()));
        return MemorySegment.ofAddress(address);
    }

    /** munmap(2). */
    public static void munmap(long address, long size) {
        checked("munmap", once((st, a) -> (int) Munmap.H.invokeExact(st, MemorySegment.ofAddress(address), size)));
    }

    private static long checked(String call, long result) {
        if (result < 0) {
            throw new LinuxException(call, (int) -result);
        }
        return result;
    }

    // --- sockets -----------------------------------------------------------------------------

    /** socket(2); the descriptor or {@code -errno}. */
    public static int socket(int domain, int type, int protocol) {
        return (int) once((st, a) -> (int) Socket.H.invokeExact(st, domain, type, protocol));
    }

    /** socketpair(2) of two connected AF_UNIX stream sockets into {@code fds}; 0 or {@code -errno}. */
    public static int socketpair(int[] fds) {
        return (int) once((st, a) -> {
            MemorySegment pair = a.allocate(INT, 2);
            int rc = (int) Socketpair.H.invokeExact(st, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair);
            fds[0] = pair.getAtIndex(INT, 0);
            fds[1] = pair.getAtIndex(INT, 1);
            return rc;
        });
    }

    /** bind(2) to a {@code sockaddr_un} from {@link SocketAddress}; 0 or {@code -errno}. */
    public static int bind(int fd, MemorySegment address) {
        return (int) once((st, a) -> (int) Bind.H.invokeExact(st, fd, address, (int) address.byteSize()));
    }

    /** connect(2); 0 or {@code -errno}. */
    public static int connect(int fd, MemorySegment address) {
        return (int) restarting((st, a) -> (int) Connect.H.invokeExact(st, fd, address, (int) address.byteSize()));
    }

    /** listen(2); 0 or {@code -errno}. */
    public static int listen(int fd, int backlog) {
        return (int) once((st, a) -> (int) Listen.H.invokeExact(st, fd, backlog));
    }

    /** accept4(2) with SOCK_CLOEXEC, not asking for the peer address; the descriptor or {@code -errno}. */
    public static int accept(int fd) {
        return (int) restarting((st, a) -> (int) Accept4.H.invokeExact(st, fd, MemorySegment.NULL,
                MemorySegment.NULL, SOCK_CLOEXEC));
    }

    /** send(2); bytes sent or {@code -errno}. */
    public static long send(int fd, MemorySegment buf, int flags) {
        return restarting((st, a) -> (long) Send.H.invokeExact(st, fd, buf, buf.byteSize(), flags));
    }

    /** sendmsg(2); bytes sent or {@code -errno}. */
    public static long sendmsg(int fd, MemorySegment msghdr, int flags) {
        return restarting((st, a) -> (long) Sendmsg.H.invokeExact(st, fd, msghdr, flags));
    }

    /** recvmsg(2); bytes received (0 at end of stream) or {@code -errno}. */
    public static long recvmsg(int fd, MemorySegment msghdr, int flags) {
        return restarting((st, a) -> (long) Recvmsg.H.invokeExact(st, fd, msghdr, flags));
    }

    /** shutdown(2); 0 or {@code -errno}. */
    public static int shutdown(int fd, int how) {
        return (int) once((st, a) -> (int) Shutdown.H.invokeExact(st, fd, how));
    }
}
