package org.jvirgl.vtest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jvirgl.api.VirglException;
import org.junit.jupiter.api.Test;

class JvirglCliTest {

    @Test
    void theServerListensBeforeItsSelfCheckAndExitsWithStatusOneWhenNoRendererCanStart() {
        Path socket = Path.of("/tmp/jvirgl-cli-test-" + ProcessHandle.current().pid());
        AtomicBoolean listeningDuringCheck = new AtomicBoolean();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JvirglCli cli = new JvirglCli(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), (cookie, flags, callbacks, log) -> {
                    listeningDuringCheck.set(Files.exists(socket));
                    throw new VirglException(-1, "no EGL here");
                });

        int status = cli.run(new String[] {"vtest", "--socket-path=" + socket});

        assertThat(status).isEqualTo(1);
        assertThat(listeningDuringCheck).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot start a renderer").contains("no EGL here");
        assertThat(socket).doesNotExist();
    }
}
