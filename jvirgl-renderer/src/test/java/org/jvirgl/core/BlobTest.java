package org.jvirgl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.core.RendererInitTest.code;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.jvirgl.api.BlobCreateArgs;
import org.jvirgl.api.ExportedBlob;
import org.jvirgl.api.MapCache;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.api.VirglException;
import org.jvirgl.sys.Libc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Blob resources: upstream's create_blob refusals, GUEST blobs in the core, map, map info and export. */
class BlobTest {
    private static final int NEG_EINVAL = -VirglException.EINVAL;

    private Harness h;
    private Arena arena;

    @BeforeEach
    void setUp() {
        h = Harness.plain();
        arena = Arena.ofConfined();
        h.renderer.createContext(1, "blobs");
    }

    @AfterEach
    void tearDown() {
        h.close();
        arena.close();
    }

    private BlobCreateArgs guest(int handle, long size, List<MemorySegment> iov) {
        return new BlobCreateArgs(handle, 1, BlobCreateArgs.MEM_GUEST, BlobCreateArgs.FLAG_USE_MAPPABLE, 0, size, iov);
    }

    @Test
    void badBlobArgumentsAreRefusedWithNegativeEinval() {
        List<MemorySegment> mem = List.of(arena.allocate(64));
        assertThat(code(() -> h.renderer.createBlob(guest(0, 64, mem)))).isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.createBlob(guest(1, 0, mem)))).isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.createBlob(guest(1, 65, mem)))).isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.createBlob(guest(1, -1, mem)))).isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.createBlob(new BlobCreateArgs(1, 1, BlobCreateArgs.MEM_GUEST_VRAM, 0, 0,
                64, mem)))).isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.createBlob(new BlobCreateArgs(1, 1, 99, 0, 0, 64, mem))))
                .isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.createBlob(new BlobCreateArgs(1, 1, BlobCreateArgs.MEM_HOST3D, 0, 0, 64,
                mem)))).as("host3d with guest memory").isEqualTo(NEG_EINVAL);
        h.renderer.createBlob(guest(1, 64, mem));
        assertThat(code(() -> h.renderer.createBlob(guest(1, 64, mem)))).as("duplicate").isEqualTo(NEG_EINVAL);
        h.renderer.createResource(RendererInitTest.simple1d(2), List.of());
        assertThat(code(() -> h.renderer.createBlob(guest(2, 64, mem)))).isEqualTo(NEG_EINVAL);
    }

    @Test
    void hostBlobsComeFromTheContextsBackendWhichRefusesByDefault() {
        assertThat(code(() -> h.renderer.createBlob(new BlobCreateArgs(3, 7, BlobCreateArgs.MEM_HOST3D, 0, 1, 64,
                List.of())))).as("unknown context").isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.createBlob(new BlobCreateArgs(3, 1, BlobCreateArgs.MEM_HOST3D, 0, 1, 64,
                List.of())))).as("backend without host blobs").isEqualTo(NEG_EINVAL);
        assertThat(h.renderer.getPrivate(3)).isNull();
        assertThat(code(() -> h.renderer.mapInfo(3))).isEqualTo(NEG_EINVAL);
    }

    @Test
    void aContiguousGuestBlobMapsToItsGuestMemory() {
        MemorySegment mem = arena.allocate(128);
        h.renderer.createBlob(guest(1, 64, List.of(mem)));
        assertThat(h.renderer.mapInfo(1)).isEqualTo(MapCache.CACHED);
        MemorySegment map = h.renderer.mapBlob(1);
        assertThat(map.byteSize()).isEqualTo(64);
        map.set(ValueLayout.JAVA_INT, 0, 0x1234);
        assertThat(mem.get(ValueLayout.JAVA_INT, 0)).isEqualTo(0x1234);
        assertThat(code(() -> h.renderer.mapBlob(1))).as("already mapped").isEqualTo(NEG_EINVAL);
        h.renderer.unmapBlob(1);
        assertThat(code(() -> h.renderer.unmapBlob(1))).as("not mapped").isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.mapBlob(9))).isEqualTo(NEG_EINVAL);
    }

    @Test
    void aScatteredGuestBlobCannotBeMapped() {
        h.renderer.createBlob(guest(1, 64, List.of(arena.allocate(32), arena.allocate(32))));
        assertThat(code(() -> h.renderer.mapBlob(1))).isEqualTo(NEG_EINVAL);
    }

    @Test
    void classicResourcesWithoutMappableStorageHaveNoMapInfo() {
        h.renderer.createResource(RendererInitTest.simple1d(1), List.of());
        assertThat(code(() -> h.renderer.mapInfo(1))).isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.mapBlob(1))).isEqualTo(NEG_EINVAL);
        assertThat(code(() -> h.renderer.exportBlob(1))).isEqualTo(VirglException.EINVAL);
    }

    @Test
    void aGuestBlobInSharedMemoryExportsADuplicateShmFd() {
        try (SharedMemory shm = SharedMemory.create("blob", 8192)) {
            MemorySegment slice = shm.segment().asSlice(4096, 4096);
            h.renderer.createBlob(guest(1, 4096, List.of(slice)), shm, 4096);
            ExportedBlob exported = h.renderer.exportBlob(1);
            assertThat(exported.fdType()).isEqualTo(ExportedBlob.FD_TYPE_SHM);
            assertThat(exported.fd()).isNotEqualTo(shm.fd()).isNotNegative();
            try (SharedMemory view = SharedMemory.map(exported.fd(), 4096, 4096)) {
                slice.set(ValueLayout.JAVA_LONG, 8, 77L);
                assertThat(view.segment().get(ValueLayout.JAVA_LONG, 8)).isEqualTo(77L);
            } finally {
                Libc.close(exported.fd());
            }
            assertThat(code(() -> h.renderer.createBlob(guest(2, 4096, List.of(slice)), shm, 8000)))
                    .as("range outside the shared memory").isEqualTo(NEG_EINVAL);
        }
    }

    @Test
    void aGuestBlobInPrivateMemoryCannotBeExported() {
        h.renderer.createBlob(guest(1, 64, List.of(arena.allocate(64))));
        assertThat(code(() -> h.renderer.exportBlob(1))).isEqualTo(VirglException.EINVAL);
        assertThat(code(() -> h.renderer.exportBlob(2))).isEqualTo(VirglException.EINVAL);
    }

    @Test
    void aGuestBlobAttachesToContextsAndReportsOnlyItsHandleInInfo() {
        h.renderer.createBlob(guest(1, 64, List.of(arena.allocate(64))));
        h.renderer.attachResource(1, 1);
        assertThat(h.backend.contexts.get(1).attached.get(1).args()).isNull();
        assertThat(h.backend.contexts.get(1).attached.get(1).iov()).hasSize(1);
        var info = h.renderer.getInfo(1);
        assertThat(info.handle()).isEqualTo(1);
        assertThat(info.virglFormat()).isZero();
        assertThat(info.fd()).isEqualTo(-1);
        h.renderer.unrefResource(1);
        assertThat(h.backend.contexts.get(1).attached).isEmpty();
    }
}
