package org.jvirgl.bench.wire;

import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.ShaderStage;
import org.jvirgl.wire.state.PipeBox;

/** Synthetic command buffers shaped like what Mesa's virgl driver submits for common workloads. */
final class Batches {
    /** Commands per draw in {@link #drawOverhead}. */
    static final int COMMANDS_PER_DRAW = 5;

    private Batches() {
    }

    /**
     * What piglit's {@code drawoverhead} makes the guest driver emit when a state change
     * separates every draw: new default-uniform constants (3 vec4s), a blend-state bind,
     * two vertex buffers, two fragment sampler views, then a 12-dword DRAW_VBO.
     * 42 dwords per draw.
     */
    static CommandEncoder drawOverhead(int draws) {
        CommandEncoder e = new CommandEncoder();
        for (int i = 0; i < draws; i++) {
            e.setConstantBuffer(ShaderStage.VERTEX, 0,
                    f(1), f(0), f(0), f(i),
                    f(0), f(1), f(0), f(0),
                    f(0), f(0), f(1), f(0));
            e.bindObject(VirglObjectType.BLEND, 1 + (i & 1));
            e.setVertexBuffers(16, 0, 7, 16, 64 * i, 8);
            e.setSamplerViews(ShaderStage.FRAGMENT, 0, 11, 12);
            e.drawVbo(0, 4, PipePrim.TRIANGLE_STRIP, false, 1, 0, 0, false, 0, 0, 3, 0);
        }
        return e;
    }

    /**
     * The transfer prefix Mesa puts in front of a batch: one TO_HOST TRANSFER3D per queued
     * upload (here rows of a 256-texel-wide RGBA8 texture), terminated by END_TRANSFERS.
     */
    static CommandEncoder transferPrefix(int transfers) {
        CommandEncoder e = new CommandEncoder();
        for (int i = 0; i < transfers; i++) {
            e.transfer3d(9, 0, 256 * 4, 0, new PipeBox(0, i, 0, 256, 1, 1), 256 * 4 * i, 1);
        }
        e.endTransfers(0);
        return e;
    }

    private static int f(float value) {
        return Float.floatToRawIntBits(value);
    }
}
