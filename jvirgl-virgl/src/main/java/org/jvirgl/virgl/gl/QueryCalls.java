package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL33C;
import org.lwjgl.opengl.GL40C;
import org.lwjgl.opengl.GL45C;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * Query entry points beyond ES 3.2 core. ES has one vertex stream (indexed queries take index
 * 0), timer queries through EXT_disjoint_timer_query (the same entry points), and no query
 * buffer objects: there the result is read on the CPU and written into the buffer.
 */
public final class QueryCalls {

    private QueryCalls() {
    }

    public static int glCreateQueries(int target) {
        return ES ? glGenQueries() : GL45C.glCreateQueries(target);
    }

    public static void glBeginQueryIndexed(int target, int index, int id) {
        if (ES) {
            glBeginQuery(target, id);
        } else {
            GL40C.glBeginQueryIndexed(target, index, id);
        }
    }

    public static void glEndQueryIndexed(int target, int index) {
        if (ES) {
            glEndQuery(target);
        } else {
            GL40C.glEndQueryIndexed(target, index);
        }
    }

    public static void glGetQueryObjectui64v(int id, int pname, long[] params) {
        if (!ES) {
            GL33C.glGetQueryObjectui64v(id, pname, params);
            return;
        }
        // EXT_disjoint_timer_query's 64-bit read is the same entry point; plain ES has 32 bits.
        GL33C.glGetQueryObjectui64v(id, pname, params);
        if (glGetError() != GL_NO_ERROR) {
            params[0] = Integer.toUnsignedLong(glGetQueryObjectui(id, pname));
        }
    }

    public static void glGetQueryBufferObjectiv(int id, int buffer, int pname, long offset) {
        if (ES) {
            writeResult(id, buffer, pname, offset, 4, true);
        } else {
            GL45C.glGetQueryBufferObjectiv(id, buffer, pname, offset);
        }
    }

    public static void glGetQueryBufferObjectuiv(int id, int buffer, int pname, long offset) {
        if (ES) {
            writeResult(id, buffer, pname, offset, 4, false);
        } else {
            GL45C.glGetQueryBufferObjectuiv(id, buffer, pname, offset);
        }
    }

    public static void glGetQueryBufferObjecti64v(int id, int buffer, int pname, long offset) {
        if (ES) {
            writeResult(id, buffer, pname, offset, 8, true);
        } else {
            GL45C.glGetQueryBufferObjecti64v(id, buffer, pname, offset);
        }
    }

    public static void glGetQueryBufferObjectui64v(int id, int buffer, int pname, long offset) {
        if (ES) {
            writeResult(id, buffer, pname, offset, 8, false);
        } else {
            GL45C.glGetQueryBufferObjectui64v(id, buffer, pname, offset);
        }
    }

    /** The ES form: read on the CPU, then write 4 or 8 bytes (clamped as GL would) into the buffer. */
    private static void writeResult(int id, int buffer, int pname, long offset, int bytes, boolean signed) {
        long value;
        if (pname == GL_QUERY_RESULT_AVAILABLE) {
            value = glGetQueryObjectui(id, GL_QUERY_RESULT_AVAILABLE);
        } else if (pname == GL_QUERY_RESULT_NO_WAIT) {
            // No NO_WAIT on ES: an unfinished result leaves the buffer as it was, as GL does.
            if (glGetQueryObjectui(id, GL_QUERY_RESULT_AVAILABLE) == 0) {
                return;
            }
            value = result(id);
        } else {
            value = result(id);
        }
        long max = bytes == 8 ? (signed ? Long.MAX_VALUE : -1L) : (signed ? Integer.MAX_VALUE : 0xFFFFFFFFL);
        if (Long.compareUnsigned(value, max) > 0) {
            value = max;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var data = stack.malloc(bytes);
            if (bytes == 8) {
                data.putLong(0, value);
            } else {
                data.putInt(0, (int) value);
            }
            BufferCalls.nglNamedBufferSubData(buffer, offset, bytes, MemoryUtil.memAddress(data));
        }
    }

    private static long result(int id) {
        long[] v = new long[1];
        glGetQueryObjectui64v(id, GL_QUERY_RESULT, v);
        return v[0];
    }

}
