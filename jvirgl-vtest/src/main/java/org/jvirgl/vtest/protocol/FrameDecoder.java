package org.jvirgl.vtest.protocol;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jvirgl.vtest.protocol.VtestRequest.Refused;
import org.jvirgl.vtest.protocol.VtestRequest.Unknown;

/**
 * The vtest framing state machine: bytes in (any cuts), whole requests out, in order.
 *
 * <p>Every byte a header announces is consumed before the request is judged, so a refused
 * request never desynchronises the stream (Mesa's client aborts on a closed socket, so
 * keeping the connection usable is the only graceful refusal). Bodies over the
 * {@link FrameLimits} are skipped rather than stored; the body buffer grows only as bytes
 * actually arrive, so a header that lies about a huge length costs nothing.
 *
 * <p>Body memory is native (handlers may pass it to the renderer as iov); a request's segments
 * are valid until the sink returns.
 */
public final class FrameDecoder {
    private static final int TRANSFER_PUT_HEADER_BYTES = 44;
    private static final long MIN_BUFFER = 4096;
    private static final long KEEP_BUFFER = 4L << 20;

    private enum State { HEADER, BODY, TRANSFER_DATA, DISCARD }

    private final FrameLimits limits;
    private final RequestSink sink;
    private final MemorySegment header = Arena.ofAuto().allocate(VtestProtocol.HEADER_BYTES, 8);
    private MemorySegment body = Arena.ofAuto().allocate(MIN_BUFFER, 8);

    private State state = State.HEADER;
    private long have;
    private long need;
    private VtestCommand command;
    private long discardLeft;
    private VtestRequest afterDiscard;

    public FrameDecoder(FrameLimits limits, RequestSink sink) {
        this.limits = limits;
        this.sink = sink;
    }

    /** True when no request is partly received (a clean place for the stream to end). */
    public boolean atBoundary() {
        return state == State.HEADER && have == 0;
    }

    /** Consumes all of {@code input}, handing each completed request to the sink. */
    public void feed(MemorySegment input) throws IOException {
        long at = 0;
        long size = input.byteSize();
        while (at < size) {
            long avail = size - at;
            switch (state) {
                case HEADER -> {
                    long n = Math.min(VtestProtocol.HEADER_BYTES - have, avail);
                    MemorySegment.copy(input, at, header, have, n);
                    have += n;
                    at += n;
                    if (have == VtestProtocol.HEADER_BYTES) {
                        onHeader();
                    }
                }
                case BODY, TRANSFER_DATA -> {
                    long n = Math.min(need - have, avail);
                    grow(have + n);
                    MemorySegment.copy(input, at, body, have, n);
                    have += n;
                    at += n;
                    if (have == need) {
                        onBodyComplete();
                    }
                }
                case DISCARD -> {
                    long n = Math.min(discardLeft, avail);
                    discardLeft -= n;
                    at += n;
                    if (discardLeft == 0) {
                        finish(afterDiscard);
                    }
                }
            }
        }
    }

    private void onHeader() throws IOException {
        long length = Integer.toUnsignedLong(RequestParser.dword(header, 0));
        int id = RequestParser.dword(header, 1);
        command = VtestCommand.fromId(id);
        if (command == null) {
            // Unknown ids: by the protocol's general rule the length counts payload dwords.
            discard(4 * length, new Unknown(id, length));
            return;
        }
        if (command.fixedPayloadDwords() >= 0) {
            startBody(4L * command.fixedPayloadDwords());
            return;
        }
        long bytes = command == VtestCommand.CREATE_RENDERER ? length : 4 * length;
        long max = command == VtestCommand.CREATE_RENDERER ? limits.maxNameBytes() : limits.maxCommandBytes();
        if (bytes > max) {
            discard(bytes, new Refused(command, "body of " + bytes + " bytes exceeds the " + max + "-byte limit"));
        } else {
            startBody(bytes);
        }
    }

    private void startBody(long bytes) throws IOException {
        state = State.BODY;
        have = 0;
        need = bytes;
        if (bytes == 0) {
            onBodyComplete();
        }
    }

    private void onBodyComplete() throws IOException {
        if (state == State.BODY && command == VtestCommand.TRANSFER_PUT) {
            // The data size is inside the fixed part; exactly that many bytes follow, unpadded.
            long dataSize = Integer.toUnsignedLong(RequestParser.dword(body, 10));
            if (dataSize > limits.maxTransferBytes()) {
                discard(dataSize, new Refused(command,
                        "inline data of " + dataSize + " bytes exceeds the " + limits.maxTransferBytes() + "-byte limit"));
                return;
            }
            if (dataSize > 0) {
                state = State.TRANSFER_DATA;
                need = TRANSFER_PUT_HEADER_BYTES + dataSize;
                return;
            }
        }
        finish(RequestParser.parse(command, body.asSlice(0, need)));
    }

    private void discard(long bytes, VtestRequest then) throws IOException {
        if (bytes == 0) {
            finish(then);
            return;
        }
        state = State.DISCARD;
        discardLeft = bytes;
        afterDiscard = then;
    }

    private void finish(VtestRequest request) throws IOException {
        state = State.HEADER;
        have = 0;
        need = 0;
        afterDiscard = null;
        sink.accept(request);
        if (body.byteSize() > KEEP_BUFFER) {
            // One huge upload should not pin its buffer for the rest of the connection.
            body = Arena.ofAuto().allocate(MIN_BUFFER, 8);
        }
    }

    /** Grows the body buffer to hold {@code bytes}, doubling, but never beyond the announced need. */
    private void grow(long bytes) {
        if (bytes <= body.byteSize()) {
            return;
        }
        long capacity = Math.min(need, Math.max(bytes, body.byteSize() * 2));
        MemorySegment bigger = Arena.ofAuto().allocate(capacity, 8);
        MemorySegment.copy(body, 0, bigger, 0, have);
        body = bigger;
    }
}
