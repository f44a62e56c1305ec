package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
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
}
