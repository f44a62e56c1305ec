package org.jvirgl.virgl.exec;

import static org.jvirgl.virgl.gl.StreamOutputCalls.glCreateTransformFeedbacks;
import static org.jvirgl.virgl.gl.StreamOutputCalls.glTransformFeedbackBufferRange;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.shader.tgsi.PropertyName;
import org.jvirgl.virgl.program.ShaderSelector;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.StreamoutTarget;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.virgl.state.TransformFeedbackObject;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.IntSeq;
import org.jvirgl.wire.VirglObjectType;

/**
 * Stream output (transform feedback). Each combination of bound targets captures into a host
 * transform feedback object of its own (see {@link TransformFeedbackObject}): capture begins at
 * the first draw after binding (GL needs the primitive type then), pauses after every draw, and
 * continues when the same targets are bound again. An object ends when one of its targets is
 * destroyed, noticed the next time targets are bound, or when the sub-context goes away.
 */
final class StreamoutCommands {
    /** Host objects kept paused at most per sub-context; Mesa leaves about two alive. */
    private static final int MAX_OBJECTS = 32;

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

    /**
     * SET_STREAMOUT_TARGETS. Mesa's virgl sends no append bits (it always writes 0), so, as in
     * vrend, the targets themselves say whether capture continues: the same target objects resume
     * their paused host object, new ones start a new object at their start offset.
     */
    void setTargets(IntSeq handles) {
        SubContext sub = ctx.sub();
        int n = handles.size();
        if (n > Limits.STREAMOUT_TARGETS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, n + " stream-output targets");
            return;
        }
        int[] slots = new int[n];
        StreamoutTarget[] targets = new StreamoutTarget[n];
        for (int i = 0; i < n; i++) {
            slots[i] = handles.get(i);
            if (slots[i] != 0) {
                targets[i] = sub.objects.lookup(slots[i], VirglObjectType.STREAMOUT_TARGET, StreamoutTarget.class);
                if (targets[i] == null) {
                    ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown stream-output target " + slots[i]);
                    return;
                }
            }
        }
        // Capture is paused between draws, so leaving the bound object needs no GL call besides the bind.
        sub.xfb = null;
        glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, 0);
        releaseStale(sub);
        if (n == 0) {
            return;
        }
        for (TransformFeedbackObject o : sub.xfbObjects) {
            if (o.capturesTo(targets)) {
                sub.xfb = o;
                return;
            }
        }
        if (sub.xfbObjects.size() >= MAX_OBJECTS) {
            release(sub.xfbObjects.removeFirst());
        }
        int gl = glCreateTransformFeedbacks();
        for (int i = 0; i < n; i++) {
            if (targets[i] != null) {
                glTransformFeedbackBufferRange(gl, i, targets[i].glBuffer(), targets[i].offset(), targets[i].size());
            }
        }
        TransformFeedbackObject created = new TransformFeedbackObject(slots, targets, gl);
        sub.xfbObjects.add(created);
        sub.xfb = created;
    }

    /** Before a draw: begin or resume capture into the bound object. */
    static void beforeDraw(SubContext sub, int glMode) {
        TransformFeedbackObject o = sub.xfb;
        if (o == null) {
            return;
        }
        glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, o.glObject);
        switch (o.state) {
            case NEED_BEGIN -> glBeginTransformFeedback(captureMode(sub, glMode));
            case PAUSED -> glResumeTransformFeedback();
            case ACTIVE -> { }
        }
        o.state = TransformFeedbackObject.State.ACTIVE;
    }

    /** After a draw: pause, so state changes GL forbids during capture stay legal. */
    static void afterDraw(SubContext sub) {
        TransformFeedbackObject o = sub.xfb;
        if (o != null && o.state == TransformFeedbackObject.State.ACTIVE) {
            glPauseTransformFeedback();
            o.state = TransformFeedbackObject.State.PAUSED;
        }
    }

    /** Ends and deletes every host object of a sub-context that is going away. */
    static void releaseAll(SubContext sub) {
        sub.xfb = null;
        glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, 0);
        sub.xfbObjects.forEach(StreamoutCommands::release);
        sub.xfbObjects.clear();
    }

    /** Objects one of whose targets was destroyed (or re-created under its handle) can never resume. */
    private static void releaseStale(SubContext sub) {
        sub.xfbObjects.removeIf(o -> {
            if (o.targetsLive(sub.objects)) {
                return false;
            }
            release(o);
            return true;
        });
    }

    /** Called with no transform feedback object bound; leaves none bound. */
    private static void release(TransformFeedbackObject o) {
        if (o.begun()) {
            glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, o.glObject);
            glEndTransformFeedback();
            glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, 0);
        }
        glDeleteTransformFeedbacks(o.glObject);
    }

    /**
     * GL captures points, lines or triangles: what the last pre-rasterization stage emits (the GS
     * output type, else the tessellator's domain), else the draw mode.
     */
    private static int captureMode(SubContext sub, int glMode) {
        if (sub.shaders[Limits.STAGE_GEOMETRY] instanceof ShaderSelector gs) {
            int prim = gs.tgsi().property(PropertyName.GS_OUTPUT_PRIMITIVE).orElse(0);
            // Gallium primitive numbers: 0 points, 1..3 line kinds, the rest triangles.
            return prim == 0 ? GL_POINTS : prim <= 3 ? GL_LINES : GL_TRIANGLES;
        }
        if (sub.shaders[Limits.STAGE_TESS_EVAL] instanceof ShaderSelector tes) {
            if (tes.tgsi().property(PropertyName.TES_POINT_MODE).orElse(0) != 0) {
                return GL_POINTS;
            }
            // Isolines are Gallium's LINES (1); triangles and quads tessellate to triangles.
            return tes.tgsi().property(PropertyName.TES_PRIM_MODE).orElse(4) == 1 ? GL_LINES : GL_TRIANGLES;
        }
        return switch (glMode) {
            case GL_POINTS -> GL_POINTS;
            case GL_LINES, GL_LINE_STRIP, GL_LINE_LOOP, GL_LINES_ADJACENCY, GL_LINE_STRIP_ADJACENCY -> GL_LINES;
            default -> GL_TRIANGLES;
        };
    }
}
