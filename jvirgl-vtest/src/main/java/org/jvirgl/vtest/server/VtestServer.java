package org.jvirgl.vtest.server;

import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.sys.SocketPaths;
import org.jvirgl.sys.UnixException;
import org.jvirgl.sys.UnixListener;
import org.jvirgl.sys.UnixSocket;
import org.jvirgl.vtest.protocol.FrameLimits;
import org.jvirgl.vtest.protocol.VtestProtocol;
import org.jvirgl.vtest.session.ClientSession;
import org.jvirgl.vtest.session.RendererFactory;
import org.jvirgl.vtest.session.SessionConfig;
import org.jvirgl.vtest.session.Transport;
import org.jvirgl.vtest.session.VtestLog;

/**
 * The vtest server: owns the listening socket and the client sessions. Client input can end
 * only its own session; the accept loop ends on {@link #stop()} (e.g. from a shutdown hook) or,
 * with {@link ServeMode#ONCE}, after its one client.
 */
public final class VtestServer implements AutoCloseable {
    private static final long JOIN_MILLIS = 2000;

    private final ServerOptions options;
    /** Settled off the accept path: the shared-memory probe runs while the server already listens. */
    private final FutureTask<SessionConfig> sessionConfig;
    private final RendererFactory rendererFactory;
    private final VtestLog log;
    private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger clientNumbers = new AtomicInteger();
    private final NativeHeap nativeHeap = NativeHeap.open();
    private volatile boolean stopping;
    private UnixListener listener;
    private StreamRecorder recorder;

    public VtestServer(ServerOptions options, RendererFactory rendererFactory, VtestLog log) {
        this.options = options;
        this.rendererFactory = rendererFactory;
        this.log = log;
        this.sessionConfig = new FutureTask<>(() -> sessionConfig(options, log));
    }

    /** The per-client settings; shared memory is probed once, as upstream does before offering v2. */
    static SessionConfig sessionConfig(ServerOptions options, VtestLog log) {
        int maxVersion = options.maxProtocolVersion();
        try (SharedMemory probe = SharedMemory.create("vtest-probe", 4096)) {
            probe.segment().set(ValueLayout.JAVA_BYTE, 0, (byte) 1);
        } catch (RuntimeException | LinkageError e) {
            log.warn("shared memory is unusable (" + e.getMessage() + "): offering protocol version 0 only");
            maxVersion = 0;
        }
        int timelines = System.getenv("VIRGL_DISABLE_MT") == null ? VtestProtocol.MAX_TIMELINE_COUNT : 0;
        return new SessionConfig(options.rendererFlags(), FrameLimits.DEFAULT, maxVersion, timelines,
                options.renderNode(), options.stats());
    }

    /**
     * Binds the socket path. A leftover socket no one answers on is removed; a path where another
     * server accepts connections is refused rather than stolen.
     */
    public void bind() throws ServerStartException {
        String path = options.socketPath();
        switch (SocketPaths.probe(path)) {
            case IN_USE -> throw new ServerStartException("socket " + path
                    + " is in use: another vtest server is answering there (stop it or pass --socket-path=<other>)");
            case STALE -> {
                int errno = SocketPaths.removeStale(path);
                if (errno != 0) {
                    throw new ServerStartException("cannot remove stale socket " + path + " (errno " + errno + ")");
                }
                log.info("removed stale socket " + path);
            }
            case FREE -> {
            }
        }
        if (options.saveFile() != null) {
            try {
                recorder = new StreamRecorder(Path.of(options.saveFile()));
                log.info("recording client streams to " + options.saveFile());
            } catch (IOException e) {
                throw new ServerStartException("cannot open VTEST_SAVE file: " + e.getMessage());
            }
        }
        try {
            listener = UnixListener.bind(path, 16);
        } catch (UnixException e) {
            throw new ServerStartException("cannot listen on " + path + ": " + e.getMessage());
        }
        log.info("listening on " + path);
        Thread.ofPlatform().daemon().name("vtest-startup").start(() -> {
            sessionConfig.run();
            retainHeapWhileServing();
        });
    }

    /**
     * Keeps freed C-heap pages mapped while clients are served (see {@link NativeHeap}); done by
     * {@link #bind} and {@link #replay} themselves, and by an isolation worker while it waits for
     * its client. Off the path to a client, since linking the downcall takes tens of ms.
     */
    public void retainHeapWhileServing() {
        if (nativeHeap.retainWhileServing(System.getenv())) {
            log.debug("C heap: freed pages stay mapped while clients are served (trim threshold "
                    + (NativeHeap.RETAINED_TOP_BYTES >> 20) + " MiB), trimmed when a client leaves");
        } else if (NativeHeap.userTunedMalloc(System.getenv())) {
            log.debug("C heap: glibc malloc settings left as the environment sets them");
        }
    }

