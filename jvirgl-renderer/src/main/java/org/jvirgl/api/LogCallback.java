package org.jvirgl.api;

/** Receives every formatted log message with its priority (no filtering happens before it). */
@FunctionalInterface
public interface LogCallback {
    void log(LogPriority priority, String message, Object userData);
}
