package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL42C;
import org.lwjgl.opengl.GL43C;

/**
 * Draw entry points beyond ES 3.2 core: base-instance draws (EXT_base_instance on ES, the same
 * entry points, used only when a base instance is asked for) and multi-draw-indirect, which
 * ES spells as one indirect draw per record.
 */
public final class DrawCalls {

    /** Bytes of one DrawArraysIndirectCommand / DrawElementsIndirectCommand when tightly packed. */
    private static final int ARRAYS_RECORD = 16;
    private static final int ELEMENTS_RECORD = 20;

    private DrawCalls() {
    }

    public static void glDrawArraysInstancedBaseInstance(int mode, int first, int count, int instances,
            int baseInstance) {
        if (ES && baseInstance == 0) {
            glDrawArraysInstanced(mode, first, count, instances);
        } else {
            GL42C.glDrawArraysInstancedBaseInstance(mode, first, count, instances, baseInstance);
        }
    }

    public static void glDrawElementsInstancedBaseVertexBaseInstance(int mode, int count, int type, long indices,
            int instances, int baseVertex, int baseInstance) {
        if (ES && baseInstance == 0) {
            glDrawElementsInstancedBaseVertex(mode, count, type, indices, instances, baseVertex);
        } else {
            GL42C.glDrawElementsInstancedBaseVertexBaseInstance(mode, count, type, indices, instances, baseVertex,
                    baseInstance);
        }
    }

    public static void glMultiDrawArraysIndirect(int mode, long indirect, int drawCount, int stride) {
        if (!ES) {
            GL43C.glMultiDrawArraysIndirect(mode, indirect, drawCount, stride);
            return;
        }
        long step = stride == 0 ? ARRAYS_RECORD : stride;
        for (int i = 0; i < drawCount; i++) {
            glDrawArraysIndirect(mode, indirect + i * step);
        }
    }

    public static void glMultiDrawElementsIndirect(int mode, int type, long indirect, int drawCount, int stride) {
        if (!ES) {
            GL43C.glMultiDrawElementsIndirect(mode, type, indirect, drawCount, stride);
            return;
        }
        long step = stride == 0 ? ELEMENTS_RECORD : stride;
        for (int i = 0; i < drawCount; i++) {
            glDrawElementsIndirect(mode, type, indirect + i * step);
        }
    }
}
