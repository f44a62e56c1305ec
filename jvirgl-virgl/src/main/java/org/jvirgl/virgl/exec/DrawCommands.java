package org.jvirgl.virgl.exec;

import static org.jvirgl.virgl.gl.DrawCalls.glDrawArraysInstancedBaseInstance;
import static org.jvirgl.virgl.gl.DrawCalls.glDrawElementsInstancedBaseVertexBaseInstance;
import static org.jvirgl.virgl.gl.DrawCalls.glMultiDrawArraysIndirect;
import static org.jvirgl.virgl.gl.DrawCalls.glMultiDrawElementsIndirect;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.program.LinkedProgram;
import org.jvirgl.virgl.program.Programs;
import org.jvirgl.virgl.state.GalliumGl;
import org.jvirgl.virgl.state.GlCap;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.DrawInfo;

/**
 * DRAW_VBO: derive state, select the program, bind its resources, issue the one GL draw call
 * that matches the draw's shape. Allocation-free.
 */
final class DrawCommands {
    private final ExecContext ctx;
    private final Programs programs;
    /** Host glMulti*IndirectCount: 0 none, 1 GL 4.6 core, 2 ARB_indirect_parameters. */
    private final int indirectCount;
    private boolean warnedNoProgram;

    /** Must be created with the context's GL context current (it reads the host entry points). */
    DrawCommands(ExecContext ctx, Programs programs) {
        this.ctx = ctx;
        this.programs = programs;
        // LWJGL aborts the JVM on a call to a missing entry point, so check once here.
        var caps = org.lwjgl.opengl.GL.getCapabilities();
        this.indirectCount = caps.glMultiDrawArraysIndirectCount != 0 && caps.glMultiDrawElementsIndirectCount != 0 ? 1
            : caps.glMultiDrawArraysIndirectCountARB != 0 && caps.glMultiDrawElementsIndirectCountARB != 0 ? 2 : 0;
    }

