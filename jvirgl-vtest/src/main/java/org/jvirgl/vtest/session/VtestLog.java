package org.jvirgl.vtest.session;

import java.io.PrintStream;
import org.jvirgl.api.LogPriority;

/**
 * The server's log: one line per event on a stream (stderr by default), filtered by level.
 * Instances are immutable; {@link #withPrefix} makes a per-client view of the same sink.
 */
public final class VtestLog {
    private final PrintStream out;
    private final LogPriority threshold;
    private final String prefix;

    public VtestLog(PrintStream out, LogPriority threshold) {
        this(out, threshold, "");
    }

    private VtestLog(PrintStream out, LogPriority threshold, String prefix) {
        this.out = out;
        this.threshold = threshold;
        this.prefix = prefix;
    }

    public VtestLog withPrefix(String more) {
        return new VtestLog(out, threshold, prefix + more + ": ");
    }

    public LogPriority threshold() {
        return threshold;
    }

    public boolean enabled(LogPriority priority) {
        return priority.compareTo(threshold) >= 0;
    }

    public void log(LogPriority priority, String message) {
        if (enabled(priority)) {
            String line = "jvirgl vtest: " + tag(priority) + prefix + message;
            synchronized (out) {
                out.println(line);
            }
        }
    }

    private static String tag(LogPriority priority) {
        return switch (priority) {
            case DEBUG -> "debug: ";
            case INFO -> "";
            case WARNING -> "warning: ";
            case ERROR -> "error: ";
        };
    }

    public void debug(String message) {
        log(LogPriority.DEBUG, message);
    }

    public void info(String message) {
        log(LogPriority.INFO, message);
    }

    public void warn(String message) {
        log(LogPriority.WARNING, message);
    }

    public void error(String message) {
        log(LogPriority.ERROR, message);
    }

    /** Parses a {@code --log-level} value: debug, info, warning (or warn), error. */
    public static LogPriority parseLevel(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "debug" -> LogPriority.DEBUG;
            case "info" -> LogPriority.INFO;
            case "warning", "warn" -> LogPriority.WARNING;
            case "error" -> LogPriority.ERROR;
            default -> throw new IllegalArgumentException("unknown log level '" + text + "' (debug, info, warning, error)");
        };
    }
}
