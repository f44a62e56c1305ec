package org.jvirgl.vtest.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.vtest.session.FakeRenderer;
import org.jvirgl.vtest.session.RendererFactory;
import org.jvirgl.vtest.session.VtestLog;

/** A jvirgl vtest server on a private socket path, serving on a background thread. */
final class ServerFixture implements AutoCloseable {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String path = "/tmp/jvirgl-vtest-test-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    final List<FakeRenderer> renderers = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    final VtestServer server;
    private final Thread thread;

    ServerFixture(ServeMode mode) throws ServerStartException {
        this(mode, FakeRenderer.factory(r -> { }));
    }

    ServerFixture(ServeMode mode, RendererFactory factory) throws ServerStartException {
        this(mode, factory, 3);
    }

    ServerFixture(ServeMode mode, RendererFactory factory, int maxProtocolVersion) throws ServerStartException {
        RendererFactory recording = (cookie, flags, callbacks, log) -> {
            var r = factory.create(cookie, flags, callbacks, log);
            if (r instanceof FakeRenderer fake) {
                renderers.add(fake);
            }
            return r;
        };
        ServerOptions options = new ServerOptions(path, mode, false, null,
                Set.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS, RendererFlag.THREAD_SYNC), null,
                LogPriority.DEBUG, true, null, maxProtocolVersion);
        server = new VtestServer(options, recording,
                new VtestLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8), LogPriority.DEBUG));
        server.bind();
        thread = Thread.ofPlatform().name("vtest-test-server").start(server::serve);
    }

    FakeRenderer renderer(int index) {
        return renderers.get(index);
    }

    String log() {
        synchronized (logBytes) {
            return logBytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits (bounded) until no session is running, so per-session teardown has happened. */
    void awaitIdle() throws InterruptedException {
        for (int i = 0; i < 500 && server.activeClients() > 0; i++) {
            Thread.sleep(10);
        }
    }

    boolean serving() {
        return thread.isAlive();
    }

    void awaitExit() throws InterruptedException {
        thread.join(5000);
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        thread.join(5000);
    }
}
