package org.jvirgl.vtest.session;

import java.io.IOException;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.vtest.protocol.VtestCommand;
import org.jvirgl.vtest.protocol.VtestRequest.GetCapset;

/**
 * GET_CAPS, GET_CAPS2 and GET_CAPSET. The first two answer with a header whose length is the
 * caps' byte count + 1, and whose id is the capset id (1 or 2), not the command id: Mesa tells
 * the v2 reply from a v1-only server's reply by that id.
 */
final class CapsHandler {
    /** sizeof(virgl_caps_v1) and Mesa 22.3's sizeof(virgl_caps_v2): what a client reads on failure. */
    private static final int CAPS_V1_BYTES = 308;
    private static final int CAPS_V2_BYTES = 1376;

    private final ClientSession session;

    CapsHandler(ClientSession session) {
        this.session = session;
    }

    void getCaps() throws IOException {
        sendCaps(VtestCommand.GET_CAPS, Capset.VIRGL, CAPS_V1_BYTES);
    }

    void getCaps2() throws IOException {
        sendCaps(VtestCommand.GET_CAPS2, Capset.VIRGL2, CAPS_V2_BYTES);
    }

    private void sendCaps(VtestCommand command, int capset, int fallbackSize) throws IOException {
        VirglRenderer renderer = session.renderer();
        byte[] caps;
        try {
            caps = renderer.getCapSet(capset).maxSize() > 0 ? renderer.fillCaps(capset, 1) : null;
        } catch (RuntimeException e) {
            caps = null;
            session.log().error(command + ": the renderer failed to fill capset " + capset + ": " + e.getMessage());
        }
        if (caps == null) {
            // The client reads a fixed size whatever we say; zeros keep it in step (and tell it little).
            session.refuse(command + ": capset " + capset + " unavailable, answering zeroed caps");
            caps = new byte[fallbackSize];
        }
        session.replies.sendHeaderThen(caps.length + 1, capset);
        session.replies.sendBytes(caps);
    }

    void getCapset(GetCapset request) throws IOException {
        VirglRenderer renderer = session.renderer();
        byte[] caps = null;
        try {
            CapsetInfo info = renderer.getCapSet(request.capsetId());
            boolean known = info.maxVersion() != 0 || info.maxSize() != 0;
            if (known && Integer.compareUnsigned(request.version(), info.maxVersion()) <= 0 && info.maxSize() % 4 == 0) {
                caps = renderer.fillCaps(request.capsetId(), request.version());
            }
        } catch (RuntimeException e) {
            session.log().warn("GET_CAPSET " + request.capsetId() + ": " + e.getMessage());
        }
        if (caps == null || caps.length % 4 != 0) {
            session.log().info("GET_CAPSET: capset " + request.capsetId() + " v" + request.version() + " not supported");
            session.replies.send(VtestCommand.GET_CAPSET, 0);
            return;
        }
        session.replies.sendHeaderThen(1 + caps.length / 4, VtestCommand.GET_CAPSET.id(), 1);
        session.replies.sendBytes(caps);
    }
}
