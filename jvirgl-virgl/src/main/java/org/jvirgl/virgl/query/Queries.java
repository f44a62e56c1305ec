package org.jvirgl.virgl.query;

import static org.jvirgl.virgl.gl.QueryCalls.glBeginQueryIndexed;
import static org.jvirgl.virgl.gl.QueryCalls.glCreateQueries;
import static org.jvirgl.virgl.gl.QueryCalls.glEndQueryIndexed;
import static org.jvirgl.virgl.gl.QueryCalls.glGetQueryBufferObjecti64v;
import static org.jvirgl.virgl.gl.QueryCalls.glGetQueryBufferObjectiv;
import static org.jvirgl.virgl.gl.QueryCalls.glGetQueryBufferObjectui64v;
import static org.jvirgl.virgl.gl.QueryCalls.glGetQueryBufferObjectuiv;
import static org.jvirgl.virgl.gl.QueryCalls.glGetQueryObjectui64v;
import static org.lwjgl.opengl.GL46C.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.jvirgl.virgl.exec.ExecContext;
import org.jvirgl.virgl.exec.ExecResource;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.VirglObjectType;

/**
 * Queries: GL query objects per Gallium query, results written into the query's resource as
 * {@code virgl_host_query_state {u32 state; u32 result_size; u64 result}} (pitfall 34), and
 * conditional rendering. Results are read synchronously, so every GET_QUERY_RESULT answers DONE.
 */
public final class Queries {
    private static final int STATE_DONE = 1;
    private static final int HOST_STATE_BYTES = 16;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final MemorySegment hostState = Arena.ofAuto().allocate(HOST_STATE_BYTES, 8);
    private final long[] result = new long[1];
    private boolean conditionActive;
    private boolean conditionPaused;
    private int conditionQuery;
    private int conditionMode;

    public void create(ExecContext ctx, int handle, int pipeType, int index, int offset, int resultResource) {
        int target = QueryTypes.glTarget(pipeType, index);
        if (target < 0) {
            ctx.fail(ContextError.UNSUPPORTED_FUNCTION, "query type " + pipeType + " index " + index);
            return;
        }
        ExecResource res = ctx.resource(resultResource, "query result");
        if (res == null) {
            return;
        }
        if (!res.isBuffer() || offset < 0 || (long) offset + HOST_STATE_BYTES > res.width()) {
            ctx.fail(ContextError.ILLEGAL_RESOURCE, "query result range " + offset + " in resource " + resultResource);
            return;
        }
        int query = target == 0 ? 0 : glCreateQueries(target);
        ctx.sub().objects.insert(handle, new QueryObject(pipeType, query, target, Math.max(index, 0),
            QueryTypes.timer(target), resultResource, offset));
    }

    public void begin(ExecContext ctx, int handle) {
        QueryObject q = lookup(ctx, handle);
        if (q == null || q.glQuery() == 0 || q.glTarget() == GL_TIMESTAMP) {
            return; // timestamps and GPU_FINISHED only act at END_QUERY
        }
        if (QueryTypes.indexed(q.glTarget())) {
            glBeginQueryIndexed(q.glTarget(), q.index(), q.glQuery());
        } else {
            glBeginQuery(q.glTarget(), q.glQuery());
        }
    }

    public void end(ExecContext ctx, int handle) {
        QueryObject q = lookup(ctx, handle);
        if (q == null || q.glQuery() == 0) {
            return;
        }
        if (q.glTarget() == GL_TIMESTAMP) {
            glQueryCounter(q.glQuery(), GL_TIMESTAMP);
        } else if (QueryTypes.indexed(q.glTarget())) {
            glEndQueryIndexed(q.glTarget(), q.index());
        } else {
            glEndQuery(q.glTarget());
        }
    }

    /** Reads the result (blocking: llvmpipe finishes quickly) and stores the host state. */
    public void writeResult(ExecContext ctx, int handle, boolean wait) {
        QueryObject q = lookup(ctx, handle);
        if (q == null) {
            return;
        }
        long value;
        if (q.glQuery() == 0) {
            glFinish();
            value = 1; // GPU_FINISHED
        } else {
            glGetQueryObjectui64v(q.glQuery(), GL_QUERY_RESULT, result);
            value = result[0];
        }
        hostState.set(U32, 0, STATE_DONE);
        hostState.set(U32, 4, q.timer() ? 8 : 4);
        hostState.set(U64, 8, value);
        String refusal = ctx.resources().writeHostResult(q.resultResource(), q.resultOffset(), hostState);
        if (refusal != null) {
            ctx.fail(ContextError.ILLEGAL_RESOURCE, refusal);
        }
    }

