package org.jvirgl.vtest.session;

import java.io.IOException;
import java.util.function.Supplier;
import org.jvirgl.api.LogPriority;
import org.jvirgl.vtest.protocol.RequestSink;
import org.jvirgl.vtest.protocol.VtestRequest;

/** A decorator that traces every request at debug level before handing it on. */
final class LoggingSink implements RequestSink {
    private final Supplier<VtestLog> log;
    private final RequestSink next;

    LoggingSink(Supplier<VtestLog> log, RequestSink next) {
        this.log = log;
        this.next = next;
    }

    @Override
    public void accept(VtestRequest request) throws IOException {
        VtestLog current = log.get();
        if (current.enabled(LogPriority.DEBUG)) {
            current.debug("<- " + request);
        }
        next.accept(request);
    }
}
