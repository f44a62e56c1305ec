package org.jvirgl.vtest.session;

import java.io.IOException;
import org.jvirgl.vtest.protocol.RequestSink;
import org.jvirgl.vtest.protocol.VtestRequest;
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
import org.jvirgl.vtest.protocol.VtestRequest.ResourceUnref;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitCmd;
import org.jvirgl.vtest.protocol.VtestRequest.SubmitCmd2;
import org.jvirgl.vtest.protocol.VtestRequest.SyncCreate;
import org.jvirgl.vtest.protocol.VtestRequest.SyncRead;
import org.jvirgl.vtest.protocol.VtestRequest.SyncUnref;
import org.jvirgl.vtest.protocol.VtestRequest.SyncWait;
import org.jvirgl.vtest.protocol.VtestRequest.SyncWrite;
import org.jvirgl.vtest.protocol.VtestRequest.TransferGet;
import org.jvirgl.vtest.protocol.VtestRequest.TransferGet2;
import org.jvirgl.vtest.protocol.VtestRequest.TransferPut;
import org.jvirgl.vtest.protocol.VtestRequest.TransferPut2;
import org.jvirgl.vtest.protocol.VtestRequest.Unknown;

/**
 * Routes each request to its handler. The switch is exhaustive over the sealed request type, so
 * a new command cannot be forgotten. Handlers answer every request that has a reply, refused or
 * not; only transport failures (IOException) leave here.
 */
final class CommandDispatcher implements RequestSink {
    private final ClientSession session;
    private final HandshakeHandler handshake;
    private final CapsHandler caps;
    private final ResourceHandler resources;
    private final TransferHandler transfers;
    private final SubmitHandler submits;
    private final SyncHandler syncs;
    private boolean first = true;

    CommandDispatcher(ClientSession session) {
        this.session = session;
        this.handshake = new HandshakeHandler(session);
        this.caps = new CapsHandler(session);
        this.resources = new ResourceHandler(session);
        this.transfers = new TransferHandler(session);
        this.submits = new SubmitHandler(session);
        this.syncs = new SyncHandler(session);
    }

    @Override
    public void accept(VtestRequest request) throws IOException {
        session.stats().command(request.command());
        if (first) {
            first = false;
            if (!(request instanceof CreateRenderer)) {
                session.refuse("first command is " + request + ", not CREATE_RENDERER; serving the client unnamed");
            }
        }
        try {
            session.pollFences();
        } catch (RuntimeException e) {
            session.log().warn("fence poll failed: " + e.getMessage());
        }
        switch (request) {
            case CreateRenderer r -> handshake.createRenderer(r);
            case PingProtocolVersion r -> handshake.ping();
            case ProtocolVersion r -> handshake.protocolVersion(r);
            case GetParam r -> handshake.getParam(r);
            case ContextInit r -> handshake.contextInit(r);
            case GetCaps r -> caps.getCaps();
            case GetCaps2 r -> caps.getCaps2();
            case GetCapset r -> caps.getCapset(r);
            case ResourceCreate r -> resources.create(r.spec(), 0, r.command());
            case ResourceCreate2 r -> resources.create(r.spec(), r.dataSize(), r.command());
            case ResourceCreateBlob r -> resources.createBlob(r);
            case ResourceUnref r -> resources.unref(r.handle());
            case TransferGet r -> transfers.get(r);
            case TransferPut r -> transfers.put(r);
            case TransferGet2 r -> transfers.get2(r);
            case TransferPut2 r -> transfers.put2(r);
            case SubmitCmd r -> submits.submit(r.commands());
            case SubmitCmd2 r -> submits.submit2(r);
            case ResourceBusyWait r -> submits.busyWait(r);
            case SyncCreate r -> syncs.create(r);
            case SyncUnref r -> syncs.unref(r);
            case SyncRead r -> syncs.read(r);
            case SyncWrite r -> syncs.write(r);
            case SyncWait r -> syncs.waitFor(r);
            case Refused r -> refused(r);
            case Unknown r -> session.refuse("unknown command id " + r.commandId() + " (" + r.length()
                    + " dwords skipped)");
        }
    }

    /** A request consumed but not servable: give the client the reply it waits for, if any. */
    private void refused(Refused r) throws IOException {
        session.refuse(r.command() + " refused: " + r.reason());
        switch (r.command()) {
            case SYNC_WAIT -> syncs.refuseWait();
            case TRANSFER_PUT, SUBMIT_CMD, SUBMIT_CMD2, CREATE_RENDERER -> {
                // no reply is owed
            }
            default -> throw new IllegalStateException("no refusal path for " + r.command());
        }
    }
}
