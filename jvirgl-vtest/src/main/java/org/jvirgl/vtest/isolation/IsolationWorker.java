package org.jvirgl.vtest.isolation;

import java.io.EOFException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jvirgl.sys.UnixException;
import org.jvirgl.sys.UnixSocket;
import org.jvirgl.vtest.server.RendererSelfCheck;
import org.jvirgl.vtest.server.ServerOptions;
import org.jvirgl.vtest.server.VtestServer;
import org.jvirgl.vtest.session.RendererFactory;
import org.jvirgl.vtest.session.VtestLog;

/**
 * A worker process: warms up (its first renderer pays the one-time driver and binding costs),
 * tells the supervisor it is ready, receives one client socket and serves it. A crash in here
 * ends this process and its one client, nobody else.
 */
public final class IsolationWorker {
    private IsolationWorker() {
    }

    /** Runs the worker; returns the process exit status. */
    public static int run(ServerOptions options, String controlPath, RendererFactory factory, VtestLog log)
            throws InterruptedException {
        VtestLog workerLog = log.withPrefix("worker " + ProcessHandle.current().pid());
        String problem = RendererSelfCheck.run(factory, options.rendererFlags());
        if (problem != null) {
            workerLog.error("cannot start a renderer with " + options.rendererFlags() + ": " + problem);
            return 1;
        }
        VtestServer server = new VtestServer(options, factory, workerLog);
        server.retainHeapWhileServing();
        UnixSocket client;
        try (UnixSocket control = UnixSocket.connect(controlPath); Arena arena = Arena.ofConfined()) {
            MemorySegment pid = arena.allocate(ValueLayout.JAVA_LONG);
            pid.set(ValueLayout.JAVA_LONG, 0, ProcessHandle.current().pid());
            control.write(pid);
            int fd = control.receiveFd();
            if (fd < 0) {
                workerLog.error("the supervisor sent no client socket");
                return 1;
            }
            client = new UnixSocket(fd);
        } catch (EOFException e) {
            return 0; // the supervisor stopped before it had a client for us
        } catch (UnixException e) {
            workerLog.error("control connection: " + e.getMessage());
            return 1;
        }
        Thread hook = new Thread(server::close, "vtest-worker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.serveConnected(client);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        server.close();
        return 0;
    }
}
