package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.vtest.client.VtestClient;
import org.jvirgl.vtest.session.FakeRenderer;
import org.jvirgl.vtest.session.VtestLog;
import org.junit.jupiter.api.Test;

/** VTEST_SAVE recording and replay: a replayed stream drives the renderer exactly as the live one did. */
class ReplayTest {

    @Test
    void aRecordedSessionReplaysToTheSameRendererCalls() throws Exception {
        Path save = Files.createTempFile("jvirgl-vtest-save", ".bin");
        String path = "/tmp/jvirgl-vtest-replay-" + ProcessHandle.current().pid();
        List<FakeRenderer> live = new ArrayList<>();
        VtestServer server = new VtestServer(options(path, null, save), FakeRenderer.factory(live::add), quiet());
        server.bind();
        Thread serving = Thread.ofPlatform().start(server::serve);
        try (VtestClient c = VtestClient.connect(path)) {
            c.createRenderer("recorded");
            c.negotiate(0);
            c.getBothCaps();
            c.createBuffer(1, 32, false);
            c.transferPut(1, 3, new byte[] {5, 6, 7});
            c.submit(0x12345, 0x6789);
            c.busyWait(1, 1);
            c.transferGet(1, 3, 3);
            c.unref(1);
        } finally {
            server.close();
            serving.join(5000);
        }
        assertThat(Files.size(save)).isPositive();

        List<FakeRenderer> replayed = new ArrayList<>();
        VtestServer replayer = new VtestServer(options(path, save, null), FakeRenderer.factory(replayed::add), quiet());
        replayer.replay(save.toString());
        replayer.close();

        assertThat(replayed).hasSize(1);
        assertThat(replayed.getFirst().calls).isEqualTo(live.getFirst().calls);
        assertThat(replayed.getFirst().submitted.getFirst()).containsExactly(0x12345, 0x6789);
        Files.delete(save);
    }

    private static ServerOptions options(String socket, Path replay, Path save) {
        return new ServerOptions(socket, replay != null ? ServeMode.ONCE : ServeMode.CONCURRENT, false,
                replay == null ? null : replay.toString(), Set.of(RendererFlag.USE_EGL), null, LogPriority.ERROR,
                false, save == null ? null : save.toString(), 3);
    }

    private static VtestLog quiet() {
        return new VtestLog(new PrintStream(OutputStream.nullOutputStream()), LogPriority.ERROR);
    }
}
