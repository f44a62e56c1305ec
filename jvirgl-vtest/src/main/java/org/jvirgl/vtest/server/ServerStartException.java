package org.jvirgl.vtest.server;

/** The server could not start (socket busy, bad path, unreadable replay file); the message says why. */
public final class ServerStartException extends Exception {
    public ServerStartException(String message) {
        super(message);
    }
}
