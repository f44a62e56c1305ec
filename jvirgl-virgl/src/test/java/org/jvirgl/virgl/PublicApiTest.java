package org.jvirgl.virgl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jvirgl.api.Box;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.ResourceInfo;
import org.jvirgl.api.VirglException;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.Test;

/** The VirGL backend as an embedder reaches it: through the public API and ServiceLoader. */
class PublicApiTest {

    private final List<Integer> fences = new CopyOnWriteArrayList<>();
    private final RendererCallbacks callbacks = new RendererCallbacks() {
        @Override
        public void writeFence(Object cookie, int fenceId) {
            fences.add(fenceId);
        }
    };

    private VirglRenderer init(RendererFlag... extra) {
        EnumSet<RendererFlag> flags = EnumSet.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
        flags.addAll(List.of(extra));
        return VirglRenderer.init(this, flags, callbacks);
    }

    @Test
    void capsetsAreServedByTheVirglBackend() {
        try (VirglRenderer r = init()) {
            assertThat(r.getCapSet(Capset.VIRGL).maxSize()).isEqualTo(308);
            assertThat(r.getCapSet(Capset.VIRGL2).maxSize()).isEqualTo(1376);
            byte[] v2 = r.fillCaps(Capset.VIRGL2, 2);
            MemorySegment caps = MemorySegment.ofArray(v2);
            assertThat(caps.get(ValueLayout.JAVA_INT_UNALIGNED, 0)).isEqualTo(2);      // max_version
            assertThat(caps.get(ValueLayout.JAVA_INT_UNALIGNED, 264)).isGreaterThanOrEqualTo(330); // glsl
            assertThat(new String(v2, 696, 8)).isEqualTo("LLVMPIPE");
        }
    }

    @Test
    void aResourceRoundTripsThroughTransferWriteAndReadAndReportsItsTexture() {
        try (VirglRenderer r = init(); Arena arena = Arena.ofConfined()) {
            r.createContext(1, "api");
            ResourceCreateArgs args = new ResourceCreateArgs(5, ResourceCreateArgs.TARGET_2D,
                    VirglFormat.B8G8R8X8_UNORM, 0x8a, 250, 250, 1, 1, 0, 0, 0);
            MemorySegment backing = arena.allocate(250 * 250 * 4);
            r.createResource(args, List.of(backing));
            r.attachResource(1, 5);
            ResourceInfo info = r.getInfo(5);
            assertThat(info.texId()).isNotZero();
            assertThat(info.stride()).isEqualTo(1000);
            for (long i = 0; i < backing.byteSize(); i += 4) {
                backing.set(ValueLayout.JAVA_INT, i, (int) (i * 2654435761L));
            }
            Box box = new Box(10, 20, 0, 100, 50, 1);
            long offset = 20 * 1000 + 10 * 4;
            r.transferWrite(5, 1, 0, 0, 0, box, offset, null);
            MemorySegment out = arena.allocate(backing.byteSize());
            r.transferRead(5, 1, 0, 0, 0, box, offset, List.of(out));
            for (int row = 0; row < 50; row++) {
                long at = offset + row * 1000L;
                // X channel: whatever the guest wrote in it is not stored (alpha-less storage).
                for (int px = 0; px < 100; px++) {
                    int want = backing.get(ValueLayout.JAVA_INT, at + px * 4L) & 0x00ffffff;
                    int got = out.get(ValueLayout.JAVA_INT, at + px * 4L) & 0x00ffffff;
                    assertThat(got).isEqualTo(want);
                }
            }
            assertThat(r.contextError(1)).isNull();
        }
    }

    @Test
    void anUnsupportedFormatIsRefusedWithEinval() {
        try (VirglRenderer r = init()) {
            ResourceCreateArgs args = new ResourceCreateArgs(6, ResourceCreateArgs.TARGET_2D,
                    VirglFormat.Z24_UNORM_S8_UINT, 0x1, 16, 16, 1, 1, 0, 0, 0);
            assertThatThrownBy(() -> r.createResource(args, List.of())).isInstanceOf(VirglException.class);
        }
    }

    @Test
    void aGlobalFenceIsReportedOnceTheWorkIsDone() throws Exception {
        try (VirglRenderer r = init()) {
            r.createContext(1, "fenced");
            r.createFence(42, 0);
            for (int i = 0; i < 2000 && !fences.contains(42); i++) {
                r.poll();
                Thread.sleep(5);
            }
            assertThat(fences).contains(42);
        }
    }
}
