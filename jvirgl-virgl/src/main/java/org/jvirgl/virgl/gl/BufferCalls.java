package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL15C;
import org.lwjgl.opengl.GL30C;
import org.lwjgl.opengl.GL31C;
import org.lwjgl.opengl.GL45C;
import org.lwjgl.system.MemoryUtil;

/**
 * Buffer entry points that desktop GL offers as direct state access; on ES each goes through
 * the copy read/write binding points, which the renderer keeps no cache of, restored after.
 */
public final class BufferCalls {

    private BufferCalls() {
    }

    public static int glCreateBuffers() {
        if (!ES) {
            return GL45C.glCreateBuffers();
        }
        int name = glGenBuffers();
        // ES makes the buffer object on first bind.
        int previous = HostGl.bindBuffer(GL_COPY_WRITE_BUFFER, name);
        HostGl.restoreBuffer(GL_COPY_WRITE_BUFFER, name, previous);
        return name;
    }

    /**
     * Allocates a buffer's store. ES gets a mutable store (glBufferData): the renderer maps
     * nothing persistently, so the immutable flags change nothing it relies on.
     */
    public static void glNamedBufferStorage(int buffer, long size, int flags) {
        if (!ES) {
            GL45C.glNamedBufferStorage(buffer, size, flags);
            return;
        }
        int previous = HostGl.bindBuffer(GL_COPY_WRITE_BUFFER, buffer);
        GL15C.glBufferData(GL_COPY_WRITE_BUFFER, size, GL_DYNAMIC_DRAW);
        HostGl.restoreBuffer(GL_COPY_WRITE_BUFFER, buffer, previous);
    }

    public static void nglNamedBufferSubData(int buffer, long offset, long size, long data) {
        if (!ES) {
            GL45C.nglNamedBufferSubData(buffer, offset, size, data);
            return;
        }
        int previous = HostGl.bindBuffer(GL_COPY_WRITE_BUFFER, buffer);
        GL15C.nglBufferSubData(GL_COPY_WRITE_BUFFER, offset, size, data);
        HostGl.restoreBuffer(GL_COPY_WRITE_BUFFER, buffer, previous);
    }

    /** Reads a buffer range; ES maps the range for reading and copies (it has no glGetBufferSubData). */
    public static void nglGetNamedBufferSubData(int buffer, long offset, long size, long data) {
        if (!ES) {
            GL45C.nglGetNamedBufferSubData(buffer, offset, size, data);
            return;
        }
        if (size <= 0) {
            return;
        }
        int previous = HostGl.bindBuffer(GL_COPY_READ_BUFFER, buffer);
        long mapped = GL30C.nglMapBufferRange(GL_COPY_READ_BUFFER, offset, size, GL_MAP_READ_BIT);
        if (mapped != 0) {
            MemoryUtil.memCopy(mapped, data, size);
            GL15C.glUnmapBuffer(GL_COPY_READ_BUFFER);
        }
        HostGl.restoreBuffer(GL_COPY_READ_BUFFER, buffer, previous);
    }

    public static void glCopyNamedBufferSubData(int readBuffer, int writeBuffer, long readOffset, long writeOffset,
            long size) {
        if (!ES) {
            GL45C.glCopyNamedBufferSubData(readBuffer, writeBuffer, readOffset, writeOffset, size);
            return;
        }
        int previousRead = HostGl.bindBuffer(GL_COPY_READ_BUFFER, readBuffer);
        int previousWrite = HostGl.bindBuffer(GL_COPY_WRITE_BUFFER, writeBuffer);
        GL31C.glCopyBufferSubData(GL_COPY_READ_BUFFER, GL_COPY_WRITE_BUFFER, readOffset, writeOffset, size);
        HostGl.restoreBuffer(GL_COPY_WRITE_BUFFER, writeBuffer, previousWrite);
        HostGl.restoreBuffer(GL_COPY_READ_BUFFER, readBuffer, previousRead);
    }
}
