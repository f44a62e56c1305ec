package org.jvirgl.vtest.protocol;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.api.Box;

/**
 * One decoded client request. Every id value is the raw 32-bit wire word (treat as unsigned
 * where it is a size). Segments ({@link SubmitCmd#commands()}, {@link TransferPut#data()},
 * {@link SubmitCmd2#buffer()}) point into the decoder's buffer and are valid only until the
 * handler returns.
 */
public sealed interface VtestRequest {

    /** The command this request belongs to (for refusals: the command that was refused). */
    VtestCommand command();

    /** A resource's shape as sent by RESOURCE_CREATE(2). */
    record ResourceSpec(int handle, int target, int format, int bind, int width, int height, int depth,
            int arraySize, int lastLevel, int nrSamples) {
    }

    /** The region of a v0/v2 transfer (stride and layer stride are 0 in v2 transfers). */
    record TransferRegion(int handle, int level, int stride, int layerStride, Box box) {
    }

    /** A (sync id, value) pair of SYNC_WAIT and SUBMIT_CMD2. */
    record SyncPoint(int syncId, long value) {
    }

    /** One SUBMIT_CMD2 batch, already checked against the buffer's bounds. */
    record SubmitBatch(int flags, MemorySegment commands, List<SyncPoint> syncs, int ringIdx) {
        @Override
        public String toString() {
            return "batch{flags=" + flags + ", " + commands.byteSize() / 4 + " dw, " + syncs.size() + " syncs, ring "
                    + ringIdx + "}";
        }
    }

    record CreateRenderer(String name) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.CREATE_RENDERER;
        }
    }

    record GetCaps() implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.GET_CAPS;
        }
    }

    record GetCaps2() implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.GET_CAPS2;
        }
    }

    record PingProtocolVersion() implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.PING_PROTOCOL_VERSION;
        }
    }

    record ProtocolVersion(int clientVersion) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.PROTOCOL_VERSION;
        }
    }

    record ResourceCreate(ResourceSpec spec) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.RESOURCE_CREATE;
        }
    }

    record ResourceCreate2(ResourceSpec spec, int dataSize) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.RESOURCE_CREATE2;
        }
    }

    record ResourceUnref(int handle) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.RESOURCE_UNREF;
        }
    }

    record TransferGet(TransferRegion region, int dataSize) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.TRANSFER_GET;
        }
    }

    record TransferPut(TransferRegion region, MemorySegment data) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.TRANSFER_PUT;
        }

        @Override
        public String toString() {
            return "TransferPut[" + region + ", " + data.byteSize() + " bytes]";
        }
    }

    record TransferGet2(TransferRegion region, int dataSize, int offset) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.TRANSFER_GET2;
        }
    }

    record TransferPut2(TransferRegion region, int dataSize, int offset) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.TRANSFER_PUT2;
        }
    }

    record SubmitCmd(MemorySegment commands) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.SUBMIT_CMD;
        }

        @Override
        public String toString() {
            return "SubmitCmd[" + commands.byteSize() / 4 + " dwords]";
        }
    }

    record ResourceBusyWait(int handle, int flags) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.RESOURCE_BUSY_WAIT;
        }
    }

    record GetParam(int param) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.GET_PARAM;
        }
    }

    record GetCapset(int capsetId, int version) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.GET_CAPSET;
        }
    }

    record ContextInit(int capsetId) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.CONTEXT_INIT;
        }
    }

    record ResourceCreateBlob(int type, int flags, long size, long blobId) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.RESOURCE_CREATE_BLOB;
        }
    }

    record SyncCreate(long initialValue) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.SYNC_CREATE;
        }
    }

    record SyncUnref(int syncId) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.SYNC_UNREF;
        }
    }

    record SyncRead(int syncId) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.SYNC_READ;
        }
    }

    record SyncWrite(int syncId, long value) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.SYNC_WRITE;
        }
    }

    record SyncWait(int flags, int timeoutMs, List<SyncPoint> points) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.SYNC_WAIT;
        }
    }

    record SubmitCmd2(List<SubmitBatch> batches) implements VtestRequest {
        public VtestCommand command() {
            return VtestCommand.SUBMIT_CMD2;
        }
    }

    /**
     * A request whose bytes were consumed but which cannot be served as sent (too large, or a
     * body that contradicts itself). The handler still owes the client the command's reply.
     */
    record Refused(VtestCommand command, String reason) implements VtestRequest {
    }

    /** A command id this server does not know; {@code length} dwords were skipped. */
    record Unknown(int commandId, long length) implements VtestRequest {
        public VtestCommand command() {
            return null;
        }
    }
}
