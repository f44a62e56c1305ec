package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL45C;

/**
 * Transform feedback object entry points desktop GL offers as direct state access; on ES the
 * object is bound, its buffer ranges set and the previous object rebound.
 */
public final class StreamOutputCalls {

    private StreamOutputCalls() {
    }

    public static int glCreateTransformFeedbacks() {
        if (!ES) {
            return GL45C.glCreateTransformFeedbacks();
        }
        int name = glGenTransformFeedbacks();
        int previous = glGetInteger(GL_TRANSFORM_FEEDBACK_BINDING);
        glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, name);
        glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, previous);
        return name;
    }

    public static void glTransformFeedbackBufferRange(int xfb, int index, int buffer, long offset, long size) {
        if (!ES) {
            GL45C.glTransformFeedbackBufferRange(xfb, index, buffer, offset, size);
            return;
        }
        int previous = glGetInteger(GL_TRANSFORM_FEEDBACK_BINDING);
        if (previous != xfb) {
            glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, xfb);
        }
        glBindBufferRange(GL_TRANSFORM_FEEDBACK_BUFFER, index, buffer, offset, size);
        if (previous != xfb) {
            glBindTransformFeedback(GL_TRANSFORM_FEEDBACK, previous);
        }
    }
}
