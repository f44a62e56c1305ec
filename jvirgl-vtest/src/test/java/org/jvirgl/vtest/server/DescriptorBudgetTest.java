package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.vtest.client.VtestClient;
import org.jvirgl.vtest.client.VtestClient.Created;
import org.junit.jupiter.api.Test;

/** A v2 resource's memfd belongs to the client once sent: the server keeps only the mapping. */
class DescriptorBudgetTest {
    private static final int RESOURCES = 200;

    @Test
    void aClientWithManySharedMemoryResourcesCostsTheServerNoDescriptorEach() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT); VtestClient c = VtestClient.connect(f.path)) {
            c.createRenderer("fd-budget");
            assertThat(c.negotiate(2)).isEqualTo(2);
            Descriptors.close(c.createBuffer2(1, 64, 64, false).fd());
            assertThat(c.pingAnswered()).isTrue();
            long before = openDescriptors();
            int[] clientFds = new int[RESOURCES];
            for (int i = 0; i < RESOURCES; i++) {
                Created res = c.createBuffer2(100 + i, 64, 64, false);
                clientFds[i] = res.fd();
            }
            assertThat(c.pingAnswered()).isTrue();
            // This process holds the client's copies (RESOURCES of them); the server adds none.
            assertThat(openDescriptors() - before).isLessThan(RESOURCES + 16);

            // The server's mapping still backs the resource after its descriptor was closed.
            try {
                assertThat(c.sharedMemoryRoundTrip(107, clientFds[7], 0x1234)).isEqualTo(0x1234);
            } finally {
                for (int fd : clientFds) {
                    Descriptors.close(fd);
                }
            }
        }
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
