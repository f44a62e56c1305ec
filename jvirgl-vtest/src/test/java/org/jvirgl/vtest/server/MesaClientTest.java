package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.vtest.client.VtestClient;
import org.jvirgl.vtest.session.FakeRenderer;
import org.jvirgl.vtest.session.RendererFactory;
import org.jvirgl.vtest.session.VtestLog;
import org.junit.jupiter.api.Test;

/**
 * Mesa 22.3's own vtest client ({@code GALLIUM_DRIVER=virpipe wflinfo}) against jvirgl. Mesa
 * hard-codes {@code /tmp/.virgl_test}, so wflinfo runs in a private mount namespace whose /tmp
 * is a directory holding our socket. The renderer double answers with the C server's real
 * caps, so this checks the whole handshake (probe, v2, both caps replies, resources with memfds,
 * submits, busy-waits) without needing the GL backend. Skipped without wflinfo, the C server
 * or the right to unshare.
 */
class MesaClientTest {

    @Test
    void wflinfoThroughVirpipeReportsAVirglRendererServedByJvirgl() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/wflinfo")), "wflinfo is not installed");
        assumeTrue(CReferenceServer.available(), "virgl_test_server is not installed (needed for real caps)");
        assumeTrue(canUnshare(), "cannot create a private mount namespace here");
        byte[][] caps;
        try (CReferenceServer reference = new CReferenceServer(); VtestClient c = VtestClient.connect(reference.path)) {
            c.createRenderer("caps");
            caps = c.getBothCaps();
        }
        wflinfoAgainst(FakeRenderer.withCaps(Map.of(1, caps[1], 2, caps[0])));
    }

    /** The acceptance check: Mesa's client on jvirgl's own GL renderer, when this build has one. */
    @Test
    void wflinfoThroughVirpipeRunsOnTheLibraryRenderer() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/wflinfo")), "wflinfo is not installed");
        assumeTrue(canUnshare(), "cannot create a private mount namespace here");
        java.util.Set<RendererFlag> flags = java.util.Set.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS,
                RendererFlag.THREAD_SYNC, RendererFlag.USE_EXTERNAL_BLOB);
        String problem = RendererSelfCheck.run(RendererFactory.library(), flags);
        assumeTrue(problem == null, "no usable renderer in this build: " + problem);
        wflinfoAgainst(RendererFactory.library());
    }

    private static void wflinfoAgainst(RendererFactory factory) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "jvirgl-mesa-");
        String socket = dir.resolve(".virgl_test").toString();
        ServerOptions options = new ServerOptions(socket, ServeMode.CONCURRENT, false, null,
                java.util.Set.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS, RendererFlag.THREAD_SYNC),
                null, LogPriority.INFO, true, null, 3);
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        VtestServer server = new VtestServer(options, factory,
                new VtestLog(new java.io.PrintStream(log, true, StandardCharsets.UTF_8), LogPriority.INFO));
        server.bind();
        Thread serving = Thread.ofPlatform().start(server::serve);
        try {
            for (String api : new String[] {"gl", "gles3"}) {
                String out = run("unshare", "-m", "sh", "-c", "mount --bind " + dir + " /tmp && GALLIUM_DRIVER=virpipe"
                        + " wflinfo -p surfaceless_egl -a " + api);
                assertThat(out).as(api).contains("OpenGL renderer string: virgl");
            }
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("protocol version 2", "stats:");
        } finally {
            server.close();
            serving.join(5000);
            Files.deleteIfExists(dir);
        }
    }

    private static boolean canUnshare() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command, returning its output, or null if it failed or took over a minute. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        String text = new String(out, StandardCharsets.UTF_8);
        return p.exitValue() == 0 ? text : text + "\n(exit " + p.exitValue() + ")";
    }
}
