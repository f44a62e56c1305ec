package org.jvirgl.virgl.gl;

import static org.jvirgl.virgl.gl.HostGl.ES;
import static org.lwjgl.opengl.GL45C.*;

import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GL14C;
import org.lwjgl.opengl.GL31C;
import org.lwjgl.opengl.GL32C;
import org.lwjgl.opengl.GL40C;
import org.lwjgl.opengl.GL41C;
import org.lwjgl.opengl.GL43C;
import org.lwjgl.opengl.GL45C;
import org.lwjgl.opengl.GL46C;
import org.lwjgl.system.JNI;

/**
 * Rasterizer and pipeline state calls beyond ES 3.2 core. Where ES has the state under an
 * extension it is the same entry point (clip control, viewport arrays, polygon offset clamp);
 * where ES has no such state at all (polygon mode, logic op, provoking vertex, point size and
 * sprite origin outside the shader, default patch levels, an arbitrary restart index) the call
 * does nothing there: the caps the guest sees do not offer it, or the shader carries it.
 */
public final class FixedFunctionCalls {

    private static volatile long depthRangeIndexedfOes;

    private FixedFunctionCalls() {
    }

    public static void glPolygonMode(int face, int mode) {
        if (!ES) {
            GL11C.glPolygonMode(face, mode);
        }
    }

    public static void glLogicOp(int op) {
        if (!ES) {
            GL11C.glLogicOp(op);
        }
    }

    public static void glProvokingVertex(int mode) {
        if (!ES) {
            GL32C.glProvokingVertex(mode);
        }
    }

    public static void glPointSize(float size) {
        if (!ES) {
            GL11C.glPointSize(size);
        }
    }

    public static void glPointParameteri(int pname, int param) {
        if (!ES) {
            GL14C.glPointParameteri(pname, param);
        }
    }

    public static void glPatchParameterfv(int pname, float[] values) {
        if (!ES) {
            GL40C.glPatchParameterfv(pname, values);
        }
    }

    /** ES restarts only at the all-ones index (GL_PRIMITIVE_RESTART_FIXED_INDEX). */
    public static void glPrimitiveRestartIndex(int index) {
        if (!ES) {
            GL31C.glPrimitiveRestartIndex(index);
        }
    }

    /** A texture barrier; ES has none, a full memory barrier is the closest it offers. */
    public static void glTextureBarrier() {
        if (ES) {
            glMemoryBarrier(GL_ALL_BARRIER_BITS);
        } else {
            GL45C.glTextureBarrier();
        }
    }

    /** ES takes SSBO bindings from the shader's layout only, which the translator writes. */
    public static void glShaderStorageBlockBinding(int program, int index, int binding) {
        if (!ES) {
            GL43C.glShaderStorageBlockBinding(program, index, binding);
        }
    }

    public static void glClipControl(int origin, int depth) {
        GL45C.glClipControl(origin, depth); // EXT_clip_control on ES: the same entry point
    }

    public static void glViewportIndexedf(int index, float x, float y, float w, float h) {
        GL41C.glViewportIndexedf(index, x, y, w, h); // OES_viewport_array on ES
    }

    public static void glScissorIndexed(int index, int left, int bottom, int width, int height) {
        GL41C.glScissorIndexed(index, left, bottom, width, height); // OES_viewport_array on ES
    }

    public static void glPolygonOffsetClamp(float factor, float units, float clamp) {
        GL46C.glPolygonOffsetClamp(factor, units, clamp); // EXT_polygon_offset_clamp on ES
    }

    /** ES's viewport arrays take float depth ranges, through a differently named entry point. */
    public static void glDepthRangeIndexed(int index, double near, double far) {
        if (!ES) {
            GL41C.glDepthRangeIndexed(index, near, far);
            return;
        }
        if (index == 0) {
            glDepthRangef((float) near, (float) far);
            return;
        }
        long fn = depthRangeIndexedfOes;
        if (fn == 0) {
            fn = GL.getFunctionProvider().getFunctionAddress("glDepthRangeIndexedfOES");
            depthRangeIndexedfOes = fn;
        }
        if (fn != 0) {
            JNI.callV(index, (float) near, (float) far, fn);
        }
    }
}
