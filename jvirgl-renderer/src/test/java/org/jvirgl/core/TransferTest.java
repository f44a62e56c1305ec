package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.core.RendererInitTest.code;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jvirgl.api.Box;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transfer argument checks ported from upstream's tests/test_virgl_transfer.c: the core must
 * refuse (EINVAL) before the backend copies anything, and pass valid transfers through.
 */
class TransferTest {
    private static final int EINVAL = VirglException.EINVAL;
    private static final int BGRX = 2;

    private Harness h;
    private Arena arena;

    @BeforeEach
    void setUp() {
        h = Harness.plain();
        arena = Arena.ofConfined();
        h.renderer.createContext(1, "transfers");
    }

    @AfterEach
    void tearDown() {
        h.close();
        arena.close();
    }

    private static ResourceCreateArgs oneD(int handle) {
        return new ResourceCreateArgs(handle, ResourceCreateArgs.TARGET_1D, BGRX, ResourceRules.BIND_SAMPLER_VIEW,
                50, 1, 1, 1, 0, 0, 0);
    }

    private static ResourceCreateArgs with(ResourceCreateArgs a, int target, int width, int height, int depth,
            int arraySize, int lastLevel) {
        return new ResourceCreateArgs(a.handle(), target, a.format(), a.bind(), width, height, depth, arraySize,
                lastLevel, a.nrSamples(), a.flags());
    }

    private void createAttached(ResourceCreateArgs args) {
        h.renderer.createResource(args, List.of());
        h.renderer.attachResource(1, args.handle());
    }

    private List<MemorySegment> iov(long bytes) {
        return List.of(arena.allocate(bytes));
    }

    private List<String> backendTransfers(int handle) {
        var ctx = h.backend.contexts.get(1);
        return ((TestBackend.TestResource) ctx.attached.get(handle).backing()).transfers;
    }

