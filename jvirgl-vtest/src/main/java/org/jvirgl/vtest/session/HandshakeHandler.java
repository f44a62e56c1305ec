package org.jvirgl.vtest.session;

import java.io.IOException;
import org.jvirgl.vtest.protocol.VtestCommand;
import org.jvirgl.vtest.protocol.VtestProtocol;
import org.jvirgl.vtest.protocol.VtestRequest.ContextInit;
import org.jvirgl.vtest.protocol.VtestRequest.CreateRenderer;
import org.jvirgl.vtest.protocol.VtestRequest.GetParam;
import org.jvirgl.vtest.protocol.VtestRequest.ProtocolVersion;

/** CREATE_RENDERER, PING_PROTOCOL_VERSION, PROTOCOL_VERSION, GET_PARAM and CONTEXT_INIT. */
final class HandshakeHandler {
    private final ClientSession session;

    HandshakeHandler(ClientSession session) {
        this.session = session;
    }

    void createRenderer(CreateRenderer request) {
        if (session.named()) {
            session.refuse("second CREATE_RENDERER ('" + request.name() + "') ignored");
            return;
        }
        session.name(request.name());
        session.log().info("renderer requested");
    }

    void ping() throws IOException {
        session.replies.send(VtestCommand.PING_PROTOCOL_VERSION);
    }

    /**
     * Negotiates min(client, server); version 1 is deprecated and served as 0, and without
     * usable shared memory everything is 0 (v2+ hands out memfds).
     */
    void protocolVersion(ProtocolVersion request) throws IOException {
        int offered = session.config().maxProtocolVersion();
        int version = Integer.compareUnsigned(request.clientVersion(), offered) < 0 ? request.clientVersion() : offered;
        if (version == 1) {
            version = 0;
        }
        session.protocolVersion(version);
        session.log().info("protocol version " + version + " (client asked for "
                + Integer.toUnsignedString(request.clientVersion()) + ")");
        session.replies.send(VtestCommand.PROTOCOL_VERSION, version);
    }

    void getParam(GetParam request) throws IOException {
        if (request.param() == VtestProtocol.PARAM_MAX_TIMELINE_COUNT) {
            session.replies.send(VtestCommand.GET_PARAM, 1, session.config().timelineCount());
        } else {
            session.replies.send(VtestCommand.GET_PARAM, 0, 0);
        }
    }

    void contextInit(ContextInit request) throws IOException {
        if (request.capsetId() == 0) {
            session.refuse("CONTEXT_INIT with capset 0");
            return;
        }
        if (session.contextReady() && session.capsetId() != request.capsetId()) {
            session.refuse("CONTEXT_INIT capset " + request.capsetId() + " after the context was created with "
                    + (session.capsetId() == 0 ? "the default capset" : "capset " + session.capsetId()));
            return;
        }
        if (!session.initContext(request.capsetId())) {
            session.refuse("CONTEXT_INIT capset " + request.capsetId() + " failed");
        }
    }
}
