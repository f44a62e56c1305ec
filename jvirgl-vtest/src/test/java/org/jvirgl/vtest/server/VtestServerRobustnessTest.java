package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglException;
import org.jvirgl.sys.SocketPaths;
import org.jvirgl.vtest.client.VtestClient;
import org.jvirgl.vtest.session.FakeRenderer;
import org.jvirgl.vtest.session.VtestLog;
import org.junit.jupiter.api.Test;

/** Hostile and broken clients: every refusal keeps the stream in step, and the server outlives them all. */
class VtestServerRobustnessTest {

    private static VtestClient client(ServerFixture f, String name) throws Exception {
        VtestClient c = VtestClient.connect(f.path);
        c.createRenderer(name);
        return c;
    }

    @Test
    void aTruncatedHeaderThenHangUpEndsOnlyThatClient() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT)) {
            try (VtestClient c = client(f, "truncated")) {
                c.sendRaw(new byte[] {1, 0, 0});
            }
            try (VtestClient next = client(f, "next")) {
                assertThat(next.pingAnswered()).isTrue();
            }
            f.awaitIdle();
            assertThat(f.log()).contains("disconnected in the middle of a request");
        }
    }

    @Test
    void aHugeAnnouncedLengthCostsNothingAndTheNextClientIsServed() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT)) {
            try (VtestClient c = client(f, "liar")) {
                c.send(0xffff_fff0, VtestClient.SUBMIT_CMD, 1, 2, 3);
                c.send(0x7fff_ffff, VtestClient.CREATE_RENDERER);
            }
            try (VtestClient next = client(f, "next")) {
                assertThat(next.pingAnswered()).isTrue();
            }
        }
    }

    @Test
    void anOversizedSubmitIsSkippedAndTheStreamStaysInStep() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT)) {
            try (VtestClient c = client(f, "big")) {
                c.negotiate(2);
                int dwords = (int) (org.jvirgl.vtest.protocol.FrameLimits.DEFAULT.maxCommandBytes() / 4) + 1;
                c.sendRaw(VtestClient.dwords(dwords, VtestClient.SUBMIT_CMD));
                byte[] chunk = new byte[1 << 20];
                long left = 4L * dwords;
                while (left > 0) {
                    int n = (int) Math.min(left, chunk.length);
                    c.sendRaw(n == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n));
                    left -= n;
                }
                assertThat(c.pingAnswered()).isTrue();
            }
            assertThat(f.log()).contains("SUBMIT_CMD refused: body of");
        }
    }

    @Test
    void unknownCommandIdsAreSkippedByTheirLength() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT);
                VtestClient c = client(f, "unknown")) {
            c.send(3, 99, 7, 8, 9);
            c.send(0, 0);
            c.send(2, 38, 1, 2);
            assertThat(c.pingAnswered()).isTrue();
            assertThat(f.log()).contains("unknown command id 99 (3 dwords skipped)");
        }
    }

    @Test
    void aTransferToAnUnknownResourceConsumesItsDataBeforeBeingRefused() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT);
                VtestClient c = client(f, "put")) {
            c.negotiate(0);
            c.transferPut(4711, 0, new byte[] {1, 2, 3, 4, 5, 6, 7});
            assertThat(c.transferGet(4711, 0, 5)).as("a refused readback still sends its bytes")
                    .containsExactly(0, 0, 0, 0, 0);
            c.transferPut2(4711, 0, 64, 0);
            c.transferGet2(4711, 0, 64, 0);
            assertThat(c.pingAnswered()).isTrue();
            assertThat(f.log()).contains("TRANSFER_PUT: unknown resource 4711");
        }
    }

    @Test
    void aDuplicateHandleIsRefusedButItsPromisedDescriptorMessageStillArrives() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT);
                VtestClient c = client(f, "dup")) {
            c.negotiate(2);
            VtestClient.Created first = c.createBuffer2(2, 8, 8, false);
            VtestClient.Created second = c.createBuffer2(2, 8, 8, false);
            assertThat(first.fd()).isNotNegative();
            assertThat(second.fd()).isEqualTo(-1);
            org.jvirgl.sys.Descriptors.close(first.fd());
            assertThat(c.pingAnswered()).isTrue();
            assertThat(f.log()).contains("handle 2 is already in use");
        }
    }

    @Test
    void transfer2OutsideTheSharedMemoryIsRefused() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT);
                VtestClient c = client(f, "offset")) {
            c.negotiate(2);
            VtestClient.Created res = c.createBuffer2(1, 8, 8, false);
            c.transferGet2(1, 0, 8, 8);
            c.transferPut2(1, 0, 8, -1);
            org.jvirgl.sys.Descriptors.close(res.fd());
            assertThat(c.pingAnswered()).isTrue();
            assertThat(f.log()).contains("offset 8 is past the 8-byte backing");
        }
    }

    @Test
    void malformedSyncWaitsAndSubmit2BatchesAreAnsweredAndRefused() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT);
                VtestClient c = client(f, "v3-garbage")) {
            c.negotiate(3);
            c.send(4, VtestClient.SYNC_WAIT, 0, 0, 1, 2);
            assertThat(c.readReply(VtestClient.SYNC_WAIT)).isEmpty();
            assertThat(c.receiveFd()).isEqualTo(-1);
            c.send(2, VtestClient.SUBMIT_CMD2, 5, 0);
            c.send(9, VtestClient.SUBMIT_CMD2, 1, 0, 100, 5, 0, 0, 0, 0, 0);
            assertThat(c.pingAnswered()).isTrue();
            assertThat(f.log()).contains("SUBMIT_CMD2 refused: 5 batches do not fit", "reaches past");
        }
    }

    @Test
    void commandsBeforeCreateRendererAreServedUnnamedAndLogged() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT);
                VtestClient c = VtestClient.connect(f.path)) {
            assertThat(c.pingAnswered()).isTrue();
            assertThat(f.log()).contains("not CREATE_RENDERER");
        }
    }

    @Test
    void aRendererThatCannotStartEndsOnlyTheClientThatNeededIt() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT, (cookie, flags, callbacks, log) -> {
            throw new VirglException(VirglException.ENOSYS, "no backend");
        })) {
            try (VtestClient c = client(f, "doomed")) {
                assertThat(c.negotiate(2)).as("the handshake needs no renderer").isEqualTo(2);
                c.send(0, VtestClient.GET_CAPS2);
                assertThat(c.closedByServer()).isTrue();
            }
            assertThat(f.log()).contains("renderer could not be initialised: no backend");
            try (VtestClient next = client(f, "next")) {
                assertThat(next.pingAnswered()).isTrue();
            }
        }
    }

    @Test
    void aLoweredProtocolCeilingIsWhatClientsGet() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT, FakeRenderer.factory(r -> { }), 0);
                VtestClient c = client(f, "old")) {
            assertThat(c.negotiate(2)).isZero();
            c.createBuffer(1, 8, false);
            c.transferPut(1, 0, new byte[] {4, 2});
            assertThat(c.transferGet(1, 0, 2)).containsExactly(4, 2);
        }
    }

    @Test
    void onceModeServesOneClientThenStops() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.ONCE)) {
            try (VtestClient c = client(f, "only")) {
                assertThat(c.pingAnswered()).isTrue();
            }
            f.awaitExit();
            assertThat(f.serving()).isFalse();
        }
    }

    @Test
    void sequentialModeServesClientsOneAfterAnother() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.SEQUENTIAL)) {
            for (int i = 0; i < 3; i++) {
                try (VtestClient c = client(f, "turn " + i)) {
                    assertThat(c.pingAnswered()).isTrue();
                }
            }
            assertThat(f.serving()).isTrue();
        }
    }

    @Test
    void aLiveServerOnThePathIsRefusedRatherThanStolen() throws Exception {
        try (ServerFixture f = new ServerFixture(ServeMode.CONCURRENT)) {
            assertThat(SocketPaths.probe(f.path)).isEqualTo(SocketPaths.State.IN_USE);
            VtestServer second = new VtestServer(options(f.path), FakeRenderer.factory(r -> { }), quietLog());
            assertThatThrownBy(second::bind).isInstanceOf(ServerStartException.class).hasMessageContaining("is in use");
            try (VtestClient c = client(f, "still served")) {
                assertThat(c.pingAnswered()).isTrue();
            }
        }
    }

    @Test
    void aStaleSocketFileIsReplacedAndRemovedOnClose() throws Exception {
        String path = "/tmp/jvirgl-vtest-stale-" + ProcessHandle.current().pid();
        Files.deleteIfExists(Path.of(path));
        // A JDK channel leaves its socket file behind on close, just like a crashed server.
        try (ServerSocketChannel leftover = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            leftover.bind(UnixDomainSocketAddress.of(path));
        }
        assertThat(SocketPaths.probe(path)).isEqualTo(SocketPaths.State.STALE);
        VtestServer server = new VtestServer(options(path), FakeRenderer.factory(r -> { }), quietLog());
        server.bind();
        Thread serving = Thread.ofPlatform().start(server::serve);
        try (VtestClient c = VtestClient.connect(path)) {
            assertThat(c.pingAnswered()).isTrue();
        } finally {
            server.close();
            serving.join(5000);
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(Files.exists(Path.of(path))).isFalse();
    }

    private static ServerOptions options(String path) {
        return new ServerOptions(path, ServeMode.CONCURRENT, false, null, Set.of(RendererFlag.USE_EGL), null,
                LogPriority.ERROR, false, null, 3);
    }

    private static VtestLog quietLog() {
        return new VtestLog(new PrintStream(OutputStream.nullOutputStream()), LogPriority.ERROR);
    }
}
