package org.jvirgl.vtest.session;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.VirglException;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.sys.UnixException;
import org.jvirgl.vtest.protocol.FrameDecoder;

/**
 * One client connection: its protocol state, its own renderer instance (created lazily on this
 * session's thread, which owns it), its resources, fences and sync objects.
 *
 * <p>Nothing a client sends ends the session except end of stream: malformed or refused
 * requests are logged and answered so the client stays in step. The session ends when the
 * client disconnects, the transport fails, or the renderer cannot be started at all.
 */
public final class ClientSession implements Runnable {
    /** Each client has its own renderer, so its one context can always have the same id. */
    static final int CTX_ID = 1;
    private static final int READ_BUFFER = 64 * 1024;
    private static final int LOUD_REFUSALS = 32;

    private enum ContextState { NONE, READY, FAILED }

    private final Transport transport;
    private final SessionConfig config;
    private final RendererFactory rendererFactory;
    private final SessionStats stats = new SessionStats();
    private final FrameDecoder decoder;
    private final String defaultName;
    private VtestLog log;

    final Replies replies;
    final ResourceTable resources = new ResourceTable();
    final ImplicitFences fences = new ImplicitFences();
    final SyncTable syncs = new SyncTable();
    final Timelines timelines = new Timelines();

    private VirglRenderer renderer;
    private String name;
    private int protocolVersion;
    private int capsetId;
    private ContextState context = ContextState.NONE;
    private boolean contextErrorReported;
    private int refusals;
    private volatile boolean interrupted;

    public ClientSession(int number, Transport transport, SessionConfig config, RendererFactory rendererFactory,
            VtestLog serverLog) {
        this.transport = transport;
        this.config = config;
        this.rendererFactory = rendererFactory;
        this.defaultName = "client " + number;
        this.log = serverLog.withPrefix(defaultName);
        this.replies = new Replies(transport, stats);
        CommandDispatcher dispatcher = new CommandDispatcher(this);
        this.decoder = new FrameDecoder(config.limits(), new LoggingSink(this::log, dispatcher));
    }

    @Override
    public void run() {
        log.info("connected");
        MemorySegment buffer = Arena.ofAuto().allocate(READ_BUFFER);
        try {
            while (true) {
                long n = transport.read(buffer);
                if (n == 0) {
                    log.info(decoder.atBoundary() ? "disconnected" : "disconnected in the middle of a request");
                    break;
                }
                stats.bytesIn(n);
                decoder.feed(buffer.asSlice(0, n));
            }
        } catch (IOException e) {
            log.warn("connection ended: " + e.getMessage());
        } catch (RuntimeException e) {
            // A server bug, not client input; keep it to this client and say so.
            log.error("internal error, dropping this client: " + e);
        } finally {
            teardown();
        }
    }

    /** Wakes the session's blocked read so it ends; callable from any thread. */
    public void interrupt() {
        interrupted = true;
        transport.interrupt();
    }

    /** True once the server asked this session to end (a blocking wait should give up). */
    boolean interrupted() {
        return interrupted;
    }

    private void teardown() {
        long start = System.nanoTime();
        syncs.close();
        if (renderer != null) {
            try {
                renderer.cleanup();
            } catch (RuntimeException e) {
                log.warn("renderer cleanup failed: " + e.getMessage());
            }
        }
        // Unmap only after the renderer let go of the iovs that point into these mappings.
        for (ClientResource r : resources.drain()) {
            if (r.backing() != null) {
                r.backing().close();
            }
        }
        if (config.stats()) {
            log.info("stats: " + stats.summary());
        }
        transport.close();
        log.debug("torn down in " + millisSince(start) + " ms");
    }

    // ---- state the handlers share ------------------------------------------------------------

    VtestLog log() {
        return log;
    }

    SessionConfig config() {
        return config;
    }

    SessionStats stats() {
        return stats;
    }

