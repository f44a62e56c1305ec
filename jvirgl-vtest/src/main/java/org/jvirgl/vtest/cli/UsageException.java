package org.jvirgl.vtest.cli;

/** The command line was wrong; the message says how. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
