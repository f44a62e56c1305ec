package org.jvirgl.vtest.isolation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jvirgl.vtest.server.ServeMode;
import org.jvirgl.vtest.server.ServerOptions;
import org.jvirgl.vtest.server.ServerStartException;
import org.jvirgl.vtest.server.VtestServer;
import org.jvirgl.vtest.session.RendererFactory;
import org.jvirgl.vtest.session.VtestLog;

/**
 * {@code jvirgl vtest --isolate}: listens like the shared server but runs every client in a
 * worker process of its own, as virgl_test_server forks per client, so a native crash in the
 * host GL driver takes down one client only. This process never creates a renderer (never
 * touches GL); it only accepts and hands sockets over.
 */
public final class IsolationSupervisor {
    /** The supervisor's server object only accepts clients; a session made here would be a bug. */
    private static final RendererFactory NO_RENDERERS = (cookie, flags, callbacks, log) -> {
        throw new IllegalStateException("the isolation supervisor makes no renderers");
    };

    private IsolationSupervisor() {
    }

    /**
     * Runs the supervisor until stopped; returns the exit status.
     *
     * @param warmWorkers how many workers to keep started ahead of need
     * @param programArgs what this process's {@code main} received (to start workers the same way)
     * @param serverArgs  the server options without the isolation flag, passed on to each worker
     */
    public static int run(ServerOptions options, int warmWorkers, List<String> programArgs, List<String> serverArgs,
            VtestLog log) {
        if (options.replayFile() != null || options.saveFile() != null) {
            log.error("--isolate serves live clients only: it cannot replay or record (VTEST_SAVE) a stream");
            return 2;
        }
        if (options.mode() != ServeMode.CONCURRENT) {
            log.error("--isolate runs clients side by side; it cannot be combined with --no-fork or --no-loop-or-fork");
            return 2;
        }
        WorkerCommand command;
        try {
            command = WorkerCommand.ofCurrentProcess(programArgs);
        } catch (IllegalStateException e) {
            log.error("--isolate cannot start workers: " + e.getMessage());
            return 1;
        }
        List<String> workerArgs = new ArrayList<>(serverArgs.size() + 1);
        workerArgs.add("vtest");
        workerArgs.addAll(serverArgs);
        VtestServer server = new VtestServer(options, NO_RENDERERS, log);
        WorkerPool pool;
        try {
            pool = WorkerPool.open(command, workerArgs, warmWorkers, log);
        } catch (IOException e) {
            log.error("cannot set up worker control: " + e.getMessage());
            return 1;
        }
        Thread hook = new Thread(() -> {
            pool.stop();
            server.close();
            pool.close();
        }, "vtest-isolation-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.bind();
            log.info("isolation: each client runs in its own worker process");
            if (!pool.warmUp()) {
                return 1;
            }
            server.acceptClients(pool::handOff);
            return 0;
        } catch (ServerStartException e) {
            log.error(e.getMessage());
            return 1;
        } finally {
            pool.stop();
            server.close();
            pool.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or has run
            }
        }
    }
}
