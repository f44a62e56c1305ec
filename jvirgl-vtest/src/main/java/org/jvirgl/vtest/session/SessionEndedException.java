package org.jvirgl.vtest.session;

import java.io.IOException;

/** The session cannot go on (for example its renderer failed to start); the connection is closed. */
final class SessionEndedException extends IOException {
    SessionEndedException(String message) {
        super(message);
    }
}
