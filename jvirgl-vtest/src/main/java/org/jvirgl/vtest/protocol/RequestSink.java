package org.jvirgl.vtest.protocol;

import java.io.IOException;

/** Receives decoded requests in stream order; may answer the client (hence the IOException). */
@FunctionalInterface
public interface RequestSink {
    void accept(VtestRequest request) throws IOException;
}