    void drawVbo(DrawInfo d) {
        SubContext sub = ctx.sub();
        int mode = GalliumGl.primitive(d.mode());
        if (mode < 0) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "primitive mode " + d.mode());
            return;
        }
        int indirectBuffer = 0;
        int countBuffer = 0;
        if (d.isIndirect()) {
            ExecResource res = ctx.resource(d.indirectResource(), "indirect draw");
            if (res == null) {
                return;
            }
            indirectBuffer = res.glBuffer();
            if (d.indirectDrawCountResource() != 0) {
                if (indirectCount == 0) {
                    ctx.fail(ContextError.UNSUPPORTED_FUNCTION, "indirect draw count needs GL 4.6 on the host");
                    return;
                }
                ExecResource count = ctx.resource(d.indirectDrawCountResource(), "indirect draw count");
                if (count == null) {
                    return;
                }
                countBuffer = count.glBuffer();
            }
            if (d.indirectOffset() < 0 || d.indirectOffset() >= res.width() || d.indirectStride() < 0
                    || d.indirectDrawCount() < 0) {
                ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "indirect draw range");
                return;
            }
        }
        if (sub.vertexElements == null) {
            return; // upstream skips draws without vertex elements silently
        }
        if (d.indexed() && !d.isIndirect() && !indexRangeValid(sub, d.count())) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "index range past the index buffer");
            return;
        }
        LinkedProgram program = programs.prepare(ctx, sub, d.mode(), d.verticesPerPatch());
        if (program == null) {
            if (!warnedNoProgram) {
                warnedNoProgram = true;
                ctx.warn("draw skipped: no linkable program for the bound shaders");
            }
            return;
        }
        ctx.emitter().emitForDraw(sub);
        programs.bindDrawResources(ctx, sub, program);
        StreamoutCommands.beforeDraw(sub, mode);
        issue(sub, d, mode, indirectBuffer, countBuffer);
        StreamoutCommands.afterDraw(sub);
    }

    private static boolean indexRangeValid(SubContext sub, int count) {
        if (sub.indexBuffer == 0) {
            return false;
        }
        long end = (long) sub.indexOffset + (long) Integer.toUnsignedLong(count) * sub.indexSize;
        return end <= sub.indexBufferSize;
    }

    private void issue(SubContext sub, DrawInfo d, int mode, int indirectBuffer, int countBuffer) {
        var gl = ctx.glState();
        sub.vertexArray.elementBuffer(d.indexed() ? sub.indexBuffer : 0);
        gl.set(GlCap.PRIMITIVE_RESTART, d.primitiveRestart());
        if (d.primitiveRestart()) {
            gl.primitiveRestartIndex(d.restartIndex());
        }
        if (mode == GL_PATCHES && d.verticesPerPatch() > 0) {
            glPatchParameteri(GL_PATCH_VERTICES, d.verticesPerPatch());
        }
        int instances = Math.max(d.instanceCount(), 1);
        if (d.isIndirect()) {
            issueIndirect(sub, d, mode, indirectBuffer, countBuffer);
        } else if (!d.indexed()) {
            int cso = d.countFromStreamOutput();
            int count = cso != 0 ? cso : d.count();
            int start = cso != 0 ? 0 : d.start();
            glDrawArraysInstancedBaseInstance(mode, start, count, instances, d.startInstance());
        } else {
            int type = indexType(sub.indexSize);
            glDrawElementsInstancedBaseVertexBaseInstance(mode, d.count(), type, sub.indexOffset, instances,
                d.indexBias(), d.startInstance());
        }
    }

    private void issueIndirect(SubContext sub, DrawInfo d, int mode, int indirectBuffer, int countBuffer) {
        glBindBuffer(GL_DRAW_INDIRECT_BUFFER, indirectBuffer);
        int drawCount = Math.max(d.indirectDrawCount(), 1);
        long offset = Integer.toUnsignedLong(d.indirectOffset());
        if (countBuffer != 0) {
            // Indirect-count draws are core only in GL 4.6; llvmpipe (4.5) has ARB_indirect_parameters.
            // Calling an entry point the host lacks aborts the JVM inside LWJGL; the constructor chose which
            // exists, and drawVbo already refused the draw when neither does.
            if (indirectCount == 0) {
                return;
            }
            boolean core = indirectCount == 1;
            glBindBuffer(org.lwjgl.opengl.GL46C.GL_PARAMETER_BUFFER, countBuffer);
            long countOffset = Integer.toUnsignedLong(d.indirectDrawCountOffset());
            if (d.indexed() && core) {
                org.lwjgl.opengl.GL46C.glMultiDrawElementsIndirectCount(mode, indexType(sub.indexSize), offset,
                    countOffset, drawCount, d.indirectStride());
            } else if (d.indexed()) {
                org.lwjgl.opengl.ARBIndirectParameters.glMultiDrawElementsIndirectCountARB(mode,
                    indexType(sub.indexSize), offset, countOffset, drawCount, d.indirectStride());
            } else if (core) {
                org.lwjgl.opengl.GL46C.glMultiDrawArraysIndirectCount(mode, offset, countOffset, drawCount,
                    d.indirectStride());
            } else {
                org.lwjgl.opengl.ARBIndirectParameters.glMultiDrawArraysIndirectCountARB(mode, offset, countOffset,
                    drawCount, d.indirectStride());
            }
        } else if (d.indexed()) {
            glMultiDrawElementsIndirect(mode, indexType(sub.indexSize), offset, drawCount, d.indirectStride());
        } else {
            glMultiDrawArraysIndirect(mode, offset, drawCount, d.indirectStride());
        }
        glBindBuffer(GL_DRAW_INDIRECT_BUFFER, 0);
    }

    private static int indexType(int size) {
        return switch (size) {
            case 1 -> GL_UNSIGNED_BYTE;
            case 2 -> GL_UNSIGNED_SHORT;
            default -> GL_UNSIGNED_INT;
        };
    }
}
