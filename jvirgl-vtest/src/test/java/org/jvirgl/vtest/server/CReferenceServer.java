package org.jvirgl.vtest.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirgl.sys.SocketPaths;

/** The C reference {@code virgl_test_server} (0.10.4) on a private socket path, for side-by-side runs. */
final class CReferenceServer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/virgl_test_server");

    final String path = "/tmp/jvirgl-vtest-cref-" + ProcessHandle.current().pid();
    private final Process process;

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    CReferenceServer() throws IOException, InterruptedException {
        SocketPaths.removeStale(path);
        // 0.10.4 needs the '=' form: a separate argument would become its replay file.
        process = new ProcessBuilder(BINARY.toString(), "--use-egl-surfaceless", "--socket-path=" + path)
                .redirectErrorStream(true)
                .redirectOutput(new File("/dev/null"))
                .start();
        for (int i = 0; i < 500 && SocketPaths.probe(path) != SocketPaths.State.IN_USE; i++) {
            if (!process.isAlive()) {
                throw new IOException("virgl_test_server exited with " + process.exitValue());
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
        SocketPaths.removeStale(path);
    }
}
