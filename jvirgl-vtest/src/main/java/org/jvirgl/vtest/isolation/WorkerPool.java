package org.jvirgl.vtest.isolation;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jvirgl.sys.UnixException;
import org.jvirgl.sys.UnixListener;
import org.jvirgl.sys.UnixSocket;
import org.jvirgl.vtest.session.VtestLog;

/**
 * The supervisor's worker processes: a few warm workers (one by default) are always started
 * ahead of need (JVM up, first renderer made), so a new client does not wait for a JVM to
 * start. A client is handed to a warm worker as a descriptor (SCM_RIGHTS) over the worker's
 * control connection, a private UNIX socket only this user can reach; the worker then serves
 * that one client and exits.
 *
 * <p>Control protocol: a ready worker connects and sends its pid (8 bytes, native order); the
 * supervisor answers with the one-byte descriptor message carrying the client socket. A worker
 * whose control connection ends before that exits quietly (the supervisor went away).
 *
 * <p>{@link #handOff} runs on the accept thread only; {@link #close()} may come from any thread.
 */
final class WorkerPool implements AutoCloseable {
    private static final int READY_POLL_MILLIS = 200;
    private static final int MAX_FAILED_STARTS = 3;
    private static final long EXIT_WAIT_MILLIS = 3000;

    private final WorkerCommand command;
    private final List<String> workerArgs;
    private final int warmWorkers;
    private final VtestLog log;
    private final Path controlDir;
    private final String controlPath;
    private final UnixListener control;
    /** Launched and not connected yet. */
    private final Set<Process> starting = ConcurrentHashMap.newKeySet();
    /** Connected and waiting for a client, oldest first. */
    private final Deque<Ready> ready = new ConcurrentLinkedDeque<>();
    private final Set<Process> serving = ConcurrentHashMap.newKeySet();
    private final AtomicInteger clientNumbers = new AtomicInteger();
    private volatile boolean closed;

    /** A warm worker that has connected and introduced itself. */
    private record Ready(Process process, UnixSocket connection) {
    }

    private WorkerPool(WorkerCommand command, List<String> workerArgs, int warmWorkers, VtestLog log,
            Path controlDir, String controlPath, UnixListener control) {
        this.command = command;
        this.workerArgs = List.copyOf(workerArgs);
        this.warmWorkers = warmWorkers;
        this.log = log;
        this.controlDir = controlDir;
        this.controlPath = controlPath;
        this.control = control;
    }

    /**
     * A pool keeping {@code warmWorkers} workers ready, each running {@code command} with
     * {@code workerArgs} (the server options) and the control flag.
     */
    static WorkerPool open(WorkerCommand command, List<String> workerArgs, int warmWorkers, VtestLog log)
            throws IOException {
        // createTempDirectory makes the directory 0700: other users cannot reach the control socket.
        Path dir = Files.createTempDirectory("jvirgl-isolation-");
        String path = dir.resolve("control").toString();
        try {
            return new WorkerPool(command, workerArgs, warmWorkers, log, dir, path,
                    UnixListener.bind(path, Math.max(4, warmWorkers)));
        } catch (UnixException e) {
            Files.deleteIfExists(dir);
            throw e;
        }
    }

    /** Starts the warm workers and waits until the first is ready; false (after logging why) if none starts. */
    boolean warmUp() {
        Ready first = awaitReady();
        if (first == null) {
            return false;
        }
        ready.addFirst(first); // the first handOff uses it
        return true;
    }

    /**
     * Gives {@code client} to a warm worker (and closes this process's copy), then starts its
     * replacement. Returns false when workers cannot be started any more or the pool closed.
     */
    boolean handOff(UnixSocket client) {
        try (client) {
            int number = clientNumbers.incrementAndGet();
            for (int attempt = 0; attempt < MAX_FAILED_STARTS; attempt++) {
                Ready worker = awaitReady();
                if (worker == null) {
                    return false;
                }
                // A warm worker that died while idle fails here (EPIPE): try the next one.
                try (UnixSocket connection = worker.connection()) {
                    connection.sendFd(client.fd());
                } catch (UnixException e) {
                    log.warn("worker " + worker.process().pid() + " could not take client " + number + ": "
                            + e.getMessage());
                    worker.process().destroyForcibly();
                    continue;
                }
                track(worker.process(), number);
                topUp();
                return true;
            }
            log.error("no worker took client " + number + "; dropping it");
            return !closed;
        }
    }

