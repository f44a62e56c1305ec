package org.jvirgl.vtest.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jvirgl.sys.EventFd;
import org.jvirgl.sys.LinuxException;
import org.jvirgl.vtest.protocol.VtestCommand;
import org.jvirgl.vtest.protocol.VtestProtocol;
import org.jvirgl.vtest.protocol.VtestRequest.SyncCreate;
import org.jvirgl.vtest.protocol.VtestRequest.SyncPoint;
import org.jvirgl.vtest.protocol.VtestRequest.SyncRead;
import org.jvirgl.vtest.protocol.VtestRequest.SyncUnref;
import org.jvirgl.vtest.protocol.VtestRequest.SyncWait;
import org.jvirgl.vtest.protocol.VtestRequest.SyncWrite;

/** SYNC_CREATE, SYNC_UNREF, SYNC_READ, SYNC_WRITE and SYNC_WAIT (protocol v3 sync objects). */
final class SyncHandler {
    private final ClientSession session;

    SyncHandler(ClientSession session) {
        this.session = session;
    }

    void create(SyncCreate request) throws IOException {
        session.replies.send(VtestCommand.SYNC_CREATE, session.syncs.create(request.initialValue()));
    }

    void unref(SyncUnref request) {
        if (!session.syncs.remove(request.syncId())) {
            session.log().debug("SYNC_UNREF of unknown sync " + Integer.toUnsignedString(request.syncId()) + " ignored");
        }
    }

    void read(SyncRead request) throws IOException {
        SyncTable.Sync sync = session.syncs.get(request.syncId());
        long value = 0;
        if (sync == null) {
            session.refuse("SYNC_READ of unknown sync " + Integer.toUnsignedString(request.syncId()) + " reads 0");
        } else {
            value = sync.value;
        }
        session.replies.send(VtestCommand.SYNC_READ, (int) value, (int) (value >>> 32));
    }

    void write(SyncWrite request) {
        SyncTable.Sync sync = session.syncs.get(request.syncId());
        if (sync == null) {
            session.refuse("SYNC_WRITE to unknown sync " + Integer.toUnsignedString(request.syncId()));
            return;
        }
        session.syncs.signal(sync, request.value());
    }

    void waitFor(SyncWait request) throws IOException {
        List<SyncTable.Point> points = new ArrayList<>(request.points().size());
        for (SyncPoint p : request.points()) {
            SyncTable.Sync sync = session.syncs.get(p.syncId());
            if (sync == null) {
                session.refuse("SYNC_WAIT on unknown sync " + Integer.toUnsignedString(p.syncId()));
                refuseWait();
                return;
            }
            points.add(new SyncTable.Point(sync, p.value()));
        }
        EventFd fd;
        try {
            fd = new EventFd();
        } catch (LinuxException e) {
            session.refuse("SYNC_WAIT: " + e.getMessage());
            refuseWait();
            return;
        }
        boolean any = (request.flags() & VtestProtocol.SYNC_WAIT_FLAG_ANY) != 0;
        SyncTable.Ticket ticket = session.syncs.startWait(points, any, fd);
        boolean sent = false;
        try {
            session.replies.send(VtestCommand.SYNC_WAIT);
            session.replies.sendFd(fd.fd());
            sent = true;
        } finally {
            session.syncs.keepOrRelease(ticket, request.timeoutMs(), sent);
        }
    }

    /** The reply a refused wait still owes: the header and a descriptor message without a descriptor. */
    void refuseWait() throws IOException {
        session.replies.send(VtestCommand.SYNC_WAIT);
        session.replies.sendFd(-1);
    }
}
