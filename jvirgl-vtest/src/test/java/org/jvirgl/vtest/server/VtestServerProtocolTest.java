package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.vtest.client.VtestClient;
import org.jvirgl.vtest.client.VtestClient.Created;
import org.jvirgl.vtest.session.FakeRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vtest protocol, versions 0 to 3, over a real socket against a renderer double. */
class VtestServerProtocolTest {
    private ServerFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ServerFixture(ServeMode.CONCURRENT);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private VtestClient client(String name) throws Exception {
        VtestClient c = VtestClient.connect(fixture.path);
        c.createRenderer(name);
        return c;
    }

    @Test
    void mesasProbeSequenceNegotiatesTheMinimumOfBothVersionsAndDemotesOneToZero() throws Exception {
        try (VtestClient c = client("probe")) {
            assertThat(c.negotiate(2)).isEqualTo(2);
            assertThat(c.protocolVersion(1)).isZero();
            assertThat(c.protocolVersion(0)).isZero();
            assertThat(c.protocolVersion(3)).isEqualTo(3);
            assertThat(c.protocolVersion(99)).isEqualTo(3);
            assertThat(c.protocolVersion(-1)).as("versions are unsigned").isEqualTo(3);
        }
    }

    @Test
    void capsRepliesComeBackToBackWithLengthsCountingBytesPlusOneAndTheCapsetIdAsTheirId() throws Exception {
        try (VtestClient c = client("caps")) {
            c.send(0, VtestClient.GET_CAPS2);
            c.send(0, VtestClient.GET_CAPS);
            assertThat(c.readHeader()).isEqualTo(new VtestClient.Header(FakeRenderer.CAPS_V2_BYTES + 1, 2));
            byte[] v2 = c.readBytes(FakeRenderer.CAPS_V2_BYTES);
            assertThat(c.readHeader()).isEqualTo(new VtestClient.Header(FakeRenderer.CAPS_V1_BYTES + 1, 1));
            byte[] v1 = c.readBytes(FakeRenderer.CAPS_V1_BYTES);
            assertThat(v2[0]).isEqualTo((byte) 2);
            assertThat(v1[0]).isEqualTo((byte) 1);
            assertThat(c.pingAnswered()).isTrue();
        }
    }

    @Test
    void versionZeroUploadsInlineUnpaddedDataAndReadsItBackWithoutAHeader() throws Exception {
        try (VtestClient c = client("v0")) {
            assertThat(c.negotiate(0)).isZero();
            c.createBuffer(7, 64, false);
            byte[] data = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
            c.transferPut(7, 5, data);
            c.submit(0x00000000);
            assertThat(c.busyWait(7, 1)).isZero();
            assertThat(c.transferGet(7, 5, data.length)).containsExactly(data);
            assertThat(c.pingAnswered()).isTrue();
        }
        fixture.awaitIdle();
        FakeRenderer r = fixture.renderer(0);
        assertThat(r.calls).contains("createContext 1 v0", "createResource 7 iov 0", "attach 7", "cleanup");
        assertThat(r.submitted).hasSize(1);
    }

    @Test
    void versionTwoPassesAMemfdThatBothSidesMapAndTransfersGoThroughIt() throws Exception {
        try (VtestClient c = client("v2")) {
            assertThat(c.negotiate(2)).isEqualTo(2);
            Created res = c.createBuffer2(3, 32, 32, false);
            assertThat(res.fd()).isNotNegative();
            try (SharedMemory shm = SharedMemory.map(res.fd(), 0, 32)) {
                MemorySegment seg = shm.segment();
                for (int i = 0; i < 8; i++) {
                    seg.set(ValueLayout.JAVA_BYTE, 16 + i, (byte) (0x40 + i));
                }
                c.transferPut2(3, 0, 8, 16);
                // PUT2 has no reply: a round trip makes sure the server copied before we scribble
                assertThat(c.busyWait(3, 1)).isZero();
                seg.fill((byte) 0);
                c.transferGet2(3, 0, 8, 4);
                assertThat(c.busyWait(3, 1)).isZero();
                assertThat(seg.asSlice(4, 8).toArray(ValueLayout.JAVA_BYTE))
                        .containsExactly(0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47);
            } finally {
                Descriptors.close(res.fd());
            }
            c.unref(3);
            assertThat(c.pingAnswered()).isTrue();
        }
        fixture.awaitIdle();
        assertThat(fixture.renderer(0).calls).contains("createResource 3 iov 1", "unref 3");
    }

    @Test
    void multisampleResourcesAtVersionTwoComeWithoutDescriptor() throws Exception {
        try (VtestClient c = client("msaa")) {
            c.negotiate(2);
            Created res = c.createBuffer2(9, 16, 0, false);
            assertThat(res.fd()).isEqualTo(-1);
            assertThat(c.pingAnswered()).isTrue();
        }
    }

    @Test
    void versionThreeChoosesResourceIdsAndRefusesClientChosenOnesWithIdZero() throws Exception {
        try (VtestClient c = client("v3")) {
            assertThat(c.negotiate(3)).isEqualTo(3);
            Created a = c.createBuffer2(0, 16, 16, true);
            Created b = c.createBuffer2(0, 16, 16, true);
            assertThat(a.handle()).isPositive();
            assertThat(b.handle()).isPositive().isNotEqualTo(a.handle());
            assertThat(c.createBuffer(0, 8, true)).isPositive();
            Created refused = c.createBuffer2(5, 16, 16, true);
            assertThat(refused.handle()).isZero();
            assertThat(refused.fd()).as("the descriptor message still comes, without a descriptor").isEqualTo(-1);
            Descriptors.close(a.fd());
            Descriptors.close(b.fd());
            assertThat(c.pingAnswered()).isTrue();
        }
    }

