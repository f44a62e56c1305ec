package org.jvirgl.virgl.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;
import org.jvirgl.api.Box;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwjgl.opengl.GL46C;

class GlResourceTest {

    private static GlFixture gl;
    private final Arena arena = Arena.ofAuto();

    @BeforeAll
    static void open() {
        gl = new GlFixture();
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    private static ResourceCreateArgs args(int handle, int target, int format, int w, int h, int d, int layers,
            int lastLevel, int samples) {
        return new ResourceCreateArgs(handle, target, format, 0x8, w, h, d, layers, lastLevel, samples, 0);
    }

    @ParameterizedTest(name = "target {0}")
    @CsvSource({
        "0, 64, 1024, 1, 1, 1, 0, 0, 34962",   // buffer → GL_ARRAY_BUFFER
        "1, 67, 64, 1, 1, 1, 3, 0, 3552",      // 1D
        "2, 67, 64, 32, 1, 1, 2, 0, 3553",     // 2D
        "2, 67, 64, 32, 1, 1, 0, 4, 37120",    // 2D multisample
        "3, 67, 16, 16, 8, 1, 1, 0, 32879",    // 3D
        "4, 67, 16, 16, 1, 6, 1, 0, 34067",    // cube
        "5, 67, 20, 10, 1, 1, 0, 0, 34037",    // rect
        "6, 67, 32, 1, 1, 5, 0, 0, 35864",     // 1D array
        "7, 67, 32, 16, 1, 4, 1, 0, 35866",    // 2D array
        "8, 67, 16, 16, 1, 12, 0, 0, 36873",   // cube array
    })
    void everyTargetGetsStorageOfItsKind(int target, int format, int w, int h, int d, int layers, int lastLevel,
            int samples, int glTarget) {
        try (GlResource r = gl.factory.create(args(1, target, format, w, h, d, layers, lastLevel, samples))) {
            assertThat(r.glTarget()).isEqualTo(glTarget);
            assertThat(r.glName()).isNotZero();
            if (!r.isBuffer()) {
                assertThat(GL46C.glGetTextureParameteri(r.glName(), GL46C.GL_TEXTURE_IMMUTABLE_FORMAT)).isEqualTo(1);
            }
        }
    }

    @Test
    void anUnsupportedFormatOrAHugeSizeIsRefusedWithEinval() {
        assertThatThrownBy(() -> gl.factory.create(args(1, 2, VirglFormat.Z24_UNORM_S8_UINT, 4, 4, 1, 1, 0, 0)))
                .isInstanceOf(VirglException.class).extracting(e -> ((VirglException) e).code())
                .isEqualTo(VirglException.EINVAL);
        assertThatThrownBy(() -> gl.factory.create(args(1, 2, 67, 1 << 20, 1 << 20, 1, 1, 0, 0)))
                .isInstanceOf(VirglException.class);
        assertThatThrownBy(() -> gl.factory.create(args(1, 0, 64, -1, 1, 1, 1, 0, 0)))
                .isInstanceOf(VirglException.class);
    }

    @Test
    void aBufferRoundTripsThroughTwoIovSegments() {
        try (GlResource r = gl.factory.create(args(2, 0, 64, 256, 1, 1, 1, 0, 0))) {
            MemorySegment a = arena.allocate(100);
            MemorySegment b = arena.allocate(200);
            fill(a, 1);
            fill(b, 2);
            r.write(0, 0, 0, new Box(6, 0, 0, 250, 1, 1), 40, List.of(a, b));
            MemorySegment out = arena.allocate(300);
            r.read(0, 0, 0, new Box(6, 0, 0, 250, 1, 1), 0, List.of(out));
            byte[] expected = new byte[250];
            MemorySegment.copy(a, ValueLayout.JAVA_BYTE, 40, expected, 0, 60);
            MemorySegment.copy(b, ValueLayout.JAVA_BYTE, 0, expected, 60, 190);
            assertThat(out.asSlice(0, 250).toArray(ValueLayout.JAVA_BYTE)).isEqualTo(expected);
        }
    }

    @Test
    void aBufferRoundTripsThroughHeapAndNativeSegmentsAtAnIovOffset() {
        try (GlResource r = gl.factory.create(args(3, 0, 64, 128, 1, 1, 1, 0, 0))) {
            MemorySegment a = arena.allocate(10);
            MemorySegment heap = MemorySegment.ofArray(new byte[50]);
            MemorySegment c = arena.allocate(100);
            fill(a, 3);
            fill(heap, 4);
            fill(c, 5);
            r.write(0, 0, 0, new Box(20, 0, 0, 100, 1, 1), 5, List.of(a, heap, c));
            MemorySegment outHeap = MemorySegment.ofArray(new byte[30]);
            MemorySegment outNative = arena.allocate(100);
            r.read(0, 0, 0, new Box(20, 0, 0, 100, 1, 1), 3, List.of(outHeap, outNative));

            byte[] written = new byte[100];
            MemorySegment.copy(a, ValueLayout.JAVA_BYTE, 5, written, 0, 5);
            MemorySegment.copy(heap, ValueLayout.JAVA_BYTE, 0, written, 5, 50);
            MemorySegment.copy(c, ValueLayout.JAVA_BYTE, 0, written, 55, 45);
            byte[] read = new byte[100];
            MemorySegment.copy(outHeap, ValueLayout.JAVA_BYTE, 3, read, 0, 27);
            MemorySegment.copy(outNative, ValueLayout.JAVA_BYTE, 0, read, 27, 73);
            assertThat(read).isEqualTo(written);
        }
    }

    static void fill(MemorySegment m, long seed) {
        Random rnd = new Random(seed);
        for (long i = 0; i < m.byteSize(); i++) {
            m.set(ValueLayout.JAVA_BYTE, i, (byte) rnd.nextInt());
        }
    }

    @Test
    void aHeldTextureOutlivesCloseUntilTheLastHoldIsReleased() {
        GlResource r = gl.factory.create(args(1, 2, VirglFormat.R8G8B8A8_UNORM, 4, 4, 1, 1, 0, 0));
        int name = r.glName();
        Runnable first = r.hold();
        Runnable second = r.hold();
        r.close();
        assertThat(r.isClosed()).isTrue();
        assertThat(GL46C.glIsTexture(name)).isTrue();
        first.run();
        first.run(); // a second release of the same hold changes nothing
        assertThat(GL46C.glIsTexture(name)).isTrue();
        second.run();
        assertThat(GL46C.glIsTexture(name)).isFalse();
    }

    @Test
    void aHoldReleasedBeforeCloseLeavesTheDeleteToClose() {
        GlResource r = gl.factory.create(args(1, 0, VirglFormat.R8_UNORM, 64, 1, 1, 1, 0, 0));
        int name = r.glName();
        r.hold().run();
        assertThat(GL46C.glIsBuffer(name)).isTrue();
        r.close();
        assertThat(GL46C.glIsBuffer(name)).isFalse();
    }
}
