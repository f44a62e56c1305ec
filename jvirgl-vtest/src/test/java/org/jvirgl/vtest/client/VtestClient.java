package org.jvirgl.vtest.client;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.sys.UnixSocket;

/**
 * A vtest client for tests, speaking the protocol the way Mesa's winsys does (separate writes
 * for header and body, exact-size reads, the one-byte descriptor message). It works against
 * jvirgl's server and the C {@code virgl_test_server} alike. Not thread safe.
 */
public final class VtestClient implements AutoCloseable {
    public static final int GET_CAPS = 1;
    public static final int RESOURCE_CREATE = 2;
    public static final int RESOURCE_UNREF = 3;
    public static final int TRANSFER_GET = 4;
    public static final int TRANSFER_PUT = 5;
    public static final int SUBMIT_CMD = 6;
    public static final int RESOURCE_BUSY_WAIT = 7;
    public static final int CREATE_RENDERER = 8;
    public static final int GET_CAPS2 = 9;
    public static final int PING_PROTOCOL_VERSION = 10;
    public static final int PROTOCOL_VERSION = 11;
    public static final int RESOURCE_CREATE2 = 12;
    public static final int TRANSFER_GET2 = 13;
    public static final int TRANSFER_PUT2 = 14;
    public static final int GET_PARAM = 15;
    public static final int GET_CAPSET = 16;
    public static final int CONTEXT_INIT = 17;
    public static final int RESOURCE_CREATE_BLOB = 18;
    public static final int SYNC_CREATE = 19;
    public static final int SYNC_UNREF = 20;
    public static final int SYNC_READ = 21;
    public static final int SYNC_WRITE = 22;
    public static final int SYNC_WAIT = 23;
    public static final int SUBMIT_CMD2 = 24;

    /** A reply header. */
    public record Header(int length, int id) {
    }

    /** A created resource: its id and the descriptor of its shared memory (-1 if none came). */
    public record Created(int handle, int fd) {
    }

    private final UnixSocket socket;

    private VtestClient(UnixSocket socket) {
        this.socket = socket;
    }

    public static VtestClient connect(String path) throws IOException {
        return new VtestClient(UnixSocket.connect(path));
    }

    // ---- raw framing ------------------------------------------------------------------------

