package org.jvirgl.virgl.exec;

import static org.lwjgl.opengl.GL11C.glGetIntegerv;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jvirgl.virgl.caps.HostFeature;
import org.jvirgl.wire.ContextError;

/**
 * Commands whose answer the host writes into a guest resource's backing for the guest to read in
 * place: GET_MEMORY_INFO ({@code struct virgl_memory_info}) and GET_PIPE_RESOURCE_LAYOUT
 * ({@code struct virgl_resource_layout}).
 */
final class HostReportCommands {
    /** {@code struct virgl_memory_info}: six uint32 figures in KiB. */
    static final int MEMORY_INFO_BYTES = 6 * 4;
    /** {@code struct virgl_resource_layout}: u64 modifier, u32 plane count, u32 pad, four × (u64 offset, u32 stride, u32 size). */
    static final int RESOURCE_LAYOUT_BYTES = 8 + 4 + 4 + 4 * (8 + 4 + 4);

    // Field offsets of virgl_memory_info.
    private static final int TOTAL_DEVICE = 0;
    private static final int AVAIL_DEVICE = 4;
    private static final int TOTAL_STAGING = 8;
    private static final int AVAIL_STAGING = 12;
    private static final int DEVICE_EVICTED = 16;
    private static final int DEVICE_EVICTIONS = 20;

    private static final int GPU_MEMORY_INFO_DEDICATED_VIDMEM_NVX = 0x9047;
    private static final int GPU_MEMORY_INFO_TOTAL_AVAILABLE_MEMORY_NVX = 0x9048;
    private static final int GPU_MEMORY_INFO_EVICTION_COUNT_NVX = 0x904A;
    private static final int GPU_MEMORY_INFO_EVICTED_MEMORY_NVX = 0x904B;
    private static final int VBO_FREE_MEMORY_ATI = 0x87FB;

    private final ExecContext ctx;
    private final MemorySegment report = Arena.ofAuto().allocate(RESOURCE_LAYOUT_BYTES, 8);
    private final int[] value = new int[4];

    HostReportCommands(ExecContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The host's memory figures, as vrend reads them from GL_NVX_gpu_memory_info and
     * GL_ATI_meminfo; figures neither extension gives are zero (the guest is only offered the
     * command when one of them exists).
     */
    void memoryInfo(int resource) {
        if (ctx.resource(resource, "memory info") == null) {
            return;
        }
        MemorySegment info = report.asSlice(0, MEMORY_INFO_BYTES);
        info.fill((byte) 0);
        if (ctx.hostCaps().has(HostFeature.NVX_GPU_MEMORY_INFO)) {
            int dedicated = query(GPU_MEMORY_INFO_DEDICATED_VIDMEM_NVX);
            info.set(ValueLayout.JAVA_INT, TOTAL_DEVICE, dedicated);
            info.set(ValueLayout.JAVA_INT, TOTAL_STAGING, query(GPU_MEMORY_INFO_TOTAL_AVAILABLE_MEMORY_NVX) - dedicated);
            info.set(ValueLayout.JAVA_INT, DEVICE_EVICTIONS, query(GPU_MEMORY_INFO_EVICTION_COUNT_NVX));
            info.set(ValueLayout.JAVA_INT, DEVICE_EVICTED, query(GPU_MEMORY_INFO_EVICTED_MEMORY_NVX));
        }
        if (ctx.hostCaps().has(HostFeature.ATI_MEMINFO)) {
            glGetIntegerv(VBO_FREE_MEMORY_ATI, value); // free total, largest block, free auxiliary, largest auxiliary
            info.set(ValueLayout.JAVA_INT, AVAIL_DEVICE, value[0]);
            info.set(ValueLayout.JAVA_INT, AVAIL_STAGING, value[2]);
        }
        write(resource, info, "GET_MEMORY_INFO");
    }

    /**
     * The layout vrend reports for a resource without a GBM buffer object (all of this host's:
     * GL keeps texture memory opaque and nothing here is a dma-buf): no planes, modifier zero.
     * Both handles must name attached resources.
     */
    void pipeResourceLayout(int outResource, int targetResource) {
        if (ctx.resource(outResource, "resource layout output") == null
                || ctx.resource(targetResource, "resource layout target") == null) {
            return;
        }
        MemorySegment layout = report.asSlice(0, RESOURCE_LAYOUT_BYTES);
        layout.fill((byte) 0);
        write(outResource, layout, "GET_PIPE_RESOURCE_LAYOUT");
    }

    private int query(int pname) {
        glGetIntegerv(pname, value);
        return value[0];
    }

    private void write(int resource, MemorySegment bytes, String what) {
        String refusal = ctx.resources().writeGuestBacking(resource, bytes);
        if (refusal != null) {
            ctx.fail(ContextError.ILLEGAL_RESOURCE, what + ": " + refusal);
        }
    }
}