    /** The session settings, probing here if {@link #bind()} has not started the probe. */
    private SessionConfig sessionConfig() {
        sessionConfig.run(); // returns at once when the probe thread ran it or runs it now
        try {
            return sessionConfig.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shared-memory probe ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("shared-memory probe failed", e.getCause());
        }
    }

    /** Accepts and serves clients until {@link #stop()}, or until the single client of ONCE leaves. */
    public void serve() {
        if (options.multiClients()) {
            log.info("multi-clients enabled: every client still gets its own renderer instance");
        }
        acceptClients(client -> {
            ClientSession session = newSession(transportFor(client));
            if (options.mode() == ServeMode.CONCURRENT) {
                start(session);
                return true;
            }
            runTracked(session);
            return options.mode() != ServeMode.ONCE;
        });
    }

    /** Takes each accepted client; see {@link #acceptClients}. */
    @FunctionalInterface
    public interface ClientHandler {
        /** Takes over {@code client}; returns whether to keep accepting. */
        boolean take(UnixSocket client);
    }

    /**
     * Accepts clients until {@link #stop()} or until {@code handler} says no more, giving each to
     * {@code handler} ({@link #serve()} runs sessions here; the isolation supervisor hands them
     * to worker processes).
     */
    public void acceptClients(ClientHandler handler) {
        if (listener == null) {
            throw new IllegalStateException("bind() first");
        }
        while (!stopping) {
            UnixSocket client;
            try {
                client = listener.accept();
            } catch (UnixException e) {
                // EMFILE and friends: the server stays up and tries again.
                log.error("accept failed: " + e.getMessage());
                sleepQuietly(100);
                continue;
            }
            if (client == null || !handler.take(client)) {
                break;
            }
        }
    }

    /** Serves one client that was accepted elsewhere (an isolation worker's socket) on this thread. */
    public void serveConnected(UnixSocket client) {
        runTracked(newSession(transportFor(client)));
    }

    private Transport transportFor(UnixSocket client) {
        Transport transport = new SocketTransport(client);
        return recorder != null ? new RecordingTransport(transport, recorder) : transport;
    }

    /** Replays a recorded client stream as one session on this thread. */
    public void replay(String file) throws ServerStartException {
        int fd;
        try {
            fd = Descriptors.openReadOnly(file);
        } catch (UnixException e) {
            throw new ServerStartException("cannot open replay file: " + e.getMessage());
        }
        retainHeapWhileServing();
        runTracked(newSession(new ReplayTransport(fd)));
    }

    private ClientSession newSession(Transport transport) {
        return new ClientSession(clientNumbers.incrementAndGet(), transport, sessionConfig(), rendererFactory, log);
    }

    private void runTracked(ClientSession session) {
        sessions.add(session);
        try {
            session.run();
        } finally {
            sessions.remove(session);
            nativeHeap.trim();
        }
    }

    private void start(ClientSession session) {
        // A platform thread per client: the renderer is confined to it and makes long native calls.
        Thread thread = Thread.ofPlatform().name("vtest-client-" + clientNumbers.get()).unstarted(() -> runTracked(session));
        synchronized (threads) {
            threads.removeIf(t -> !t.isAlive());
            threads.add(thread);
        }
        thread.start();
    }

    /** Number of clients being served right now. */
    public int activeClients() {
        return sessions.size();
    }

    /** Stops accepting and ends every session; safe from any thread, including shutdown hooks. */
    public void stop() {
        stopping = true;
        if (listener != null) {
            listener.stop();
        }
        for (ClientSession s : sessions) {
            s.interrupt();
        }
    }

    /** Stops, waits briefly for sessions to finish their teardown, and removes the socket file. */
    @Override
    public void close() {
        stop();
        List<Thread> running;
        synchronized (threads) {
            running = new ArrayList<>(threads);
        }
        long deadline = System.currentTimeMillis() + JOIN_MILLIS;
        for (Thread t : running) {
            long left = deadline - System.currentTimeMillis();
            if (left > 0) {
                try {
                    t.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (listener != null) {
            listener.close();
        }
        if (recorder != null) {
            try {
                recorder.close();
            } catch (IOException e) {
                log.warn("closing the VTEST_SAVE file: " + e.getMessage());
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
