package org.jvirgl.sys;

import java.io.EOFException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A connected {@code AF_UNIX} stream socket. Besides plain bytes it carries descriptors the
 * way vtest does: a separate one-byte message (the byte is 0 and belongs to the stream) with
 * one {@code SCM_RIGHTS} descriptor attached.
 *
 * <p>A socket is used by one thread at a time, except {@link #shutdown()}, which any thread
 * may call to wake a blocked reader.
 */
public final class UnixSocket implements AutoCloseable {
    // x86_64 / aarch64 layouts (LP64): msghdr 56 bytes, cmsghdr 16, iovec 16.
    private static final long MSGHDR_SIZE = 56;
    private static final long MSG_IOV = 16;
    private static final long MSG_IOVLEN = 24;
    private static final long MSG_CONTROL = 32;
    private static final long MSG_CONTROLLEN = 40;
    private static final long MSG_FLAGS = 48;
    private static final long IOVEC_SIZE = 16;
    private static final long CMSG_HDR = 16;
    private static final long CMSG_LEN_ONE_FD = CMSG_HDR + 4;
    private static final long CMSG_SPACE_ONE_FD = 24;
    /** Room for a few descriptors so a peer sending more than one cannot make us leak them. */
    private static final long RECV_CONTROL_SIZE = CMSG_HDR + 4 * 8;

    private final int fd;
    private volatile boolean closed;

    /** Takes over a connected socket descriptor (accepted, or received from another process). */
    public UnixSocket(int fd) {
        this.fd = fd;
    }

    /** Connects to a listening socket at {@code path}. */
    public static UnixSocket connect(String path) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment address = SocketAddress.of(arena, path);
            int fd = (int) UnixException.check("socket",
                    Libc.socket(Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0));
            int rc = Libc.connect(fd, address);
            if (rc < 0) {
                Libc.close(fd);
                throw new UnixException("connect(" + path + ")", -rc);
            }
            return new UnixSocket(fd);
        }
    }

    /** Two connected ends ({@code socketpair}); for in-process tests and hand-overs. */
    public static UnixSocket[] pair() throws UnixException {
        int[] fds = new int[2];
        UnixException.check("socketpair", Libc.socketpair(fds));
        return new UnixSocket[] {new UnixSocket(fds[0]), new UnixSocket(fds[1])};
    }

    public int fd() {
        return fd;
    }

    /** Reads what is available into {@code buffer}, blocking for at least one byte; 0 at end of stream. */
    public long read(MemorySegment buffer) throws UnixException {
        return UnixException.check("read", Libc.read(fd, buffer));
    }

    /** Reads exactly {@code buffer.byteSize()} bytes. */
    public void readFully(MemorySegment buffer) throws UnixException, EOFException {
        long done = 0;
        while (done < buffer.byteSize()) {
            long n = read(buffer.asSlice(done));
            if (n == 0) {
                throw new EOFException("peer closed after " + done + " of " + buffer.byteSize() + " bytes");
            }
            done += n;
        }
    }

    /** Writes all of {@code bytes}; a vanished peer is an error value (MSG_NOSIGNAL), not SIGPIPE. */
    public void write(MemorySegment bytes) throws UnixException {
        long done = 0;
        while (done < bytes.byteSize()) {
            done += UnixException.check("send", Libc.send(fd, bytes.asSlice(done), Libc.MSG_NOSIGNAL));
        }
    }

    public void write(byte[] bytes) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, seg, ValueLayout.JAVA_BYTE, 0, bytes.length);
            write(seg.asSlice(0, bytes.length));
        }
    }

    /**
     * Sends the one-byte descriptor message. A negative {@code passedFd} sends the byte alone, which
     * keeps the stream in step when a descriptor was promised but could not be produced.
     */
    public void sendFd(int passedFd) throws UnixException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment msg = oneByteMessage(arena);
            if (passedFd >= 0) {
                MemorySegment control = arena.allocate(CMSG_SPACE_ONE_FD, 8);
                control.set(ValueLayout.JAVA_LONG, 0, CMSG_LEN_ONE_FD);
                control.set(ValueLayout.JAVA_INT, 8, Libc.SOL_SOCKET);
                control.set(ValueLayout.JAVA_INT, 12, Libc.SCM_RIGHTS);
                control.set(ValueLayout.JAVA_INT, CMSG_HDR, passedFd);
                msg.set(ValueLayout.ADDRESS, MSG_CONTROL, control);
                msg.set(ValueLayout.JAVA_LONG, MSG_CONTROLLEN, CMSG_SPACE_ONE_FD);
            }
            if (UnixException.check("sendmsg", Libc.sendmsg(fd, msg, Libc.MSG_NOSIGNAL)) != 1) {
                throw new UnixException("sendmsg (short)", Libc.EPIPE);
            }
        }
    }

    /**
     * Receives the one-byte descriptor message; returns the descriptor (owned by the caller) or -1
     * if the byte came without one. Extra descriptors are closed.
     */
    public int receiveFd() throws UnixException, EOFException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment msg = oneByteMessage(arena);
            MemorySegment control = arena.allocate(RECV_CONTROL_SIZE, 8);
            msg.set(ValueLayout.ADDRESS, MSG_CONTROL, control);
            msg.set(ValueLayout.JAVA_LONG, MSG_CONTROLLEN, RECV_CONTROL_SIZE);
            if (UnixException.check("recvmsg", Libc.recvmsg(fd, msg, Libc.MSG_CMSG_CLOEXEC)) == 0) {
                throw new EOFException("peer closed before the descriptor message");
            }
            long controlLen = msg.get(ValueLayout.JAVA_LONG, MSG_CONTROLLEN);
            if (controlLen < CMSG_LEN_ONE_FD
                    || control.get(ValueLayout.JAVA_INT, 8) != Libc.SOL_SOCKET
                    || control.get(ValueLayout.JAVA_INT, 12) != Libc.SCM_RIGHTS) {
                return -1;
            }
            long cmsgLen = Math.min(control.get(ValueLayout.JAVA_LONG, 0), controlLen);
            int count = (int) ((cmsgLen - CMSG_HDR) / 4);
            for (int i = 1; i < count; i++) {
                Libc.close(control.get(ValueLayout.JAVA_INT, CMSG_HDR + 4L * i));
            }
            if ((msg.get(ValueLayout.JAVA_INT, MSG_FLAGS) & Libc.MSG_CTRUNC) != 0 && count == 0) {
                return -1;
            }
            return control.get(ValueLayout.JAVA_INT, CMSG_HDR);
        }
    }

    /** A msghdr whose single iovec is one byte (zero on send), without control data yet. */
    private static MemorySegment oneByteMessage(Arena arena) {
        MemorySegment data = arena.allocate(1);
        MemorySegment iov = arena.allocate(IOVEC_SIZE, 8);
        iov.set(ValueLayout.ADDRESS, 0, data);
        iov.set(ValueLayout.JAVA_LONG, 8, 1);
        MemorySegment msg = arena.allocate(MSGHDR_SIZE, 8);
        msg.set(ValueLayout.ADDRESS, MSG_IOV, iov);
        msg.set(ValueLayout.JAVA_LONG, MSG_IOVLEN, 1);
        return msg;
    }

    /** Wakes any thread blocked reading this socket; the peer sees end of stream. */
    public void shutdown() {
        if (!closed) {
            Libc.shutdown(fd, Libc.SHUT_RDWR);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
