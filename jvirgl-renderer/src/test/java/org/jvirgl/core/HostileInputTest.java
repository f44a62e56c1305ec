package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jvirgl.api.BlobCreateArgs;
import org.jvirgl.api.Box;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.junit.jupiter.api.Test;

/**
 * Random calls with hostile values (the numbers an emulator forwards from a guest): whatever
 * happens, the only thing that may escape is a {@link VirglException}, and the renderer stays
 * usable. A fixed seed keeps failures reproducible.
 */
class HostileInputTest {
    private static final int[] EDGES = {0, 1, 2, -1, 6, 50, 64, 481, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x10000};

    private static int pick(Random r) {
        return r.nextInt(3) == 0 ? EDGES[r.nextInt(EDGES.length)] : r.nextInt(9);
    }

    @Test
    void onlyVirglExceptionsEscapeFromRandomHostileCalls() {
        Random r = new Random(20261125);
        List<Throwable> unexpected = new ArrayList<>();
        int refused = 0;
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            h.backend.ringCount = 2;
            for (int i = 0; i < 5_000; i++) {
                int op = r.nextInt(12);
                try {
                    switch (op) {
                        case 0 -> h.renderer.createContext(pick(r), pick(r), "fuzz");
                        case 1 -> h.renderer.destroyContext(pick(r));
                        case 2 -> h.renderer.createResource(new ResourceCreateArgs(pick(r), pick(r), pick(r),
                                pick(r), pick(r), pick(r), pick(r), pick(r), pick(r), pick(r), pick(r)), List.of());
                        case 3 -> h.renderer.attachResource(pick(r), pick(r));
                        case 4 -> h.renderer.unrefResource(pick(r));
                        case 5 -> {
                            MemorySegment mem = arena.allocate(1 + r.nextInt(512));
                            Box box = new Box(pick(r), pick(r), pick(r), pick(r), pick(r), pick(r));
                            if (r.nextBoolean()) {
                                h.renderer.transferWrite(pick(r), pick(r), pick(r), pick(r), pick(r), box, pick(r),
                                        List.of(mem));
                            } else {
                                h.renderer.transferRead(pick(r), pick(r), pick(r), pick(r), pick(r), box,
                                        r.nextLong(), List.of(mem));
                            }
                        }
                        case 6 -> h.renderer.createBlob(new BlobCreateArgs(pick(r), pick(r), pick(r), pick(r),
                                r.nextLong(), r.nextBoolean() ? pick(r) : r.nextLong(),
                                List.of(arena.allocate(1 + r.nextInt(64)))));
                        case 7 -> h.renderer.mapBlob(pick(r));
                        case 8 -> h.renderer.contextCreateFence(pick(r), pick(r), pick(r), r.nextLong());
                        case 9 -> h.renderer.createFence(pick(r), pick(r));
                        case 10 -> {
                            MemorySegment req = arena.allocate(4L * (r.nextInt(30)), 4);
                            for (long o = 0; o + 4 <= req.byteSize(); o += 4) {
                                req.set(java.lang.foreign.ValueLayout.JAVA_INT, o, o == 0 ? 1 + r.nextInt(2) : pick(r));
                            }
                            h.renderer.execute(req);
                        }
                        default -> {
                            h.backend.signals.forEach(TestSignal::complete);
                            h.renderer.poll();
                            h.renderer.getInfo(pick(r));
                        }
                    }
                } catch (VirglException e) {
                    refused++;
                } catch (Throwable t) {
                    unexpected.add(t);
                }
            }
            assertThat(unexpected).isEmpty();
            assertThat(refused).isPositive();
            // still healthy afterwards
            h.renderer.reset();
            h.renderer.createContext(1, "after");
            h.renderer.createResource(RendererInitTest.simple1d(1), List.of());
        }
    }

    @Test
    void unknownFlagBitsAreRefusedWhenDecodingTheCFlagsWord() {
        assertThat(RendererInitTest.code(() -> RendererFlag.fromBits(1 << 20))).isEqualTo(VirglException.EINVAL);
        assertThat(RendererFlag.fromBits(RendererFlag.USE_EGL.bit() | RendererFlag.THREAD_SYNC.bit()))
                .containsExactlyInAnyOrder(RendererFlag.USE_EGL, RendererFlag.THREAD_SYNC);
    }
}
