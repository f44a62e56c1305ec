package org.jvirgl.vtest.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jvirgl.vtest.isolation.IsolationRole;
import org.jvirgl.vtest.isolation.IsolationSupervisor;
import org.jvirgl.vtest.isolation.IsolationWorker;
import org.jvirgl.vtest.server.RendererSelfCheck;
import org.jvirgl.vtest.server.ServerOptions;
import org.jvirgl.vtest.server.ServerStartException;
import org.jvirgl.vtest.server.VtestServer;
import org.jvirgl.vtest.session.RendererFactory;
import org.jvirgl.vtest.session.VtestLog;

/** Runs the {@code jvirgl} command; returns the process exit status (0 ok, 1 failure, 2 usage). */
public final class JvirglCli {
    public static final String VERSION = "0.1.0-SNAPSHOT";
    private static final String HELP = """
            jvirgl %s: a Java re-implementation of virglrenderer.

            Usage:
              jvirgl vtest [options]   run the vtest server (drop-in virgl_test_server); see jvirgl vtest --help
              jvirgl --help            this text
              jvirgl --version         the version
            """.formatted(VERSION);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final RendererFactory rendererFactory;

    public JvirglCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, RendererFactory.library());
    }

    /** A CLI whose server makes its renderers with {@code rendererFactory} (tests). */
    public JvirglCli(PrintStream out, PrintStream err, Map<String, String> env, RendererFactory rendererFactory) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.rendererFactory = rendererFactory;
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(HELP);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("jvirgl " + VERSION);
            return 0;
        }
        if (!args[0].equals("vtest")) {
            err.println("jvirgl: unknown command '" + args[0] + "'");
            err.print(HELP);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(VtestOptionsParser.USAGE);
            return 0;
        }
        ServerOptions options;
        IsolationRole.Split isolation;
        try {
            isolation = IsolationRole.split(rest);
            options = VtestOptionsParser.parse(isolation.serverArgs(), env);
        } catch (UsageException | IllegalArgumentException e) {
            err.println("jvirgl vtest: " + e.getMessage());
            err.print(VtestOptionsParser.USAGE);
            return 2;
        }
        return switch (isolation.role()) {
            case IsolationRole.Shared shared -> serve(options);
            case IsolationRole.Supervisor supervisor -> IsolationSupervisor.run(options, supervisor.warmWorkers(),
                    Arrays.asList(args), isolation.serverArgs(), new VtestLog(err, options.logLevel()));
            case IsolationRole.Worker worker -> serveAsWorker(options, worker.controlPath());
        };
    }

    private int serveAsWorker(ServerOptions options, String controlPath) {
        try {
            return IsolationWorker.run(options, controlPath, rendererFactory, new VtestLog(err, options.logLevel()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int serve(ServerOptions options) {
        VtestLog log = new VtestLog(err, options.logLevel());
        VtestServer server = new VtestServer(options, rendererFactory, log);
        // SIGINT/SIGTERM run shutdown hooks: stop accepting, end sessions, remove the socket file.
        Thread hook = new Thread(server::close, "vtest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (options.replayFile() != null) {
                server.replay(options.replayFile());
            } else {
                server.bind();
                // Listen at once, as the C server does; the check warms up the process meanwhile
                // and ends the server if no client could ever be served.
                AtomicBoolean failed = new AtomicBoolean();
                Thread check = RendererSelfCheck.inBackground(rendererFactory, options.rendererFlags(), problem -> {
                    log.error("cannot start a renderer with " + options.rendererFlags() + ": " + problem);
                    failed.set(true);
                    server.stop();
                });
                server.serve();
                check.join();
                return failed.get() ? 1 : 0;
            }
            return 0;
        } catch (ServerStartException e) {
            log.error(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or has run
            }
        }
    }
}