    /**
     * GET_QUERY_RESULT_QBO: the GL writes the result (or, for index -1, availability) into a
     * buffer resource, without a round trip through the CPU.
     *
     * @param resultType PIPE_QUERY_TYPE_I32 0, U32 1, I64 2, U64 3
     */
    public void writeResultToBuffer(ExecContext ctx, int handle, int resource, boolean wait, int resultType,
                                    int offset, int index) {
        QueryObject q = lookup(ctx, handle);
        if (q == null) {
            return;
        }
        ExecResource res = ctx.resource(resource, "query buffer");
        if (res == null) {
            return;
        }
        int size = resultType >= 2 ? 8 : 4;
        if (!res.isBuffer() || offset < 0 || (long) offset + size > res.width() || resultType < 0 || resultType > 3) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "query buffer write " + offset + " type " + resultType);
            return;
        }
        if (q.glQuery() == 0) {
            ctx.fail(ContextError.UNSUPPORTED_FUNCTION, "query type " + q.pipeType() + " has no GL query to copy");
            return;
        }
        int pname = index == -1 ? GL_QUERY_RESULT_AVAILABLE : wait ? GL_QUERY_RESULT : GL_QUERY_RESULT_NO_WAIT;
        switch (resultType) {
            case 0 -> glGetQueryBufferObjectiv(q.glQuery(), res.glBuffer(), pname, offset);
            case 1 -> glGetQueryBufferObjectuiv(q.glQuery(), res.glBuffer(), pname, offset);
            case 2 -> glGetQueryBufferObjecti64v(q.glQuery(), res.glBuffer(), pname, offset);
            default -> glGetQueryBufferObjectui64v(q.glQuery(), res.glBuffer(), pname, offset);
        }
    }

    /**
     * @param mode PIPE_RENDER_COND_WAIT 0, NO_WAIT 1, BY_REGION_WAIT 2, BY_REGION_NO_WAIT 3
     */
    public void setRenderCondition(ExecContext ctx, int handle, boolean inverted, int mode) {
        if (conditionActive) {
            glEndConditionalRender();
            conditionActive = false;
        }
        if (handle == 0) {
            return;
        }
        QueryObject q = lookup(ctx, handle);
        if (q == null) {
            return;
        }
        if (!QueryTypes.predicate(q.glTarget())) {
            ctx.fail(ContextError.ILLEGAL_HANDLE, "query " + handle + " cannot drive conditional rendering");
            return;
        }
        int glMode = switch (mode) {
            case 1 -> inverted ? GL_QUERY_NO_WAIT_INVERTED : GL_QUERY_NO_WAIT;
            case 2 -> inverted ? GL_QUERY_BY_REGION_WAIT_INVERTED : GL_QUERY_BY_REGION_WAIT;
            case 3 -> inverted ? GL_QUERY_BY_REGION_NO_WAIT_INVERTED : GL_QUERY_BY_REGION_NO_WAIT;
            default -> inverted ? GL_QUERY_WAIT_INVERTED : GL_QUERY_WAIT;
        };
        glBeginConditionalRender(q.glQuery(), glMode);
        conditionActive = true;
        conditionQuery = q.glQuery();
        conditionMode = glMode;
    }

    /**
     * Lifts the render condition for a command the guest asked to run unconditionally (a blit
     * whose render_condition_enable is off, as Mesa's internal blits are); GL would discard it.
     */
    public void pauseCondition() {
        if (conditionActive) {
            glEndConditionalRender();
            conditionActive = false;
            conditionPaused = true;
        }
    }

    /** Restores a condition {@link #pauseCondition()} lifted. */
    public void resumeCondition() {
        if (conditionPaused) {
            glBeginConditionalRender(conditionQuery, conditionMode);
            conditionActive = true;
            conditionPaused = false;
        }
    }

    private static QueryObject lookup(ExecContext ctx, int handle) {
        QueryObject q = ctx.sub().objects.lookup(handle, VirglObjectType.QUERY, QueryObject.class);
        if (q == null) {
            ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown query " + handle);
        }
        return q;
    }
}
