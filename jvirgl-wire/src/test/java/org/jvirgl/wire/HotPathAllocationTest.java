package org.jvirgl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Method;

import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.PipeBox;
import org.junit.jupiter.api.Test;

/**
 * The hot commands (DRAW_VBO, SET_CONSTANT_BUFFER, SET_VERTEX_BUFFERS, BIND_OBJECT,
 * SET_SAMPLER_VIEWS, TRANSFER3D) are decoded without per-command garbage: after warm-up,
 * decoding a buffer of thousands of them allocates no more than a small per-batch constant.
 */
class HotPathAllocationTest {

    private static final Object THREADS;
    private static final Method ALLOCATED;

    static {
        // Reflection: the test compiles inside the org.jvirgl.wire module, which does not read
        // java.management; tests run on the class path, where the bean is reachable.
        try {
            THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static long allocatedBytes() {
        try {
            return (Long) ALLOCATED.invoke(THREADS);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Lets the views escape, so the JIT cannot hide a per-command allocation by scalar replacement. */
    static final class EscapingListener extends IgnoringListener {
        Object last;

        @Override
        public void drawVbo(DrawInfo draw) {
            last = draw;
        }

        @Override
        public void setConstantBuffer(int stage, int index, IntSeq data) {
            last = data;
        }

        @Override
        public void setVertexBuffers(VertexBuffers buffers) {
            last = buffers;
        }

        @Override
        public void setSamplerViews(int stage, int startSlot, IntSeq viewHandles) {
            last = viewHandles;
        }

        @Override
        public void transfer3d(Transfer3d transfer) {
            last = transfer;
        }
    }

    @Test
    void decodingHotCommandsAllocatesNothingPerCommand() {
        CommandEncoder e = new CommandEncoder();
        for (int i = 0; i < 500; i++) {
            e.transfer3d(3, 0, 0, 0, new PipeBox(0, 0, 0, 64, 1, 1), 64 * i, 1);
            e.setConstantBuffer(ShaderStage.FRAGMENT, 0, 1, 2, 3, 4, 5, 6, 7, 8);
            e.setVertexBuffers(16, 0, 3, 32, 0, 4);
            e.bindObject(VirglObjectType.BLEND, 1);
            e.setSamplerViews(ShaderStage.FRAGMENT, 0, 5, 6);
            e.drawVbo(0, 3, PipePrim.TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
        }
        VirglDecoder decoder = new VirglDecoder(new EscapingListener());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(4L * e.sizeDwords());
            buffer.copyFrom(e.toSegment());
            for (int warm = 0; warm < 2000; warm++) {
                assertThat(decoder.decode(buffer).ok()).isTrue();
            }
            long least = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long before = allocatedBytes();
                decoder.decode(buffer);
                least = Math.min(least, allocatedBytes() - before);
            }
            // 3000 commands per batch: a per-command allocation would cost tens of kilobytes.
            assertThat(least).as("bytes allocated decoding 3000 hot commands").isLessThan(1024);
        }
    }
}
