package org.jvirgl.virgl.exec;

import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.program.LinkedProgram;
import org.jvirgl.virgl.program.Programs;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.state.LaunchGrid;

/** LAUNCH_GRID: a compute dispatch with the bound compute shader and its resources. */
final class ComputeCommands {
    private static final int INDIRECT_BYTES = 12;

    private final ExecContext ctx;
    private final Programs programs;
    private boolean warned;

    ComputeCommands(ExecContext ctx, Programs programs) {
        this.ctx = ctx;
        this.programs = programs;
    }

    void launch(LaunchGrid grid) {
        SubContext sub = ctx.sub();
        ExecResource indirect = null;
        if (grid.indirectResource() != 0) {
            indirect = ctx.resource(grid.indirectResource(), "indirect dispatch");
            if (indirect == null) {
                return;
            }
            long end = Integer.toUnsignedLong(grid.indirectOffset()) + INDIRECT_BYTES;
            if (!indirect.isBuffer() || (grid.indirectOffset() & 3) != 0 || end > indirect.width()) {
                ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "indirect dispatch offset " + grid.indirectOffset());
                return;
            }
        } else if (grid.gridX() < 0 || grid.gridY() < 0 || grid.gridZ() < 0) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "negative grid size");
            return;
        }
        LinkedProgram program = programs.prepareCompute(sub);
        if (program == null) {
            if (!warned) {
                warned = true;
                ctx.warn("dispatch skipped: no usable compute shader bound");
            }
            return;
        }
        programs.bindDrawResources(ctx, sub, program);
        // llvmpipe (Mesa 22.3) runs a dispatch at once while draws and clears wait in its
        // binned scene: with its bindings unchanged, a dispatch sampling what was just rendered
        // read the old contents (a flush alone does not wait for them). A texture-fetch barrier
        // makes llvmpipe finish the scene, and costs a GPU driver next to nothing.
        glMemoryBarrier(GL_TEXTURE_FETCH_BARRIER_BIT);
        if (indirect != null) {
            glBindBuffer(GL_DISPATCH_INDIRECT_BUFFER, indirect.glBuffer());
            glDispatchComputeIndirect(grid.indirectOffset());
            glBindBuffer(GL_DISPATCH_INDIRECT_BUFFER, 0);
        } else {
            glDispatchCompute(grid.gridX(), grid.gridY(), grid.gridZ());
        }
    }
}
