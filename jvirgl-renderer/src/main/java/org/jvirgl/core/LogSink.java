package org.jvirgl.core;

import java.util.function.Consumer;
import org.jvirgl.api.LogCallback;
import org.jvirgl.api.LogPriority;

/**
 * The renderer's log callback ({@code virgl_set_log_callback}). Sync threads log too, so the
 * current callback is published as one immutable value; with none set logging is a no-op.
 */
final class LogSink {
    private record Handler(LogCallback callback, Object userData, Consumer<Object> release) {
        void releaseUserData() {
            if (release != null) {
                release.accept(userData);
            }
        }
    }

    private static final Handler NONE = new Handler(null, null, null);

    private volatile Handler handler = NONE;

    /** Installs a callback; the previous user data is handed to the previous release hook. */
    void set(LogCallback callback, Object userData, Consumer<Object> release) {
        Handler previous;
        synchronized (this) {
            previous = handler;
            handler = callback == null && userData == null && release == null
                    ? NONE : new Handler(callback, userData, release);
        }
        previous.releaseUserData();
    }

    void log(LogPriority priority, String message) {
        Handler h = handler;
        if (h.callback() != null) {
            try {
                h.callback().log(priority, message, h.userData());
            } catch (RuntimeException ignored) {
                // A faulty embedder sink must not turn a log line into a renderer failure.
            }
        }
    }

    void error(String message) {
        log(LogPriority.ERROR, message);
    }

    void warn(String message) {
        log(LogPriority.WARNING, message);
    }

    /** Drops the callback at cleanup, releasing its user data like a replacement would. */
    void close() {
        set(null, null, null);
    }
}