    /** Launches workers until {@code warmWorkers} are starting or waiting. */
    private void topUp() {
        while (!closed && starting.size() + ready.size() < warmWorkers) {
            Process process = launch();
            if (process == null) {
                return;
            }
            starting.add(process);
        }
    }

    /** The longest-waiting ready worker, waiting for one to connect if needed; null if workers keep failing. */
    private Ready awaitReady() {
        int failedStarts = 0;
        while (!closed && failedStarts < MAX_FAILED_STARTS) {
            Ready waiting = ready.pollFirst();
            if (waiting != null) {
                return waiting;
            }
            topUp();
            if (starting.isEmpty()) {
                failedStarts++; // launch itself failed (logged)
                continue;
            }
            UnixSocket connection;
            try {
                connection = control.accept(READY_POLL_MILLIS);
            } catch (UnixException e) {
                log.error("worker control socket: " + e.getMessage());
                return null;
            }
            if (connection != null) {
                long pid = readPid(connection);
                Process process = starting.stream().filter(p -> p.pid() == pid).findFirst().orElse(null);
                if (process != null && starting.remove(process)) {
                    return new Ready(process, connection);
                }
                connection.close(); // not one of ours any more (it was given up as failed)
                continue;
            }
            for (Process process : List.copyOf(starting)) {
                if (!process.isAlive()) {
                    starting.remove(process);
                    log.error("worker " + process.pid() + " ended before it was ready (" + exitText(process) + ")");
                    failedStarts++;
                }
            }
        }
        if (!closed) {
            log.error("workers keep failing to start; giving up");
        }
        return null;
    }

    private static long readPid(UnixSocket connection) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pid = arena.allocate(ValueLayout.JAVA_LONG);
            connection.readFully(pid);
            return pid.get(ValueLayout.JAVA_LONG, 0);
        } catch (UnixException | EOFException e) {
            return -1;
        }
    }

    private Process launch() {
        if (closed) {
            return null;
        }
        List<String> args = new ArrayList<>(workerArgs);
        args.add(IsolationRole.WORKER_FLAG + "=" + controlPath);
        try {
            return new ProcessBuilder(command.with(args))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            log.error("cannot start a worker: " + e.getMessage());
            return null;
        }
    }

    private void track(Process process, int clientNumber) {
        serving.add(process);
        log.info("client " + clientNumber + " handed to worker " + process.pid());
        process.onExit().thenAccept(p -> {
            serving.remove(p);
            String how = exitText(p);
            if (p.exitValue() == 0) {
                log.debug("worker " + p.pid() + " (client " + clientNumber + ") finished");
            } else {
                log.warn("worker " + p.pid() + " (client " + clientNumber + ") ended: " + how
                        + "; only that client was lost");
            }
        });
    }

    private static String exitText(Process p) {
        int status = p.exitValue();
        // Java reports death by signal n as 128 + n.
        return status > 128 ? "killed by signal " + (status - 128) : "exit status " + status;
    }

    /** Stops starting workers and wakes a waiting {@link #handOff}; running workers are left alone. */
    void stop() {
        closed = true;
        control.stop();
    }

    /** Stops, ends every worker (SIGTERM, then SIGKILL after a grace period) and removes the control socket. */
    @Override
    public void close() {
        stop();
        List<Process> all = new ArrayList<>(serving);
        all.addAll(starting);
        Ready idle;
        while ((idle = ready.pollFirst()) != null) {
            idle.connection().close();
            all.add(idle.process());
        }
        all.forEach(Process::destroy);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(EXIT_WAIT_MILLIS);
        for (Process p : all) {
            try {
                if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        control.close();
        try {
            Files.deleteIfExists(controlDir);
        } catch (IOException e) {
            log.warn("cannot remove " + controlDir + ": " + e.getMessage());
        }
    }
}
