package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeHeapTest {

    @Test
    void memoryFreedInSmallBlocksIsHandedBackToTheKernel() {
        NativeHeap heap = NativeHeap.open();
        heap.trim();
        // 32 MiB in blocks far below glibc's mmap threshold: malloc'd from an arena, and once
        // freed, kept there until trimmed.
        try (Arena arena = Arena.ofConfined()) {
            for (int i = 0; i < 32 * 1024; i++) {
                arena.allocate(1024);
            }
        }
        assertThat(heap.trim()).isTrue();
    }

    @Test
    void mallocSettingsChosenInTheEnvironmentAreLeftAlone() {
        assertThat(NativeHeap.userTunedMalloc(Map.of("GLIBC_TUNABLES", "glibc.malloc.trim_threshold=1"))).isTrue();
        assertThat(NativeHeap.userTunedMalloc(Map.of("MALLOC_TOP_PAD_", "0"))).isTrue();
        assertThat(NativeHeap.userTunedMalloc(Map.of("GLIBC_TUNABLES", "glibc.rtld.optional_static_tls=1",
                "MALLOC_CHECK", "x"))).isFalse();
        assertThat(NativeHeap.open().retainWhileServing(Map.of("MALLOC_ARENA_MAX_", "2"))).isFalse();
    }

    @Test
    void retainingFreedPagesIsAcceptedByGlibcAndTrimStillReleasesThem() {
        NativeHeap heap = NativeHeap.open();
        assertThat(heap.retainWhileServing(Map.of())).isTrue();
        try (Arena arena = Arena.ofConfined()) {
            for (int i = 0; i < 32 * 1024; i++) {
                arena.allocate(1024);
            }
        }
        // Kept mapped while serving, but a client leaving still hands them back.
        assertThat(heap.trim()).isTrue();
    }
}
