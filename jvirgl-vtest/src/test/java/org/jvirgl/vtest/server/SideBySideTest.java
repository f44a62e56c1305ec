package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.api.VirglException;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.vtest.client.VtestClient;
import org.jvirgl.vtest.session.FakeRenderer;
import org.jvirgl.vtest.session.RendererFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same client scripts against the C {@code virgl_test_server} and against jvirgl, comparing
 * answers. jvirgl serves with the library's own renderer when it can start one here, else with
 * the renderer double (then only protocol behaviour is compared, not caps contents). Skipped
 * when the C server is not installed.
 */
class SideBySideTest {
    private static CReferenceServer reference;
    private static ServerFixture jvirgl;
    private static boolean realRenderer;

    @BeforeAll
    static void startBoth() throws Exception {
        assumeTrue(CReferenceServer.available(), "virgl_test_server is not installed");
        reference = new CReferenceServer();
        realRenderer = libraryRendererStarts();
        System.out.println("side-by-side: jvirgl serves with "
                + (realRenderer ? "the library's renderer" : "the renderer double (no backend here)"));
        jvirgl = new ServerFixture(ServeMode.CONCURRENT,
                realRenderer ? RendererFactory.library() : FakeRenderer.factory(r -> { }));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (jvirgl != null) {
            jvirgl.close();
        }
        if (reference != null) {
            reference.close();
        }
    }

    private static boolean libraryRendererStarts() throws InterruptedException {
        boolean[] ok = new boolean[1];
        Thread probe = Thread.ofPlatform().start(() -> {
            try (var r = RendererFactory.library().create(new Object(), java.util.Set.of(
                    org.jvirgl.api.RendererFlag.USE_EGL, org.jvirgl.api.RendererFlag.USE_SURFACELESS),
                    new org.jvirgl.api.RendererCallbacks() { }, (p, m, u) -> { })) {
                ok[0] = r.getCapSet(2).maxSize() > 0;
            } catch (VirglException | UnsupportedOperationException | LinkageError e) {
                ok[0] = false;
            }
        });
        probe.join();
        return ok[0];
    }

    @FunctionalInterface
    private interface Script {
        List<Object> run(VtestClient client) throws Exception;
    }

    private static List<Object> on(String path, Script script) throws Exception {
        try (VtestClient c = VtestClient.connect(path)) {
            c.createRenderer("side-by-side");
            return script.run(c);
        }
    }

    private static void assertSameAnswers(Script script) throws Exception {
        List<Object> expected = on(reference.path, script);
        List<Object> actual = on(jvirgl.path, script);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void versionNegotiationAnswersAlike() throws Exception {
        assertSameAnswers(c -> List.of(c.negotiate(2), c.protocolVersion(1), c.protocolVersion(0),
                c.protocolVersion(3), c.protocolVersion(7), c.busyWait(0, 0)));
    }

    @Test
    void oldClientsThatNeverNegotiateStayAtVersionZero() throws Exception {
        assertSameAnswers(c -> {
            c.createBuffer(1, 16, false);
            c.transferPut(1, 0, new byte[] {9, 8, 7});
            return List.of(c.busyWait(1, 1), Arrays.toString(c.transferGet(1, 0, 3)));
        });
    }

    @Test
    void capsRepliesHaveTheSameFraming() throws Exception {
        Script caps = c -> {
            byte[][] both = c.getBothCaps();
            List<Object> out = new ArrayList<>(List.of(both[1].length, both[0].length >= 1376));
            if (realRenderer) {
                out.add(both[0].length);
            }
            return out;
        };
        assertSameAnswers(caps);
    }

    @Test
    void versionZeroTransfersRoundTripAlike() throws Exception {
        assertSameAnswers(c -> {
            c.negotiate(0);
            c.createBuffer(5, 64, false);
            byte[] data = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
            c.transferPut(5, 8, data);
            int busy = c.busyWait(5, 1);
            byte[] back = c.transferGet(5, 8, data.length);
            c.unref(5);
            return List.of(busy, Arrays.toString(back));
        });
    }

    @Test
    void versionTwoSharedMemoryTransfersRoundTripAlike() throws Exception {
        assertSameAnswers(c -> {
            int version = c.negotiate(2);
            VtestClient.Created res = c.createBuffer2(1, 64, 64, false);
            try (SharedMemory shm = SharedMemory.map(res.fd(), 0, 64)) {
                MemorySegment seg = shm.segment();
                for (int i = 0; i < 16; i++) {
                    seg.set(ValueLayout.JAVA_BYTE, 32 + i, (byte) (100 + i));
                }
                c.transferPut2(1, 0, 16, 32);
                int first = c.busyWait(1, 1);
                seg.fill((byte) 0);
                c.transferGet2(1, 0, 16, 0);
                int second = c.busyWait(1, 1);
                return List.of(version, res.fd() >= 0, first, second,
                        Arrays.toString(seg.asSlice(0, 16).toArray(ValueLayout.JAVA_BYTE)));
            } finally {
                Descriptors.close(res.fd());
            }
        });
    }

    @Test
    void versionThreeIdsParamsAndSyncsAnswerAlike() throws Exception {
        assertSameAnswers(c -> {
            int version = c.negotiate(3);
            VtestClient.Created res = c.createBuffer2(0, 16, 16, true);
            Descriptors.close(res.fd());
            int[] param = c.getParam(1);
            int sync = c.syncCreate(3);
            c.syncWrite(sync, 10);
            long value = c.syncRead(sync);
            int fd = c.syncWait(0, 1000, sync, 10);
            boolean readable = Descriptors.awaitReadable(fd, 1000);
            Descriptors.close(fd);
            return List.of(version, res.handle() > 0, res.fd() >= 0, Arrays.toString(param), value, readable,
                    c.getCapset(2, 2) != null, c.getCapset(77, 0) == null);
        });
    }
}
