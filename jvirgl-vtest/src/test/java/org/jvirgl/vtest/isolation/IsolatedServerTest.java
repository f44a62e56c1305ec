package org.jvirgl.vtest.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.sys.UnixException;
import org.jvirgl.vtest.client.VtestClient;
import org.jvirgl.vtest.client.VtestClient.Created;
import org.jvirgl.vtest.server.RendererSelfCheck;
import org.jvirgl.vtest.session.RendererFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code jvirgl vtest --isolate} as a real process tree: the server runs as its own JVM (as the
 * launcher would start it), its workers are further JVMs serving real renderers. Skipped where
 * this build has no usable renderer.
 */
class IsolatedServerTest {
    /** Generous bound for JVM and driver start-up on a loaded machine; only a hang reaches it. */
    private static final long PATIENCE_MILLIS = 120_000;

    @Test
    void aKilledWorkerLosesOnlyItsOwnClientWhileOthersAndNewcomersAreServed() throws Exception {
        String problem = RendererSelfCheck.run(RendererFactory.library(),
                Set.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS, RendererFlag.THREAD_SYNC));
        assumeTrue(problem == null, "no usable renderer in this build: " + problem);

        String socket = "/tmp/jvirgl-isolation-test-" + ProcessHandle.current().pid();
        Path log = Files.createTempFile("jvirgl-isolation-test", ".log");
        Process server = startServer(socket, log);
        List<ProcessHandle> workers;
        try {
            serveTwoClientsKillOneAndServeANewcomer(socket, server, log);
            workers = server.descendants().toList();
            assertThat(workers).as("a warm worker waits for the next client").isNotEmpty();
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        assertThat(server.exitValue()).as("SIGTERM ends the supervisor through its shutdown hook").isIn(0, 143);
        assertThat(workers).as("no worker outlives the supervisor").noneMatch(ProcessHandle::isAlive);
        assertThat(Path.of(socket)).doesNotExist();
        Files.deleteIfExists(log);
    }

    private static void serveTwoClientsKillOneAndServeANewcomer(String socket, Process server, Path log)
            throws Exception {
        try (VtestClient a = connect(socket, server, log)) {
            a.createRenderer("a");
            assertThat(a.negotiate(2)).isEqualTo(2); // a round trip: a is surely client 1
            try (VtestClient b = connect(socket, server, log)) {
                b.createRenderer("b");
                assertThat(b.negotiate(2)).isEqualTo(2);
                long workerOfA = workerOf(1, log);
                long workerOfB = workerOf(2, log);
                assertThat(workerOfA).isNotEqualTo(workerOfB).isNotEqualTo(server.pid());

                ProcessHandle.of(workerOfA).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
                assertThat(a.closedByServer()).as("the killed worker's client sees its connection end").isTrue();

                assertThat(b.pingAnswered()).isTrue();
                assertRoundTripThroughSharedMemory(b);
            }
            try (VtestClient c = connect(socket, server, log)) {
                c.createRenderer("c");
                assertThat(c.negotiate(2)).isEqualTo(2);
                assertRoundTripThroughSharedMemory(c);
            }
            assertThat(server.isAlive()).isTrue();
            awaitLogged(log, Pattern.compile("worker " + workerOf(1, log) + " \\(client 1\\) ended: killed by signal 9"));
        }
    }

    private static void assertRoundTripThroughSharedMemory(VtestClient client) throws IOException {
        Created res = client.createBuffer2(5, 64, 64, false);
        assertThat(res.fd()).isNotNegative();
        try {
            assertThat(client.sharedMemoryRoundTrip(5, res.fd(), 0x600D)).isEqualTo(0x600D);
        } finally {
            Descriptors.close(res.fd());
        }
        client.unref(5);
    }

    /** The server as the launcher starts it, but on this test's class path. */
    private static Process startServer(String socket, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dorg.lwjgl.system.memoryBackend=ffm",
                "-Dorg.lwjgl.opengl.explicitInit=true", "-Dorg.lwjgl.opengles.explicitInit=true",
                "-cp", System.getProperty("java.class.path"), "org.jvirgl.vtest.Main",
                "vtest", "--isolate", "--socket-path=" + socket));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static VtestClient connect(String socket, Process server, Path log) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            try {
                return VtestClient.connect(socket);
            } catch (UnixException e) {
                if (!server.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new AssertionError("server not listening: " + Files.readString(log), e);
                }
                Thread.sleep(50);
            }
        }
    }

    private static long workerOf(int client, Path log) throws Exception {
        Matcher m = awaitLogged(log, Pattern.compile("client " + client + " handed to worker (\\d+)"));
        return Long.parseLong(m.group(1));
    }

    private static Matcher awaitLogged(Path log, Pattern pattern) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return m;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never logged " + pattern + ":\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }
}