    @Test
    void anUnknownContextOrResourceIsRefused() {
        Box box = new Box(0, 0, 0, 1, 1, 1);
        assertThat(code(() -> h.renderer.transferRead(1, 2, 0, 1, 1, box, 0, null))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 2, 0, 1, 1, box, 0, null))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferRead(1, 1, 0, 1, 1, box, 0, null))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 1, 1, box, 0, null))).isEqualTo(EINVAL);
    }

    @Test
    void aResourceNotAttachedToTheContextIsRefusedButContextZeroMayUseIt() {
        h.renderer.createResource(oneD(1), List.of());
        Box box = new Box(0, 0, 0, 50, 1, 1);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, box, 0, iov(200)))).isEqualTo(EINVAL);
        h.renderer.transferWrite(1, 0, 0, 0, 0, box, 0, iov(200));
    }

    @Test
    void aTransferWithoutGuestMemoryOrBoxIsRefused() {
        createAttached(oneD(1));
        Box box = new Box(0, 0, 0, 10, 1, 1);
        assertThat(code(() -> h.renderer.transferRead(1, 1, 0, 1, 1, box, 0, null))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 1, 1, box, 0, List.of()))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, null, 0, iov(200)))).isEqualTo(EINVAL);
        assertThat(backendTransfers(1)).isEmpty();
    }

    @Test
    void boxesOutsideOneDimensionalAndThreeDimensionalResourcesAreRefused() {
        createAttached(oneD(1));
        createAttached(with(oneD(2), ResourceCreateArgs.TARGET_1D_ARRAY, 50, 1, 1, 5, 0));
        createAttached(with(oneD(3), ResourceCreateArgs.TARGET_3D, 50, 1, 5, 1, 0));
        List<MemorySegment> mem = iov(4096);
        assertThat(code(() -> h.renderer.transferRead(1, 1, 0, 1, 1, new Box(0, 0, 0, 10, 2, 1), 0, mem)))
                .isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 1, 1, new Box(0, 0, 0, 10, 2, 1), 0, mem)))
                .isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferRead(2, 1, 0, 0, 0, new Box(0, 0, 0, 10, 1, 6), 0, mem)))
                .isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferRead(3, 1, 0, 0, 0, new Box(0, 0, 0, 10, 1, 6), 0, mem)))
                .isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferRead(1, 1, 0, 0, 0, new Box(45, 0, 0, 10, 1, 1), 0, mem)))
                .isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferRead(1, 1, 0, 0, 0, new Box(-1, 0, 0, 10, 1, 1), 0, mem)))
                .isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferRead(1, 1, 0, 0, 0,
                new Box(Integer.MAX_VALUE, 0, 0, Integer.MAX_VALUE, 1, 1), 0, mem))).isEqualTo(EINVAL);
    }

    @Test
    void aValidWriteThenReadThroughTheAttachedBackingReachTheBackend() {
        createAttached(oneD(1));
        MemorySegment data = arena.allocate(200);
        Box box = new Box(0, 0, 0, 50, 1, 1);
        h.renderer.transferWrite(1, 1, 0, 0, 0, box, 0, List.of(data));
        h.renderer.attachIov(1, List.of(data));
        h.renderer.transferRead(1, 1, 0, 0, 0, box, 0, null);
        assertThat(backendTransfers(1)).containsExactly("write 0 " + box + " @0", "read 0 " + box + " @0");
    }

    @Test
    void guestMemoryTooSmallOrAnOffsetPastItIsRefused() {
        createAttached(oneD(1));
        Box box = new Box(0, 0, 0, 50, 1, 1);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, box, 0, iov(23)))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, box, 20, iov(200)))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, box, -1, iov(200)))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, box, 0,
                List.of(arena.allocate(100), arena.allocate(99))))).isEqualTo(EINVAL);
        h.renderer.transferWrite(1, 1, 0, 0, 0, box, 0, List.of(arena.allocate(100), arena.allocate(100)));
    }

    static Stream<Arguments> stridedResources() {
        ResourceCreateArgs oneD = oneD(1);
        return Stream.of(
                Arguments.argumentSet("1D", oneD),
                Arguments.argumentSet("2D", with(oneD, ResourceCreateArgs.TARGET_2D, 50, 50, 1, 1, 0)),
                Arguments.argumentSet("buffer", new ResourceCreateArgs(1, ResourceCreateArgs.TARGET_BUFFER,
                        TestBackend.FORMAT_R8_UNORM, 0, 50, 1, 1, 1, 0, 0, 0)));
    }

    @ParameterizedTest
    @MethodSource("stridedResources")
    void stridesBelowOneRowOfTheBoxAreRefused(ResourceCreateArgs args) {
        createAttached(args);
        Box box = new Box(0, 0, 0, 50, 1, 1);
        int badStride = box.w() - 1;
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, badStride, 0, box, 0, iov(200)))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, badStride, box, 0, iov(200)))).isEqualTo(EINVAL);
        assertThat(backendTransfers(1)).isEmpty();
    }

    @Test
    void aLayerStrideBelowOneLayerOfTheBoxIsRefused() {
        createAttached(with(oneD(1), ResourceCreateArgs.TARGET_2D_ARRAY, 50, 50, 1, 5, 0));
        Box box = new Box(0, 0, 0, 50, 5, 2);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 100, box, 0, iov(50 * 50 * 2 * 4))))
                .isEqualTo(EINVAL);
        h.renderer.transferWrite(1, 1, 0, 0, 50 * 5 * 4, box, 0, iov(50 * 50 * 2 * 4));
    }

    @Test
    void aLevelBeyondTheLastIsRefused() {
        createAttached(with(oneD(1), ResourceCreateArgs.TARGET_2D, 50, 50, 1, 1, 1));
        Box box = new Box(0, 0, 0, 25, 1, 1);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 2, 0, 0, box, 0, iov(200)))).isEqualTo(EINVAL);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, -1, 0, 0, box, 0, iov(200)))).isEqualTo(EINVAL);
        h.renderer.transferWrite(1, 1, 1, 0, 0, box, 0, iov(200)); // level 1 is 25 wide
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 1, 0, 0, new Box(0, 0, 0, 26, 1, 1), 0, iov(200))))
                .isEqualTo(EINVAL);
    }

    /** upstream's get_resource_args: a resource of each target and a box covering it (or 10 too wide). */
    static Stream<Arguments> everyTarget() {
        return IntStream.rangeClosed(0, 8).boxed().flatMap(target -> Stream.of(true, false).map(write ->
                Arguments.argumentSet("target " + target + (write ? " write" : " read"), target, write)));
    }

    @ParameterizedTest
    @MethodSource("everyTarget")
    void aBoxCoveringTheResourcePassesAndOneTenPixelsWiderIsRefused(int target, boolean write) {
        boolean buffer = target == ResourceCreateArgs.TARGET_BUFFER;
        boolean oneDim = buffer || target == ResourceCreateArgs.TARGET_1D || target == ResourceCreateArgs.TARGET_1D_ARRAY;
        boolean cube = target == ResourceCreateArgs.TARGET_CUBE || target == ResourceCreateArgs.TARGET_CUBE_ARRAY;
        int width = 50;
        int height = oneDim ? 1 : 50;
        int depth = target == ResourceCreateArgs.TARGET_3D ? 8 : 1;
        int layers = switch (target) {
            case ResourceCreateArgs.TARGET_CUBE -> 6;
            case ResourceCreateArgs.TARGET_CUBE_ARRAY -> 12;
            case ResourceCreateArgs.TARGET_1D_ARRAY, ResourceCreateArgs.TARGET_2D_ARRAY -> 10;
            default -> 1;
        };
        int format = buffer ? TestBackend.FORMAT_R8_UNORM : BGRX;
        int bind = buffer ? 0 : ResourceRules.BIND_SAMPLER_VIEW;
        createAttached(new ResourceCreateArgs(1, target, format, bind, width, cube ? width : height, depth, layers,
                0, 0, 0));
        int boxDepth = depth > 1 ? 6 : layers > 1 ? 4 : 1;
        int elsize = buffer ? 1 : 4;
        Box valid = new Box(0, 0, 0, width, height, boxDepth);
        Box invalid = new Box(0, 0, 0, width + 10, height, 1);
        List<MemorySegment> mem = iov((long) elsize * width * height * boxDepth);
        if (write) {
            h.renderer.transferWrite(1, 1, 0, 0, 0, valid, 0, mem);
            assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, invalid, 0, mem))).isEqualTo(EINVAL);
        } else {
            h.renderer.transferRead(1, 1, 0, 0, 0, valid, 0, mem);
            assertThat(code(() -> h.renderer.transferRead(1, 1, 0, 0, 0, invalid, 0, mem))).isEqualTo(EINVAL);
        }
        assertThat(backendTransfers(1)).hasSize(1);
    }

    @Test
    void aStagingBufferNeedsGuestMemory() {
        createAttached(new ResourceCreateArgs(1, ResourceCreateArgs.TARGET_BUFFER, TestBackend.FORMAT_R8_UNORM,
                ResourceRules.BIND_STAGING, 50, 1, 1, 1, 0, 0, 0));
        Box box = new Box(0, 0, 0, 50, 1, 1);
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 0, 0, box, 0, null))).isEqualTo(EINVAL);
        h.renderer.attachIov(1, iov(50));
        h.renderer.transferWrite(1, 1, 0, 0, 0, box, 0, null);
    }

    @Test
    void aBoxNearTheResourceEdgeWithAnExplicitStrideFits() {
        createAttached(with(oneD(1), ResourceCreateArgs.TARGET_2D, 4, 3, 1, 1, 0));
        Box box = new Box(2, 1, 0, 2, 2, 1);
        // rows of 16 bytes; the box starts 6 pixels in and ends exactly at the 48-byte end
        h.renderer.transferWrite(1, 1, 0, 16, 0, box, 6 * 4, iov(48));
        assertThat(code(() -> h.renderer.transferWrite(1, 1, 0, 16, 0, box, 6 * 4 + 1, iov(48)))).isEqualTo(EINVAL);
    }

    @Test
    void aBlobWithoutHostStorageCannotBeTransferred() {
        h.renderer.createBlob(new org.jvirgl.api.BlobCreateArgs(5, 1, org.jvirgl.api.BlobCreateArgs.MEM_GUEST, 0, 0,
                64, iov(64)));
        h.renderer.attachResource(1, 5);
        assertThat(code(() -> h.renderer.transferWrite(5, 1, 0, 0, 0, new Box(0, 0, 0, 1, 1, 1), 0, null)))
                .isEqualTo(EINVAL);
    }
}
