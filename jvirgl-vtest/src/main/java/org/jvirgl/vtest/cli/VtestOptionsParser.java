package org.jvirgl.vtest.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.vtest.protocol.VtestProtocol;
import org.jvirgl.vtest.server.ServeMode;
import org.jvirgl.vtest.server.ServerOptions;
import org.jvirgl.vtest.session.VtestLog;

/**
 * Parses {@code jvirgl vtest} options: virgl_test_server 0.10.4's set (and its environment
 * variables) plus jvirgl's {@code --log-level} and {@code --stats}.
 *
 * <p>Differences from getopt in the C server, all in the lenient direction: {@code --socket-path}
 * and {@code --rendernode} accept both {@code --opt=value} and {@code --opt value} (0.10.4 takes
 * the separate form as the replay file).
 */
public final class VtestOptionsParser {
    public static final String USAGE = """
            Usage: jvirgl vtest [options] [replay-file]
              A drop-in replacement for virgl_test_server: serves Mesa's virpipe driver over a UNIX socket.

              --socket-path=<path>     listen here (default %s)
              --no-fork                serve one client at a time (default: each client on its own thread)
              --no-loop-or-fork        serve one client, then exit
              --multi-clients          serve clients side by side (each still gets its own renderer)
              --use-egl-surfaceless    EGL without a display (the default)
              --use-glx                GLX instead of EGL (cannot be combined with the two below)
              --use-gles               an OpenGL ES host context
              --rendernode=<device>    DRM render node for the renderer
              --venus                  Venus (Vulkan) contexts: not available in jvirgl yet
              --render-server          run Venus contexts in a render server (only with --venus)
              --log-level=<level>      debug, info, warning or error (default info)
              --max-protocol=<n>       offer at most protocol version n (0-3; default 3), e.g. to test v0 clients
              --stats                  print per-client counters (commands, bytes, submit/transfer time) on disconnect
              --isolate                serve each client in its own worker process (one kept warm), so a crash in
                                       the host GL driver loses only that client; not with --no-fork, replay or VTEST_SAVE
              --isolate-warm=<n>       with --isolate: workers kept started ahead of need (1-8, default 1); more
                                       serve bursts of concurrent clients faster, each costs a JVM's memory
              replay-file              replay a recorded client stream (VTEST_SAVE format) instead of listening

              Environment: VTEST_USE_GLX, VTEST_USE_EGL_SURFACELESS, VTEST_USE_GLES, VTEST_RENDERNODE,
              VIRGL_DISABLE_MT (report no timelines to v3 clients), VTEST_SAVE=<file> (record what clients send,
              for replay).
            """.formatted(VtestProtocol.DEFAULT_SOCKET_PATH);

    private VtestOptionsParser() {
    }

    /** Parses the arguments after {@code vtest}; {@code env} stands in for the process environment. */
    public static ServerOptions parse(List<String> args, Map<String, String> env) throws UsageException {
        String socketPath = VtestProtocol.DEFAULT_SOCKET_PATH;
        ServeMode mode = ServeMode.CONCURRENT;
        boolean multiClients = false;
        boolean useGlx = env.containsKey("VTEST_USE_GLX");
        boolean surfaceless = env.containsKey("VTEST_USE_EGL_SURFACELESS");
        boolean useGles = env.containsKey("VTEST_USE_GLES");
        String renderNode = env.get("VTEST_RENDERNODE");
        boolean venus = false;
        boolean renderServer = false;
        LogPriority logLevel = LogPriority.INFO;
        boolean stats = false;
        String replay = null;
        int maxProtocol = VtestProtocol.MAX_PROTOCOL_VERSION;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--no-fork" -> mode = ServeMode.SEQUENTIAL;
                case "--no-loop-or-fork" -> mode = ServeMode.ONCE;
                case "--multi-clients" -> multiClients = true;
                case "--use-glx" -> useGlx = true;
                case "--use-egl-surfaceless" -> surfaceless = true;
                case "--use-gles" -> useGles = true;
                case "--venus" -> venus = true;
                case "--render-server" -> renderServer = true;
                case "--stats" -> stats = true;
                case "--socket-path" -> {
                    socketPath = value != null ? value : next(args, ++i, name);
                    if (socketPath.isEmpty()) {
                        throw new UsageException("--socket-path needs a path");
                    }
                }
                case "--rendernode" -> renderNode = value != null ? value : next(args, ++i, name);
                case "--max-protocol" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    try {
                        maxProtocol = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        maxProtocol = -1;
                    }
                    if (maxProtocol < 0 || maxProtocol > VtestProtocol.MAX_PROTOCOL_VERSION) {
                        throw new UsageException("--max-protocol takes 0.." + VtestProtocol.MAX_PROTOCOL_VERSION + ", not " + v);
                    }
                }
                case "--log-level" -> {
                    try {
                        logLevel = VtestLog.parseLevel(value != null ? value : next(args, ++i, name));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (replay != null) {
                        throw new UsageException("only one replay file can be given (got " + replay + " and " + arg + ")");
                    }
                    replay = arg;
                }
            }
        }
        if (venus) {
            throw new UsageException("--venus: Venus (Vulkan) contexts are not available in jvirgl yet");
        }
        if (useGlx && (surfaceless || useGles)) {
            throw new UsageException("cannot use surfaceless or GLES with GLX");
        }
        Set<RendererFlag> flags = EnumSet.of(RendererFlag.THREAD_SYNC, RendererFlag.USE_EXTERNAL_BLOB);
        if (useGlx) {
            flags.add(RendererFlag.USE_GLX);
        } else {
            flags.add(RendererFlag.USE_EGL);
            // Surfaceless is jvirgl's default: without a render node there is no GBM device to use.
            if (surfaceless || renderNode == null) {
                flags.add(RendererFlag.USE_SURFACELESS);
            }
            if (useGles) {
                flags.add(RendererFlag.USE_GLES);
            }
        }
        if (renderServer) {
            flags.add(RendererFlag.RENDER_SERVER);
        }
        if (replay != null) {
            mode = ServeMode.ONCE;
            multiClients = false;
        }
        return new ServerOptions(socketPath, mode, multiClients, replay, flags, renderNode, logLevel, stats,
                env.get("VTEST_SAVE"), maxProtocol);
    }

    private static String next(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