    @Test
    void versionThreeParamsCapsetsAndContextInitAreAnswered() throws Exception {
        try (VtestClient c = client("v3-params")) {
            c.negotiate(3);
            assertThat(c.getParam(1)).containsExactly(1, 64);
            assertThat(c.getParam(77)).containsExactly(0, 0);
            byte[] caps = c.getCapset(2, 2);
            assertThat(caps).hasSize(FakeRenderer.CAPS_V2_BYTES);
            assertThat(caps[0]).isEqualTo((byte) 2);
            assertThat(c.getCapset(2, 3)).as("newer than the capset's max version").isNull();
            assertThat(c.getCapset(4, 0)).as("venus is unknown here").isNull();
            c.contextInit(2);
            assertThat(c.pingAnswered()).isTrue();
        }
        fixture.awaitIdle();
        assertThat(fixture.renderer(0).calls).contains("createContext 1 capset 2 v3-params");
    }

    @Test
    void guestBlobsComeWithTheirIdAndAMappableDescriptor() throws Exception {
        try (VtestClient c = client("blob")) {
            c.negotiate(3);
            Created blob = c.createBlob(1, 1, 8192, 0);
            assertThat(blob.handle()).isPositive();
            assertThat(blob.fd()).isNotNegative();
            try (SharedMemory shm = SharedMemory.map(blob.fd(), 0, 8192)) {
                shm.segment().set(ValueLayout.JAVA_BYTE, 8191, (byte) 9);
            } finally {
                Descriptors.close(blob.fd());
            }
            Created host = c.createBlob(2, 1, 4096, 1);
            assertThat(host.handle()).as("the double cannot export host blobs").isZero();
            assertThat(host.fd()).isEqualTo(-1);
            Created bad = c.createBlob(9, 0, 4096, 0);
            assertThat(bad.handle()).isZero();
            assertThat(bad.fd()).isEqualTo(-1);
            assertThat(c.pingAnswered()).isTrue();
        }
    }

    @Test
    void syncObjectsCountUpAndWaitsHandOutEventfdsThatBecomeReadable() throws Exception {
        try (VtestClient c = client("sync")) {
            c.negotiate(3);
            int sync = c.syncCreate(5);
            assertThat(c.syncRead(sync)).isEqualTo(5);
            int ready = c.syncWait(0, 1000, sync, 5);
            assertThat(Descriptors.awaitReadable(ready, 1000)).isTrue();
            Descriptors.close(ready);

            int pending = c.syncWait(0, -1, sync, 7);
            assertThat(Descriptors.awaitReadable(pending, 0)).isFalse();
            c.syncWrite(sync, 7);
            assertThat(c.syncRead(sync)).isEqualTo(7);
            assertThat(Descriptors.awaitReadable(pending, 5000)).isTrue();
            Descriptors.close(pending);

            int unknown = c.syncWait(0, 100, 4242, 1);
            assertThat(unknown).isEqualTo(-1);
            c.syncUnref(sync);
            assertThat(c.syncRead(sync)).as("unknown syncs read as 0").isZero();
            assertThat(c.pingAnswered()).isTrue();
        }
    }

    @Test
    void submitCmd2SignalsItsSyncsAtOnceOrWhenItsRingFenceRetires() throws Exception {
        try (VtestClient c = client("submit2")) {
            c.negotiate(3);
            int direct = c.syncCreate(0);
            int ringed = c.syncCreate(0);
            c.submit2(0, 0, new int[] {0, 0}, direct, 3);
            assertThat(c.syncRead(direct)).isEqualTo(3);
            int waitFd = c.syncWait(0, -1, ringed, 1);
            c.submit2(1, 5, new int[] {0}, ringed, 1);
            // the double retires context fences on the poll that precedes the next command
            assertThat(c.syncRead(ringed)).isEqualTo(1);
            assertThat(Descriptors.awaitReadable(waitFd, 5000)).isTrue();
            Descriptors.close(waitFd);
            assertThat(c.pingAnswered()).isTrue();
        }
        fixture.awaitIdle();
        assertThat(fixture.renderer(0).submitted).hasSize(2);
    }

    @Test
    void busyWaitReportsBusyUntilTheImplicitFenceRetiresAndWaitsWhenAsked() throws Exception {
        try (VtestClient c = client("busy")) {
            c.negotiate(2);
            c.createBuffer2(1, 8, 8, false);
            FakeRenderer r = fixture.renderer(0);
            r.holdFencesForPolls = 1000;
            c.submit(0);
            assertThat(c.busyWait(1, 0)).isEqualTo(1);
            r.holdFencesForPolls = 20;
            assertThat(c.busyWait(1, 1)).isZero();
            assertThat(c.busyWait(1, 0)).isZero();
        }
    }

    @Test
    void everyClientGetsItsOwnRendererOnItsOwnThread() throws Exception {
        try (VtestClient a = client("a"); VtestClient b = client("b")) {
            a.getBothCaps();
            b.getBothCaps();
            assertThat(fixture.renderers).hasSize(2);
            assertThat(fixture.renderer(0).owner).isNotSameAs(fixture.renderer(1).owner);
        }
    }

    @Test
    void aContextErrorIsLoggedOnceAndTheConnectionStaysUsable() throws Exception {
        try (VtestClient c = client("bad-stream")) {
            c.negotiate(2);
            c.submit(0);
            assertThat(c.pingAnswered()).isTrue();
            fixture.renderer(0).contextError = "decode error: bad length";
            c.submit(0);
            c.submit(0);
            assertThat(c.pingAnswered()).isTrue();
        }
        assertThat(fixture.log().split("context marked failed", -1)).hasSize(2);
    }
}
