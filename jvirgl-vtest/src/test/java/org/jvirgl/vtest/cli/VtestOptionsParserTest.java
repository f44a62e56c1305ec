package org.jvirgl.vtest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.vtest.server.ServeMode;
import org.jvirgl.vtest.server.ServerOptions;
import org.junit.jupiter.api.Test;

class VtestOptionsParserTest {

    private static ServerOptions parse(String... args) throws UsageException {
        return VtestOptionsParser.parse(List.of(args), Map.of());
    }

    @Test
    void defaultsMatchVirglTestServerWithSurfacelessEgl() throws Exception {
        ServerOptions o = parse();
        assertThat(o.socketPath()).isEqualTo("/tmp/.virgl_test");
        assertThat(o.mode()).isEqualTo(ServeMode.CONCURRENT);
        assertThat(o.rendererFlags()).containsExactlyInAnyOrder(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS,
                RendererFlag.THREAD_SYNC, RendererFlag.USE_EXTERNAL_BLOB);
        assertThat(o.logLevel()).isEqualTo(LogPriority.INFO);
    }

    @Test
    void everyUpstreamOptionIsAccepted() throws Exception {
        ServerOptions o = parse("--no-fork", "--multi-clients", "--use-egl-surfaceless", "--use-gles",
                "--rendernode", "/dev/dri/renderD128", "--socket-path=/tmp/x", "--log-level=debug", "--stats");
        assertThat(o.mode()).isEqualTo(ServeMode.SEQUENTIAL);
        assertThat(o.multiClients()).isTrue();
        assertThat(o.rendererFlags()).contains(RendererFlag.USE_GLES, RendererFlag.USE_SURFACELESS);
        assertThat(o.renderNode()).isEqualTo("/dev/dri/renderD128");
        assertThat(o.socketPath()).isEqualTo("/tmp/x");
        assertThat(o.stats()).isTrue();
        assertThat(parse("--no-loop-or-fork").mode()).isEqualTo(ServeMode.ONCE);
        assertThat(parse("--use-glx").rendererFlags()).contains(RendererFlag.USE_GLX).doesNotContain(RendererFlag.USE_EGL);
        assertThat(parse("--socket-path", "/tmp/y").socketPath()).isEqualTo("/tmp/y");
        assertThat(parse("--render-server").rendererFlags()).contains(RendererFlag.RENDER_SERVER);
        assertThat(parse("--max-protocol=0").maxProtocolVersion()).isZero();
        assertThat(parse().maxProtocolVersion()).isEqualTo(3);
    }

    @Test
    void aPositionalArgumentIsAReplayFileServedOnce() throws Exception {
        ServerOptions o = parse("--multi-clients", "stream.bin");
        assertThat(o.replayFile()).isEqualTo("stream.bin");
        assertThat(o.mode()).isEqualTo(ServeMode.ONCE);
        assertThat(o.multiClients()).isFalse();
    }

    @Test
    void environmentVariablesWorkAsInUpstream() throws Exception {
        ServerOptions o = VtestOptionsParser.parse(List.of(), Map.of("VTEST_USE_GLES", "1", "VTEST_RENDERNODE", "/dev/x"));
        assertThat(o.rendererFlags()).contains(RendererFlag.USE_GLES).doesNotContain(RendererFlag.USE_SURFACELESS);
        assertThat(o.renderNode()).isEqualTo("/dev/x");
    }

    @Test
    void contradictionsAndUnavailableFeaturesAreRefusedClearly() {
        assertThatThrownBy(() -> parse("--use-glx", "--use-gles")).isInstanceOf(UsageException.class)
                .hasMessageContaining("GLX");
        assertThatThrownBy(() -> parse("--venus")).isInstanceOf(UsageException.class)
                .hasMessageContaining("not available in jvirgl yet");
        assertThatThrownBy(() -> parse("--bogus")).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> parse("--rendernode")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("--log-level=loud")).hasMessageContaining("unknown log level");
        assertThatThrownBy(() -> parse("a", "b")).hasMessageContaining("only one replay file");
        assertThatThrownBy(() -> parse("--max-protocol=4")).hasMessageContaining("takes 0..3");
    }

    @Test
    void theCliPrintsHelpAndVersionAndRejectsUnknownCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JvirglCli cli = new JvirglCli(new PrintStream(out, true), new PrintStream(err, true), Map.of());
        assertThat(cli.run(new String[] {"--version"})).isZero();
        assertThat(cli.run(new String[] {"--help"})).isZero();
        assertThat(cli.run(new String[] {"vtest", "--help"})).isZero();
        assertThat(out.toString()).contains("jvirgl 0.1.0", "jvirgl vtest [options]", "--socket-path=<path>");
        assertThat(cli.run(new String[] {"frobnicate"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"vtest", "--venus"})).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'frobnicate'", "Venus");
    }
}
