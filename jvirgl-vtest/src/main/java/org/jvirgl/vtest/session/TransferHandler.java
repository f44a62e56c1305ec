package org.jvirgl.vtest.session;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.vtest.protocol.VtestRequest.TransferGet;
import org.jvirgl.vtest.protocol.VtestRequest.TransferGet2;
import org.jvirgl.vtest.protocol.VtestRequest.TransferPut;
import org.jvirgl.vtest.protocol.VtestRequest.TransferPut2;
import org.jvirgl.vtest.protocol.VtestRequest.TransferRegion;

/**
 * TRANSFER_GET/PUT (v0: data inline on the socket) and TRANSFER_GET2/PUT2 (v2: data in the
 * resource's shared memory at an offset). A v0 readback always sends exactly {@code data_size}
 * bytes (zeros when refused): the client reads that many whatever happens.
 */
final class TransferHandler {
    private final ClientSession session;

    TransferHandler(ClientSession session) {
        this.session = session;
    }

    void get(TransferGet request) throws IOException {
        long size = Integer.toUnsignedLong(request.dataSize());
        long max = session.config().limits().maxTransferBytes();
        if (size > max) {
            session.refuse("TRANSFER_GET of " + size + " bytes exceeds the " + max + "-byte limit; sending zeros");
            session.replies.sendZeros(size);
            return;
        }
        if (size == 0) {
            // Nothing travels on the socket: the box goes into the attached backing, if any.
            readBack(request.region(), 0, null, "TRANSFER_GET");
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = arena.allocate(size, 8);
            readBack(request.region(), 0, List.of(data), "TRANSFER_GET");
            session.replies.sendBytes(data);
        }
    }

    void put(TransferPut request) throws IOException {
        MemorySegment data = request.data();
        writeIn(request.region(), 0, data.byteSize() == 0 ? null : List.of(data), "TRANSFER_PUT");
    }

    void get2(TransferGet2 request) throws IOException {
        if (checkBacking(request.region(), request.offset(), "TRANSFER_GET2")) {
            readBack(request.region(), Integer.toUnsignedLong(request.offset()), null, "TRANSFER_GET2");
        }
    }

    void put2(TransferPut2 request) throws IOException {
        if (checkBacking(request.region(), request.offset(), "TRANSFER_PUT2")) {
            writeIn(request.region(), Integer.toUnsignedLong(request.offset()), null, "TRANSFER_PUT2");
        }
    }

    /** v2 transfers go through the shared memory: the resource must have some, and the offset lie in it. */
    private boolean checkBacking(TransferRegion region, int offset, String what) {
        ClientResource resource = session.resources.get(region.handle());
        if (resource == null) {
            session.refuse(what + ": unknown resource " + Integer.toUnsignedString(region.handle()));
            return false;
        }
        if (resource.backing() == null) {
            session.refuse(what + ": resource " + region.handle() + " has no shared memory");
            return false;
        }
        if (Integer.toUnsignedLong(offset) >= resource.backing().size()) {
            session.refuse(what + ": offset " + Integer.toUnsignedString(offset) + " is past the "
                    + resource.backing().size() + "-byte backing of resource " + region.handle());
            return false;
        }
        return true;
    }

    private boolean usable(TransferRegion region, String what) throws IOException {
        if (!session.resources.contains(region.handle())) {
            session.refuse(what + ": unknown resource " + Integer.toUnsignedString(region.handle()));
            return false;
        }
        if (!session.ensureContext()) {
            session.refuse(what + ": no context");
            return false;
        }
        return true;
    }

    private void readBack(TransferRegion region, long offset, List<MemorySegment> iov, String what) throws IOException {
        if (!usable(region, what)) {
            return;
        }
        long start = System.nanoTime();
        try {
            session.renderer().transferRead(region.handle(), ClientSession.CTX_ID, region.level(), region.stride(),
                    region.layerStride(), region.box(), offset, iov);
        } catch (RuntimeException e) {
            session.refuse(what + " " + region + " failed: " + e.getMessage());
        } finally {
            session.stats().transfer(System.nanoTime() - start);
        }
    }

    private void writeIn(TransferRegion region, long offset, List<MemorySegment> iov, String what) throws IOException {
        if (!usable(region, what)) {
            return;
        }
        long start = System.nanoTime();
        try {
            session.renderer().transferWrite(region.handle(), ClientSession.CTX_ID, region.level(), region.stride(),
                    region.layerStride(), region.box(), offset, iov);
        } catch (RuntimeException e) {
            session.refuse(what + " " + region + " failed: " + e.getMessage());
        } finally {
            session.stats().transfer(System.nanoTime() - start);
        }
    }
}