    public static byte[] dwords(int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    public void sendRaw(byte[] bytes) throws IOException {
        socket.write(bytes);
    }

    /** Header and body as two writes, as Mesa does. */
    public void send(int length, int id, int... body) throws IOException {
        sendRaw(dwords(length, id));
        if (body.length > 0) {
            sendRaw(dwords(body));
        }
    }

    public byte[] readBytes(int count) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(Math.max(1, count));
            socket.readFully(seg.asSlice(0, count));
            return seg.asSlice(0, count).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    public int[] readDwords(int count) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(readBytes(4 * count)).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = b.getInt();
        }
        return out;
    }

    public Header readHeader() throws IOException {
        int[] h = readDwords(2);
        return new Header(h[0], h[1]);
    }

    /** Reads a header, checks its id, returns its payload dwords. */
    public int[] readReply(int expectedId) throws IOException {
        Header h = readHeader();
        if (h.id() != expectedId) {
            throw new IOException("expected reply id " + expectedId + ", got " + h);
        }
        return readDwords(h.length());
    }

    /** The descriptor message: the fd (caller closes it) or -1. */
    public int receiveFd() throws IOException {
        return socket.receiveFd();
    }

    /** True if the server closed the connection (reads end of stream). */
    public boolean closedByServer() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            return socket.read(arena.allocate(1)) == 0;
        }
    }

    // ---- commands -----------------------------------------------------------------------------

    public void createRenderer(String name) throws IOException {
        byte[] n = (name + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        sendRaw(dwords(n.length, CREATE_RENDERER));
        sendRaw(n);
    }

    /** Mesa's probe: PING and BUSY_WAIT(0, 0), then PROTOCOL_VERSION if the ping was answered. */
    public int negotiate(int version) throws IOException {
        send(0, PING_PROTOCOL_VERSION);
        send(2, RESOURCE_BUSY_WAIT, 0, 0);
        Header first = readHeader();
        if (first.id() == RESOURCE_BUSY_WAIT) {
            readDwords(first.length());
            return 0;
        }
        if (first.id() != PING_PROTOCOL_VERSION || first.length() != 0) {
            throw new IOException("bad ping reply " + first);
        }
        readReply(RESOURCE_BUSY_WAIT);
        return protocolVersion(version);
    }

    public int protocolVersion(int version) throws IOException {
        send(1, PROTOCOL_VERSION, version);
        return readReply(PROTOCOL_VERSION)[0];
    }

    /** GET_CAPS2 then GET_CAPS, back to back as Mesa sends them; returns {v2 caps, v1 caps}. */
    public byte[][] getBothCaps() throws IOException {
        send(0, GET_CAPS2);
        send(0, GET_CAPS);
        // caps replies carry the capset id (2, 1), not the command id
        byte[] v2 = readCaps(2);
        byte[] v1 = readCaps(1);
        return new byte[][] {v2, v1};
    }

    /** A caps reply: header length is the byte count + 1. */
    public byte[] readCaps(int id) throws IOException {
        Header h = readHeader();
        if (h.id() != id) {
            throw new IOException("expected caps reply " + id + ", got " + h);
        }
        return readBytes(h.length() - 1);
    }

    public int busyWait(int handle, int flags) throws IOException {
        send(2, RESOURCE_BUSY_WAIT, handle, flags);
        return readReply(RESOURCE_BUSY_WAIT)[0];
    }

    /** RESOURCE_CREATE of an R8 buffer {@code width} bytes wide; v3 servers reply with the id. */
    public int createBuffer(int handle, int width, boolean expectReply) throws IOException {
        send(10, RESOURCE_CREATE, handle, 0, 64, 0x10, width, 1, 1, 1, 0, 0);
        return expectReply ? readReply(RESOURCE_CREATE)[0] : handle;
    }

    /** RESOURCE_CREATE2 of an R8 buffer with {@code dataSize} bytes of shared memory. */
    public Created createBuffer2(int handle, int width, int dataSize, boolean expectReply) throws IOException {
        send(11, RESOURCE_CREATE2, handle, 0, 64, 0x10, width, 1, 1, 1, 0, 0, dataSize);
        int id = expectReply ? readReply(RESOURCE_CREATE2)[0] : handle;
        int fd = dataSize != 0 ? receiveFd() : -1;
        return new Created(id, fd);
    }

    public void unref(int handle) throws IOException {
        send(1, RESOURCE_UNREF, handle);
    }

    /** v0 upload: 11 dwords then exactly {@code data.length} bytes (unpadded), length over-counted as upstream. */
    public void transferPut(int handle, int x, byte[] data) throws IOException {
        send(11 + (data.length + 3) / 4, TRANSFER_PUT, handle, 0, data.length, 0, x, 0, 0, data.length, 1, 1,
                data.length);
        if (data.length > 0) {
            sendRaw(data);
        }
    }

    /** v0 readback: raw bytes come back with no header. */
    public byte[] transferGet(int handle, int x, int size) throws IOException {
        send(11, TRANSFER_GET, handle, 0, size, 0, x, 0, 0, size, 1, 1, size);
        return readBytes(size);
    }

    public void transferPut2(int handle, int x, int size, int offset) throws IOException {
        send(10 + (size + 3) / 4, TRANSFER_PUT2, handle, 0, x, 0, 0, size, 1, 1, size, offset);
    }

    public void transferGet2(int handle, int x, int size, int offset) throws IOException {
        send(10, TRANSFER_GET2, handle, 0, x, 0, 0, size, 1, 1, size, offset);
    }

    public void submit(int... commandDwords) throws IOException {
        send(commandDwords.length, SUBMIT_CMD, commandDwords);
    }

    public int[] getParam(int param) throws IOException {
        send(1, GET_PARAM, param);
        return readReply(GET_PARAM);
    }

    /** GET_CAPSET: null if unsupported, else the capset bytes. */
    public byte[] getCapset(int id, int version) throws IOException {
        send(2, GET_CAPSET, id, version);
        Header h = readHeader();
        if (h.id() != GET_CAPSET) {
            throw new IOException("expected GET_CAPSET reply, got " + h);
        }
        int valid = readDwords(1)[0];
        if (valid == 0) {
            return null;
        }
        return readBytes(4 * (h.length() - 1));
    }

    public void contextInit(int capset) throws IOException {
        send(1, CONTEXT_INIT, capset);
    }

    public Created createBlob(int type, int flags, long size, long blobId) throws IOException {
        send(6, RESOURCE_CREATE_BLOB, type, flags, (int) size, (int) (size >>> 32), (int) blobId, (int) (blobId >>> 32));
        int id = readReply(RESOURCE_CREATE_BLOB)[0];
        return new Created(id, receiveFd());
    }

    public int syncCreate(long value) throws IOException {
        send(2, SYNC_CREATE, (int) value, (int) (value >>> 32));
        return readReply(SYNC_CREATE)[0];
    }

    public long syncRead(int id) throws IOException {
        send(1, SYNC_READ, id);
        int[] v = readReply(SYNC_READ);
        return Integer.toUnsignedLong(v[0]) | ((long) v[1] << 32);
    }

    public void syncWrite(int id, long value) throws IOException {
        send(3, SYNC_WRITE, id, (int) value, (int) (value >>> 32));
    }

    public void syncUnref(int id) throws IOException {
        send(1, SYNC_UNREF, id);
    }

    /** SYNC_WAIT on (id, value) pairs; returns the eventfd (or -1). */
    public int syncWait(int flags, int timeoutMs, long... idValuePairs) throws IOException {
        int n = idValuePairs.length / 2;
        int[] body = new int[2 + 3 * n];
        body[0] = flags;
        body[1] = timeoutMs;
        for (int i = 0; i < n; i++) {
            body[2 + 3 * i] = (int) idValuePairs[2 * i];
            body[3 + 3 * i] = (int) idValuePairs[2 * i + 1];
            body[4 + 3 * i] = (int) (idValuePairs[2 * i + 1] >>> 32);
        }
        send(body.length, SYNC_WAIT, body);
        readReply(SYNC_WAIT);
        return receiveFd();
    }

    /** SUBMIT_CMD2 with one batch: {@code commands}, then (sync id, value) pairs, on {@code ring} if flagged. */
    public void submit2(int flags, int ring, int[] commands, long... syncPairs) throws IOException {
        int n = syncPairs.length / 2;
        int cmdOffset = 1 + 8;
        int syncOffset = cmdOffset + commands.length;
        int[] body = new int[syncOffset + 3 * n];
        body[0] = 1;
        body[1] = flags;
        body[2] = cmdOffset;
        body[3] = commands.length;
        body[4] = syncOffset;
        body[5] = n;
        body[6] = ring;
        System.arraycopy(commands, 0, body, cmdOffset, commands.length);
        for (int i = 0; i < n; i++) {
            body[syncOffset + 3 * i] = (int) syncPairs[2 * i];
            body[syncOffset + 3 * i + 1] = (int) syncPairs[2 * i + 1];
            body[syncOffset + 3 * i + 2] = (int) (syncPairs[2 * i + 1] >>> 32);
        }
        send(body.length, SUBMIT_CMD2, body);
    }

    /**
     * Writes {@code value} into a v2 resource's first dword through its shared memory ({@code fd},
     * from {@link #createBuffer2}), has the server copy it in (PUT2) and back out (GET2) after
     * clearing it, and returns what came back: {@code value} when the server's mapping is live.
     */
    public int sharedMemoryRoundTrip(int handle, int fd, int value) throws IOException {
        try (SharedMemory shm = SharedMemory.map(fd, 0, 4)) {
            MemorySegment word = shm.segment();
            word.set(ValueLayout.JAVA_INT, 0, value);
            transferPut2(handle, 0, 4, 0);
            busyWait(handle, 1); // PUT2 has no reply: a round trip makes sure the server copied
            word.set(ValueLayout.JAVA_INT, 0, 0);
            transferGet2(handle, 0, 4, 0);
            busyWait(handle, 1);
            return word.get(ValueLayout.JAVA_INT, 0);
        }
    }

    /** A round trip that proves the stream is still in step. */
    public boolean pingAnswered() throws IOException {
        send(0, PING_PROTOCOL_VERSION);
        try {
            Header h = readHeader();
            return h.id() == PING_PROTOCOL_VERSION && h.length() == 0;
        } catch (EOFException e) {
            return false;
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
