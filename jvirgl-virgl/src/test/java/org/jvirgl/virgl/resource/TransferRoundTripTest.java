package org.jvirgl.virgl.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jvirgl.api.Box;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.jvirgl.virgl.format.GlFormat;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lwjgl.opengl.GL46C;

/** Guest bytes written to a resource and read back must come back as the guest laid them out. */
class TransferRoundTripTest {

    private static GlFixture gl;
    private final Arena arena = Arena.ofAuto();
    private int nextHandle = 100;

    @BeforeAll
    static void open() {
        gl = new GlFixture();
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    /** How test data for a format class is made so that it survives GL storage unchanged. */
    enum Data {
        BYTES((m, r) -> { }),
        SNORM8((m, r) -> map8(m, b -> b & 0x3f)),
        SNORM16((m, r) -> map16(m, v -> v & 0x3fff)),
        HALF((m, r) -> map16(m, v -> v & 0x3bff)),
        FLOAT((m, r) -> map32(m, v -> Float.floatToRawIntBits((v >>> 9) / (float) (1 << 23)))),
        Z24X8((m, r) -> map32(m, v -> v & 0xffffff));

        final BiConsumer<MemorySegment, Random> fix;

        Data(BiConsumer<MemorySegment, Random> fix) {
            this.fix = fix;
        }
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("R8G8B8A8_UNORM", Data.BYTES), Arguments.of("B8G8R8A8_UNORM", Data.BYTES),
                Arguments.of("B8G8R8X8_UNORM", Data.BYTES), Arguments.of("A8B8G8R8_UNORM", Data.BYTES),
                Arguments.of("B5G6R5_UNORM", Data.BYTES), Arguments.of("B4G4R4A4_UNORM", Data.BYTES),
                Arguments.of("R10G10B10A2_UNORM", Data.BYTES), Arguments.of("R8_UNORM", Data.BYTES),
                Arguments.of("R8G8_UNORM", Data.BYTES), Arguments.of("R16G16B16A16_UNORM", Data.BYTES),
                Arguments.of("A8_UNORM", Data.BYTES), Arguments.of("L8_UNORM", Data.BYTES),
                Arguments.of("R8G8B8A8_SRGB", Data.BYTES),
                Arguments.of("R8G8B8A8_SNORM", Data.SNORM8), Arguments.of("R16_SNORM", Data.SNORM16),
                Arguments.of("R16G16B16A16_FLOAT", Data.HALF), Arguments.of("R16_FLOAT", Data.HALF),
                Arguments.of("R32G32B32A32_FLOAT", Data.FLOAT), Arguments.of("R32_FLOAT", Data.FLOAT),
                Arguments.of("R8G8B8A8_UINT", Data.BYTES), Arguments.of("R32G32B32A32_SINT", Data.BYTES),
                Arguments.of("R16G16_UINT", Data.BYTES), Arguments.of("R32_UINT", Data.BYTES),
                Arguments.of("Z16_UNORM", Data.BYTES), Arguments.of("S8_UINT_Z24_UNORM", Data.BYTES),
                Arguments.of("Z32_FLOAT", Data.FLOAT), Arguments.of("Z24X8_UNORM", Data.Z24X8),
                Arguments.of("DXT1_RGB", Data.BYTES), Arguments.of("DXT1_RGBA", Data.BYTES),
                Arguments.of("DXT3_RGBA", Data.BYTES), Arguments.of("DXT5_RGBA", Data.BYTES),
                Arguments.of("DXT1_SRGB", Data.BYTES),
                Arguments.of("RGTC1_UNORM", Data.BYTES), Arguments.of("RGTC2_UNORM", Data.BYTES),
                Arguments.of("BPTC_RGBA_UNORM", Data.BYTES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aTwoDimensionalLevelRoundTripsInEveryFormatClass(String name, Data data) {
        int format = VirglFormat.byName(name).orElseThrow().value();
        GlFormat f = gl.formats.get(format);
        if (f == null) {
            return; // not on this host (compressed families); the probe test covers support
        }
        try (GlResource r = create(ResourceCreateArgs.TARGET_2D, format, 16, 8, 1, 1, 1)) {
            long stride = f.stride(16);
            MemorySegment in = random(stride * f.blockRows(8), data);
            assertThat(r.writeFrom(req(0, 0, 0, new Box(0, 0, 0, 16, 8, 1), 0), List.of(in))).isZero();
            MemorySegment out = arena.allocate(in.byteSize());
            assertThat(r.readInto(req(0, 0, 0, new Box(0, 0, 0, 16, 8, 1), 0), List.of(out))).isZero();
            assertThat(out.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(in.toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @Test
    void aSubBoxWithPaddedStrideAndOffsetTouchesOnlyItsBytes() {
        try (GlResource r = create(ResourceCreateArgs.TARGET_2D, VirglFormat.R8G8B8A8_UNORM, 32, 32, 1, 1, 1)) {
            // Guest image: stride 200 (row 128 bytes + padding), box at (5,7) 10x6, at offset 64.
            MemorySegment in = random(64 + 200 * 6, Data.BYTES);
            assertThat(r.writeFrom(req(0, 200, 0, new Box(5, 7, 0, 10, 6, 1), 64), List.of(in))).isZero();
            // Read the whole level tightly: the box rows must sit at (5..14, 7..12).
            MemorySegment all = arena.allocate(32 * 32 * 4);
            assertThat(r.readInto(req(0, 0, 0, new Box(0, 0, 0, 32, 32, 1), 0), List.of(all))).isZero();
            for (int row = 0; row < 6; row++) {
                assertThat(all.asSlice(((7 + row) * 32 + 5) * 4L, 40).toArray(ValueLayout.JAVA_BYTE))
                        .isEqualTo(in.asSlice(64 + row * 200L, 40).toArray(ValueLayout.JAVA_BYTE));
            }
            // And reading the box back with the same padded layout reproduces the guest rows.
            MemorySegment back = arena.allocate(in.byteSize());
            assertThat(r.readInto(req(0, 200, 0, new Box(5, 7, 0, 10, 6, 1), 64), List.of(back))).isZero();
            for (int row = 0; row < 6; row++) {
                assertThat(back.asSlice(64 + row * 200L, 40).toArray(ValueLayout.JAVA_BYTE))
                        .isEqualTo(in.asSlice(64 + row * 200L, 40).toArray(ValueLayout.JAVA_BYTE));
            }
        }
    }

    @Test
    void layersOfArraysCubesAnd3dTexturesUseTheLayerStride() {
        int[][] cases = {
            {ResourceCreateArgs.TARGET_2D_ARRAY, 8, 8, 1, 5},
            {ResourceCreateArgs.TARGET_CUBE, 8, 8, 1, 6},
            {ResourceCreateArgs.TARGET_3D, 8, 8, 4, 1},
            {ResourceCreateArgs.TARGET_CUBE_ARRAY, 8, 8, 1, 12},
            {ResourceCreateArgs.TARGET_1D_ARRAY, 8, 1, 1, 4},
        };
        for (int[] c : cases) {
            try (GlResource r = create(c[0], VirglFormat.R8G8B8A8_UNORM, c[1], c[2], c[3], c[4], 1)) {
                int layers = r.depthOrLayers(0);
                int h = r.height(0);
                long layerStride = 8 * 4L * h + 36; // padded layers
                MemorySegment in = random(layerStride * (layers - 1) + 8 * 4L * h, Data.BYTES);
                Box box = new Box(0, 0, 1, 8, h, layers - 1);
                TransferRequest q = req(0, 0, (int) layerStride, box, layerStride);
                assertThat(r.writeFrom(q, List.of(in))).as("target %d write", c[0]).isZero();
                MemorySegment out = arena.allocate(in.byteSize());
                assertThat(r.readInto(q, List.of(out))).as("target %d read", c[0]).isZero();
                for (int l = 1; l < layers; l++) {
                    assertThat(out.asSlice(l * layerStride, 8 * 4L * h).toArray(ValueLayout.JAVA_BYTE))
                            .as("target %d layer %d", c[0], l)
                            .isEqualTo(in.asSlice(l * layerStride, 8 * 4L * h).toArray(ValueLayout.JAVA_BYTE));
                }
            }
        }
    }

    @Test
    void mipLevelsInferTheirOwnStride() {
        try (GlResource r = create(ResourceCreateArgs.TARGET_2D, VirglFormat.B8G8R8A8_UNORM, 20, 12, 1, 1, 3)) {
            for (int level = 0; level < 3; level++) {
                int w = r.width(level);
                int h = r.height(level);
                MemorySegment in = random(w * 4L * h, Data.BYTES);
                Box box = new Box(0, 0, 0, w, h, 1);
                assertThat(r.writeFrom(req(level, 0, 0, box, 0), List.of(in))).as("%s", gl.warnings).isZero();
                MemorySegment out = arena.allocate(in.byteSize());
                assertThat(r.readInto(req(level, 0, 0, box, 0), List.of(out))).as("%s", gl.warnings).isZero();
                assertThat(out.toArray(ValueLayout.JAVA_BYTE)).as("level %d", level)
                        .isEqualTo(in.toArray(ValueLayout.JAVA_BYTE));
            }
        }
    }

    @Test
    void aBoxSplitOverThreeIovSegmentsAndHeapMemoryRoundTrips() {
        try (GlResource r = create(ResourceCreateArgs.TARGET_2D, VirglFormat.R8G8B8A8_UNORM, 16, 16, 1, 1, 1)) {
            MemorySegment whole = random(16 * 16 * 4, Data.BYTES);
            List<MemorySegment> iov = List.of(copy(whole.asSlice(0, 333)),
                    MemorySegment.ofArray(whole.asSlice(333, 400).toArray(ValueLayout.JAVA_BYTE)),
                    copy(whole.asSlice(733, whole.byteSize() - 733)));
            Box box = new Box(0, 0, 0, 16, 16, 1);
            assertThat(r.writeFrom(req(0, 0, 0, box, 0), iov)).isZero();
            List<MemorySegment> outs = List.of(arena.allocate(100), MemorySegment.ofArray(new byte[500]),
                    arena.allocate(whole.byteSize() - 600));
            assertThat(r.readInto(req(0, 0, 0, box, 0), outs)).isZero();
            MemorySegment joined = arena.allocate(whole.byteSize());
            long at = 0;
            for (MemorySegment s : outs) {
                MemorySegment.copy(s, 0, joined, at, s.byteSize());
                at += s.byteSize();
            }
            assertThat(joined.toArray(ValueLayout.JAVA_BYTE)).isEqualTo(whole.toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @Test
    void yZeroTopResourcesKeepGuestRowZeroAtTheTopOfTheGlImage() {
        ResourceCreateArgs a = new ResourceCreateArgs(nextHandle++, ResourceCreateArgs.TARGET_2D, VirglFormat.R8_UNORM,
                0x8, 4, 3, 1, 1, 0, 0, ResourceCreateArgs.FLAG_Y_0_TOP);
        try (GlResource r = gl.factory.create(a)) {
            byte[] rows = {1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3};
            MemorySegment in = arena.allocate(12);
            MemorySegment.copy(rows, 0, in, ValueLayout.JAVA_BYTE, 0, 12);
            assertThat(r.writeFrom(req(0, 0, 0, new Box(0, 0, 0, 4, 3, 1), 0), List.of(in))).isZero();
            byte[] glRows = new byte[12];
            GL46C.glPixelStorei(GL46C.GL_PACK_ALIGNMENT, 1);
            GL46C.glGetTextureImage(r.glName(), 0, GL46C.GL_RED, GL46C.GL_UNSIGNED_BYTE,
                    java.nio.ByteBuffer.allocateDirect(12).order(java.nio.ByteOrder.nativeOrder()));
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocateDirect(12);
            GL46C.glGetTextureImage(r.glName(), 0, GL46C.GL_RED, GL46C.GL_UNSIGNED_BYTE, buf);
            buf.get(glRows);
            // GL row 0 is the bottom: the guest's last row.
            assertThat(glRows).containsExactly(3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1);
            // A one-row box at guest row 0 reads the guest's first row.
            MemorySegment out = arena.allocate(4);
            assertThat(r.readInto(req(0, 0, 0, new Box(0, 0, 0, 4, 1, 1), 0), List.of(out))).isZero();
            assertThat(out.toArray(ValueLayout.JAVA_BYTE)).containsExactly(1, 1, 1, 1);
        }
    }

    @Test
    void hostileRequestsAreRefusedWithEinvalAndTouchNothing() {
        try (GlResource r = create(ResourceCreateArgs.TARGET_2D, VirglFormat.R8G8B8A8_UNORM, 8, 8, 1, 1, 1)) {
            MemorySegment small = arena.allocate(64);
            List<TransferRequest> bad = new ArrayList<>(List.of(
                    req(0, 0, 0, new Box(4, 0, 0, 8, 1, 1), 0),          // beyond the width
                    req(2, 0, 0, new Box(0, 0, 0, 1, 1, 1), 0),          // no such level
                    req(0, 0, 0, new Box(-1, 0, 0, 1, 1, 1), 0),         // negative origin
                    req(0, 0, 0, new Box(0, 0, 0, 8, 8, 1), 0),          // iov too small
                    req(0, 4, 0, new Box(0, 0, 0, 8, 1, 1), 0),          // stride below the row
                    req(0, 0, 0, new Box(0, 0, 0, 1, 1, 1), 1L << 40),   // offset past the iov
                    req(0, -4, 0, new Box(0, 0, 0, 2, 2, 1), 0),         // 4 GiB stride
                    req(0, 0, 0, new Box(0, 0, 1, 1, 1, 1), 0)));        // layer of a 2D texture
            for (TransferRequest q : bad) {
                assertThat(r.writeFrom(q, List.of(small))).as("write %s", q).isEqualTo(VirglException.EINVAL);
                assertThat(r.readInto(q, List.of(small))).as("read %s", q).isEqualTo(VirglException.EINVAL);
            }
            assertThat(gl.warnings).isNotEmpty();
        }
    }

    private GlResource create(int target, int format, int w, int h, int d, int layers, int levels) {
        return gl.factory.create(new ResourceCreateArgs(nextHandle++, target, format, 0x8, w, h, d, layers,
                levels - 1, 0, 0));
    }

    private static TransferRequest req(int level, int stride, int layerStride, Box box, long offset) {
        return new TransferRequest(level, stride, layerStride, box, offset);
    }

    private MemorySegment random(long size, Data data) {
        MemorySegment m = arena.allocate(size, 16);
        GlResourceTest.fill(m, size * 31 + data.ordinal());
        data.fix.accept(m, new Random(size));
        return m;
    }

    private MemorySegment copy(MemorySegment s) {
        MemorySegment m = arena.allocate(s.byteSize());
        m.copyFrom(s);
        return m;
    }

    private static void map8(MemorySegment m, java.util.function.IntUnaryOperator f) {
        for (long i = 0; i < m.byteSize(); i++) {
            m.set(ValueLayout.JAVA_BYTE, i, (byte) f.applyAsInt(m.get(ValueLayout.JAVA_BYTE, i)));
        }
    }

    private static void map16(MemorySegment m, java.util.function.IntUnaryOperator f) {
        for (long i = 0; i + 2 <= m.byteSize(); i += 2) {
            m.set(ValueLayout.JAVA_SHORT_UNALIGNED, i, (short) f.applyAsInt(m.get(ValueLayout.JAVA_SHORT_UNALIGNED, i)));
        }
    }

    private static void map32(MemorySegment m, java.util.function.IntUnaryOperator f) {
        for (long i = 0; i + 4 <= m.byteSize(); i += 4) {
            m.set(ValueLayout.JAVA_INT_UNALIGNED, i, f.applyAsInt(m.get(ValueLayout.JAVA_INT_UNALIGNED, i)));
        }
    }
}
