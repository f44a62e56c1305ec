package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.core.RendererInitTest.code;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.jvirgl.api.BlobCreateArgs;
import org.jvirgl.api.VirglException;
import org.junit.jupiter.api.Test;

/** {@code virgl_renderer_execute}: header checks, SUPPORTED_STRUCTURES and EXPORT_QUERY. */
class ExecuteTest {
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT;
    private static final int NEG_EINVAL = -VirglException.EINVAL;

    private static MemorySegment request(Arena arena, int size, int stype, int version, int declaredSize) {
        MemorySegment s = arena.allocate(size, 8);
        s.set(U32, 0, stype);
        s.set(U32, 4, version);
        s.set(U32, 8, declaredSize);
        return s;
    }

    @Test
    void supportedStructuresListsBothRequestsForVersionZero() {
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            MemorySegment req = request(arena, 20, 2, 0, 20);
            h.renderer.execute(req);
            assertThat(req.get(U32, 16)).isEqualTo(3);
            req.set(U32, 12, 1);
            h.renderer.execute(req);
            assertThat(req.get(U32, 16)).isZero();
        }
    }

    @Test
    void badHeadersAreRefusedWithNegativeEinval() {
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            assertThat(code(() -> h.renderer.execute(arena.allocate(8)))).isEqualTo(NEG_EINVAL);
            assertThat(code(() -> h.renderer.execute(null))).isEqualTo(NEG_EINVAL);
            assertThat(code(() -> h.renderer.execute(request(arena, 20, 2, 1, 20)))).as("version").isEqualTo(NEG_EINVAL);
            assertThat(code(() -> h.renderer.execute(request(arena, 20, 3, 0, 20)))).as("stype").isEqualTo(NEG_EINVAL);
            assertThat(code(() -> h.renderer.execute(request(arena, 20, 0, 0, 20)))).as("stype 0").isEqualTo(NEG_EINVAL);
            assertThat(code(() -> h.renderer.execute(request(arena, 24, 2, 0, 24)))).as("buffer size").isEqualTo(NEG_EINVAL);
            assertThat(code(() -> h.renderer.execute(request(arena, 20, 2, 0, 16)))).as("header size").isEqualTo(NEG_EINVAL);
            assertThat(code(() -> h.renderer.execute(request(arena, 88, 1, 0, 80)))).isEqualTo(NEG_EINVAL);
        }
    }

    @Test
    void exportQueryOnAnUntypedResourceAnswersQueriesButRefusesFdExport() {
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            h.renderer.createContext(1, "c");
            h.renderer.createBlob(new BlobCreateArgs(4, 1, BlobCreateArgs.MEM_GUEST, 0, 0, 64,
                    List.of(arena.allocate(64))));
            MemorySegment req = request(arena, 88, 1, 0, 88);
            req.set(U32, 12, 4);
            h.renderer.execute(req);
            assertThat(req.get(U32, 16)).as("num fds").isEqualTo(1);
            assertThat(req.get(U32, 24)).as("fourcc").isZero();
            assertThat(req.get(U32, 32)).as("fd").isEqualTo(-1);
            assertThat(req.get(ValueLayout.JAVA_LONG, 80)).isEqualTo(0x00ffffffffffffffL);
            req.set(U32, 20, 1);
            assertThat(code(() -> h.renderer.execute(req))).isEqualTo(NEG_EINVAL);
            req.set(U32, 12, 5);
            req.set(U32, 20, 0);
            assertThat(code(() -> h.renderer.execute(req))).as("unknown resource").isEqualTo(NEG_EINVAL);
        }
    }

    @Test
    void exportQueryOnATypedResourceAsksTheBackendWhichMayRefuse() {
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            h.renderer.createResource(RendererInitTest.simple2d(1), List.of());
            MemorySegment req = request(arena, 88, 1, 0, 88);
            req.set(U32, 12, 1);
            assertThat(code(() -> h.renderer.execute(req))).isEqualTo(NEG_EINVAL);
        }
    }

    @Test
    void exportQueryOnASharedTypedResourceWritesTheBackendsLayout() {
        try (Harness h = Harness.plain(); Arena arena = Arena.ofConfined()) {
            h.renderer.createResource(new org.jvirgl.api.ResourceCreateArgs(1, 2, 2,
                    ResourceRules.BIND_SAMPLER_VIEW | ResourceRules.BIND_SHARED, 64, 32, 1, 1, 0, 0, 0), List.of());
            MemorySegment req = request(arena, 88, 1, 0, 88);
            req.set(U32, 12, 1);
            h.renderer.execute(req);
            assertThat(req.get(U32, 16)).isEqualTo(1);
            assertThat(req.get(U32, 24)).isEqualTo(0x34324241);
            assertThat(req.get(U32, 32)).isEqualTo(-1);
            assertThat(req.get(U32, 36)).as("unused plane fd").isEqualTo(-1);
            assertThat(req.get(U32, 48)).isEqualTo(256);
            assertThat(req.get(ValueLayout.JAVA_LONG, 80)).isZero();
        }
    }
}
