package org.jvirgl.virgl.query;

import org.jvirgl.wire.VirglObjectType;
import static org.lwjgl.opengl.GL45C.glDeleteQueries;

import org.jvirgl.virgl.state.GuestObject;
import org.jvirgl.virgl.winsys.GlNames;

/**
 * A QUERY object: the GL query behind a Gallium query type, and where its
 * {@code virgl_host_query_state} goes.
 *
 * @param glQuery      GL query name (0 for types answered without GL, e.g. GPU_FINISHED)
 * @param glTarget     GL query target (GL_TIMESTAMP uses glQueryCounter at END_QUERY)
 * @param index        vertex stream for indexed targets
 * @param timer        whether the result is 64-bit nanoseconds (result_size 8)
 */
public record QueryObject(int pipeType, int glQuery, int glTarget, int index, boolean timer,
                          int resultResource, int resultOffset) implements GuestObject {

    @Override
    public int objectType() {
        return VirglObjectType.QUERY;
    }

    /** Query names are never shadowed, so the delete needs no epoch. */
    @Override
    public void release(GlNames names) {
        if (glQuery != 0) {
            glDeleteQueries(glQuery);
        }
    }
}
