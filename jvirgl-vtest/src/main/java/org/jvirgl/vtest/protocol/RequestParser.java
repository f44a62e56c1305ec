package org.jvirgl.vtest.protocol;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jvirgl.api.Box;
import org.jvirgl.vtest.protocol.VtestRequest.ContextInit;
import org.jvirgl.vtest.protocol.VtestRequest.CreateRenderer;
import org.jvirgl.vtest.protocol.VtestRequest.GetCaps;
import org.jvirgl.vtest.protocol.VtestRequest.GetCaps2;
import org.jvirgl.vtest.protocol.VtestRequest.GetCapset;
import org.jvirgl.vtest.protocol.VtestRequest.GetParam;
import org.jvirgl.vtest.protocol.VtestRequest.PingProtocolVersion;
import org.jvirgl.vtest.protocol.VtestRequest.ProtocolVersion;
import org.jvirgl.vtest.protocol.VtestRequest.Refused;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceBusyWait;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceCreate;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceCreate2;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceCreateBlob;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceSpec;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceUnref;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitBatch;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitCmd;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitCmd2;
import org.jvirgl.vtest.protocol.VtestRequest.SyncCreate;
import org.jvirgl.vtest.protocol.VtestRequest.SyncPoint;
import org.jvirgl.vtest.protocol.VtestRequest.SyncRead;
import org.jvirgl.vtest.protocol.VtestRequest.SyncUnref;
import org.jvirgl.vtest.protocol.VtestRequest.SyncWait;
import org.jvirgl.vtest.protocol.VtestRequest.SyncWrite;
import org.jvirgl.vtest.protocol.VtestRequest.TransferGet;
import org.jvirgl.vtest.protocol.VtestRequest.TransferGet2;
import org.jvirgl.vtest.protocol.VtestRequest.TransferPut;
import org.jvirgl.vtest.protocol.VtestRequest.TransferPut2;
import org.jvirgl.vtest.protocol.VtestRequest.TransferRegion;

/**
 * Turns one complete request body into its record, by the command's own layout (never by
 * trusting the header length, whose meaning differs per command). Bodies that contradict
 * themselves become {@link Refused}. Pure: no state, no I/O.
 */
final class RequestParser {
    static final ValueLayout.OfInt LE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_NAME_CHARS = 1024;

    private RequestParser() {
    }

    static int dword(MemorySegment body, int index) {
        return body.get(LE_INT, 4L * index);
    }

    private static long u64(MemorySegment body, int loIndex) {
        return Integer.toUnsignedLong(dword(body, loIndex)) | ((long) dword(body, loIndex + 1) << 32);
    }

    static VtestRequest parse(VtestCommand command, MemorySegment body) {
        return switch (command) {
            case GET_CAPS -> new GetCaps();
            case GET_CAPS2 -> new GetCaps2();
            case PING_PROTOCOL_VERSION -> new PingProtocolVersion();
            case PROTOCOL_VERSION -> new ProtocolVersion(dword(body, 0));
            case CREATE_RENDERER -> new CreateRenderer(name(body));
            case RESOURCE_CREATE -> new ResourceCreate(spec(body));
            case RESOURCE_CREATE2 -> new ResourceCreate2(spec(body), dword(body, 10));
            case RESOURCE_UNREF -> new ResourceUnref(dword(body, 0));
            case TRANSFER_GET -> new TransferGet(region(body, true), dword(body, 10));
            case TRANSFER_PUT -> new TransferPut(region(body, true), body.asSlice(44));
            case TRANSFER_GET2 -> new TransferGet2(region(body, false), dword(body, 8), dword(body, 9));
            case TRANSFER_PUT2 -> new TransferPut2(region(body, false), dword(body, 8), dword(body, 9));
            case SUBMIT_CMD -> new SubmitCmd(body);
            case RESOURCE_BUSY_WAIT -> new ResourceBusyWait(dword(body, 0), dword(body, 1));
            case GET_PARAM -> new GetParam(dword(body, 0));
            case GET_CAPSET -> new GetCapset(dword(body, 0), dword(body, 1));
            case CONTEXT_INIT -> new ContextInit(dword(body, 0));
            case RESOURCE_CREATE_BLOB -> new ResourceCreateBlob(dword(body, 0), dword(body, 1), u64(body, 2),
                    u64(body, 4));
            case SYNC_CREATE -> new SyncCreate(u64(body, 0));
            case SYNC_UNREF -> new SyncUnref(dword(body, 0));
            case SYNC_READ -> new SyncRead(dword(body, 0));
            case SYNC_WRITE -> new SyncWrite(dword(body, 0), u64(body, 1));
            case SYNC_WAIT -> syncWait(body);
            case SUBMIT_CMD2 -> submitCmd2(body);
        };
    }