    int protocolVersion() {
        return protocolVersion;
    }

    void protocolVersion(int version) {
        protocolVersion = version;
    }

    boolean named() {
        return name != null;
    }

    void name(String clientName) {
        name = clientName.isEmpty() ? defaultName : clientName;
        log = log.withPrefix("'" + name + "'");
    }

    String name() {
        return name == null ? defaultName : name;
    }

    int capsetId() {
        return capsetId;
    }

    boolean contextReady() {
        return context == ContextState.READY;
    }

    /** Logs a refused request: loudly for the first few, then at debug so a flood stays readable. */
    void refuse(String what) {
        stats.refused();
        refusals++;
        if (refusals < LOUD_REFUSALS) {
            log.warn(what);
        } else if (refusals == LOUD_REFUSALS) {
            log.warn(what + " (further refusals from this client are logged at debug level)");
        } else {
            log.debug(what);
        }
    }

    /** This client's renderer, started on first use; a renderer that cannot start ends the session. */
    VirglRenderer renderer() throws IOException {
        if (renderer == null) {
            long start = System.nanoTime();
            try {
                renderer = rendererFactory.create(this, config.rendererFlags(), new Callbacks(), this::libraryLog);
                log.debug("renderer started with " + renderer.flags() + " in " + millisSince(start) + " ms");
            } catch (VirglException | UnsupportedOperationException e) {
                throw new SessionEndedException("renderer could not be initialised: " + e.getMessage());
            }
        }
        return renderer;
    }

    boolean hasRenderer() {
        return renderer != null;
    }

    /**
     * Creates the client's context on first need (capset from CONTEXT_INIT, else VIRGL2); false if
     * it could not be created, which refuses context commands without ending the session.
     */
    boolean ensureContext() throws IOException {
        if (context == ContextState.NONE) {
            VirglRenderer r = renderer();
            long start = System.nanoTime();
            try {
                if (capsetId != 0) {
                    r.createContext(CTX_ID, capsetId, name());
                } else {
                    r.createContext(CTX_ID, name());
                }
                context = ContextState.READY;
                log.debug("context created in " + millisSince(start) + " ms");
            } catch (VirglException e) {
                context = ContextState.FAILED;
                log.error("context creation failed (" + e.code() + "): " + e.getMessage());
            }
        }
        return context == ContextState.READY;
    }

    /** CONTEXT_INIT: picks the capset for the lazily created context. */
    boolean initContext(int capset) throws IOException {
        if (context != ContextState.NONE) {
            return capsetId == capset && context == ContextState.READY;
        }
        capsetId = capset;
        return ensureContext();
    }

    /** After a submit: report once that bad input marked the context failed. */
    void checkContextHealth() {
        if (!contextErrorReported && renderer != null) {
            String error = renderer.contextError(CTX_ID);
            if (error != null) {
                contextErrorReported = true;
                log.warn("context marked failed by its command stream: " + error);
            }
        }
    }

    /** Retires finished fences before each command, as upstream does. */
    void pollFences() {
        if (renderer != null) {
            renderer.poll();
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void libraryLog(LogPriority priority, String message, Object userData) {
        log.log(priority, "renderer: " + message.strip());
    }

    /** The renderer's view of this client: fence retirement and an optional render node. */
    private final class Callbacks implements RendererCallbacks {
        @Override
        public void writeFence(Object cookie, int fenceId) {
            fences.retired(fenceId);
        }

        @Override
        public void writeContextFence(Object cookie, int ctxId, int ringIdx, long fenceId) {
            timelines.retire(ringIdx, fenceId, syncs);
        }

        @Override
        public int getDrmFd(Object cookie) {
            if (config.renderNode() == null) {
                return -1;
            }
            try {
                return Descriptors.openReadWrite(config.renderNode());
            } catch (UnixException e) {
                log.error("cannot open render node: " + e.getMessage());
                return -1;
            }
        }
    }
}
