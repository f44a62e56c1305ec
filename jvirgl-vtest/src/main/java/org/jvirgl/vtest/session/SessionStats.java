package org.jvirgl.vtest.session;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jvirgl.vtest.protocol.VtestCommand;

/** Per-client counters for {@code --stats}; touched only by the client's own thread. */
final class SessionStats {
    private final Map<VtestCommand, Long> perCommand = new EnumMap<>(VtestCommand.class);
    private long commands;
    private long refused;
    private long bytesIn;
    private long bytesOut;
    private long fdsSent;
    private long submitNanos;
    private long transferNanos;
    private long waitNanos;
    private final long startNanos = System.nanoTime();

    void command(VtestCommand command) {
        commands++;
        if (command != null) {
            perCommand.merge(command, 1L, Long::sum);
        }
    }

    void refused() {
        refused++;
    }

    void bytesIn(long n) {
        bytesIn += n;
    }

    void bytesOut(long n) {
        bytesOut += n;
    }

    void fdSent() {
        fdsSent++;
    }

    void submit(long nanos) {
        submitNanos += nanos;
    }

    void transfer(long nanos) {
        transferNanos += nanos;
    }

    void busyWait(long nanos) {
        waitNanos += nanos;
    }

    long commands() {
        return commands;
    }

    long refusedCount() {
        return refused;
    }

    /** One line: totals, then the per-command counts. */
    String summary() {
        String counts = perCommand.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return String.format(java.util.Locale.ROOT,
                "%d commands (%d refused), %d bytes in, %d bytes out, %d fds; submit %.1f ms, transfer %.1f ms,"
                        + " busy-wait %.1f ms, connected %.1f s [%s]",
                commands, refused, bytesIn, bytesOut, fdsSent, submitNanos / 1e6, transferNanos / 1e6,
                waitNanos / 1e6, (System.nanoTime() - startNanos) / 1e9, counts);
    }
}