    /** The debug name: up to the first NUL (Mesa may send none), capped for logging. */
    private static String name(MemorySegment body) {
        int len = 0;
        long size = Math.min(body.byteSize(), MAX_NAME_CHARS);
        while (len < size && body.get(ValueLayout.JAVA_BYTE, len) != 0) {
            len++;
        }
        byte[] bytes = body.asSlice(0, len).toArray(ValueLayout.JAVA_BYTE);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static ResourceSpec spec(MemorySegment b) {
        return new ResourceSpec(dword(b, 0), dword(b, 1), dword(b, 2), dword(b, 3), dword(b, 4), dword(b, 5),
                dword(b, 6), dword(b, 7), dword(b, 8), dword(b, 9));
    }

    /** v0 transfers carry stride and layer stride at dwords 2-3; v2 ones do not. */
    private static TransferRegion region(MemorySegment b, boolean withStrides) {
        if (withStrides) {
            return new TransferRegion(dword(b, 0), dword(b, 1), dword(b, 2), dword(b, 3),
                    new Box(dword(b, 4), dword(b, 5), dword(b, 6), dword(b, 7), dword(b, 8), dword(b, 9)));
        }
        return new TransferRegion(dword(b, 0), dword(b, 1), 0, 0,
                new Box(dword(b, 2), dword(b, 3), dword(b, 4), dword(b, 5), dword(b, 6), dword(b, 7)));
    }

    private static List<SyncPoint> syncPoints(MemorySegment b, long firstDword, long count) {
        List<SyncPoint> points = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            int at = (int) (firstDword + 3 * i);
            points.add(new SyncPoint(dword(b, at), u64(b, at + 1)));
        }
        return List.copyOf(points);
    }

    private static VtestRequest syncWait(MemorySegment body) {
        long dwords = body.byteSize() / 4;
        if (dwords < 2 || (dwords - 2) % 3 != 0) {
            return new Refused(VtestCommand.SYNC_WAIT, "length " + dwords + " is not 2 + 3n dwords");
        }
        return new SyncWait(dword(body, 0), dword(body, 1), syncPoints(body, 2, (dwords - 2) / 3));
    }

    private static VtestRequest submitCmd2(MemorySegment body) {
        long dwords = body.byteSize() / 4;
        if (dwords < 1) {
            return new Refused(VtestCommand.SUBMIT_CMD2, "empty body");
        }
        long count = Integer.toUnsignedLong(dword(body, 0));
        if (1 + VtestProtocol.SUBMIT_CMD2_BATCH_DWORDS * count > dwords) {
            return new Refused(VtestCommand.SUBMIT_CMD2, count + " batches do not fit in " + dwords + " dwords");
        }
        List<SubmitBatch> batches = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            int at = 1 + VtestProtocol.SUBMIT_CMD2_BATCH_DWORDS * i;
            int flags = dword(body, at);
            long cmdOffset = Integer.toUnsignedLong(dword(body, at + 1));
            long cmdSize = Integer.toUnsignedLong(dword(body, at + 2));
            long syncOffset = Integer.toUnsignedLong(dword(body, at + 3));
            long syncCount = Integer.toUnsignedLong(dword(body, at + 4));
            long ringIdx = Integer.toUnsignedLong(dword(body, at + 5));
            if (cmdOffset + cmdSize > dwords || syncOffset + 3 * syncCount > dwords) {
                return new Refused(VtestCommand.SUBMIT_CMD2, "batch " + i + " reaches past the " + dwords + "-dword body");
            }
            if (ringIdx >= VtestProtocol.MAX_TIMELINE_COUNT) {
                return new Refused(VtestCommand.SUBMIT_CMD2, "batch " + i + " names ring " + ringIdx);
            }
            batches.add(new SubmitBatch(flags, body.asSlice(4 * cmdOffset, 4 * cmdSize),
                    syncPoints(body, syncOffset, syncCount), (int) ringIdx));
        }
        return new SubmitCmd2(List.copyOf(batches));
    }
}
