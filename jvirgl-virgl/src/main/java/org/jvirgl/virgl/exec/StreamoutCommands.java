package org.jvirgl.virgl.exec;

import org.jvirgl.wire.VirglObjectType;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.shader.tgsi.PropertyName;
import org.jvirgl.virgl.program.ShaderSelector;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.StreamoutTarget;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.virgl.state.SubContext.XfbState;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.IntSeq;

/**
 * Stream output (transform feedback). Targets are attached to the sub-context's GL transform
 * feedback object; capture begins at the next draw (GL needs the primitive type then), pauses
 * between draws and ends when the targets change.
 */
final class StreamoutCommands {
    private final ExecContext ctx;

    StreamoutCommands(ExecContext ctx) {
        this.ctx = ctx;
    }

    void createTarget(int handle, int resource, int offset, int size) {
        ExecResource res = ctx.resource(resource, "stream-output target");
        if (res == null) {
            return;
        }
        long end = Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(size);
        if (!res.isBuffer() || size <= 0 || offset < 0 || end > res.width()) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "stream-output range " + offset + "+" + size);
            return;
        }
        ctx.sub().objects.insert(handle, new StreamoutTarget(resource, res.glBuffer(), offset, size));
    }

    void setTargets(IntSeq handles) {
        SubContext sub = ctx.sub();
        int n = handles.size();
        if (n > Limits.STREAMOUT_TARGETS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, n + " stream-output targets");
            return;
        }
        for (int i = 0; i < n; i++) {
            int h = handles.get(i);
            if (h != 0 && sub.objects.lookup(h, VirglObjectType.STREAMOUT_TARGET, StreamoutTarget.class) == null) {
                ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown stream-output target " + h);
                return;
            }
        }
        end(sub);
        if (n == 0) {
            return;
        }
        if (sub.xfb == 0) {
            sub.xfb = glCreateTransformFeedbacks();
        }
        for (int i = 0; i < Limits.STREAMOUT_TARGETS; i++) {
            StreamoutTarget t = i < n
                ? sub.objects.lookup(handles.get(i), VirglObjectType.STREAMOUT_TARGET, StreamoutTarget.class) : null;
            if (t == null) {
                glTransformFeedbackBufferBase(sub.xfb, i, 0);
            } else {
                glTransformFeedbackBufferRange(sub.xfb, i, t.glBuffer(), t.offset(), t.size());
            }
        }
        sub.xfbTargets = n;
        sub.xfbState = XfbState.NEED_BEGIN;
    }

    /** Before a draw: begin or resume capture. */
    static void beforeDraw(SubContext sub, int glMode) {
        switch (sub.xfbState) {
            case NEED_BEGIN -> {
                glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, sub.xfb);
                glBeginTransformFeedback(captureMode(sub, glMode));
                sub.xfbState = XfbState.ACTIVE;
            }
            case PAUSED -> {
                glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, sub.xfb);
                glResumeTransformFeedback();
                sub.xfbState = XfbState.ACTIVE;
            }
            default -> { }
        }
    }

    /** After a draw: pause, so state changes GL forbids during capture stay legal. */
    static void afterDraw(SubContext sub) {
        if (sub.xfbState == XfbState.ACTIVE) {
            glPauseTransformFeedback();
            sub.xfbState = XfbState.PAUSED;
        }
    }

    static void end(SubContext sub) {
        if (sub.xfbState == XfbState.ACTIVE || sub.xfbState == XfbState.PAUSED) {
            glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, sub.xfb);
            glEndTransformFeedback();
        }
        sub.xfbState = XfbState.OFF;
        sub.xfbTargets = 0;
        glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, 0);
    }

    /** GL captures points, lines or triangles: from the GS output type, else the draw mode. */
    private static int captureMode(SubContext sub, int glMode) {
        if (sub.shaders[Limits.STAGE_GEOMETRY] instanceof ShaderSelector gs) {
            int prim = gs.tgsi().property(PropertyName.GS_OUTPUT_PRIMITIVE).orElse(0);
            // Gallium primitive numbers: 0 points, 1..3 line kinds, the rest triangles.
            return prim == 0 ? GL_POINTS : prim <= 3 ? GL_LINES : GL_TRIANGLES;
        }
        return switch (glMode) {
            case GL_POINTS -> GL_POINTS;
            case GL_LINES, GL_LINE_STRIP, GL_LINE_LOOP, GL_LINES_ADJACENCY, GL_LINE_STRIP_ADJACENCY -> GL_LINES;
            default -> GL_TRIANGLES;
        };
    }
}
