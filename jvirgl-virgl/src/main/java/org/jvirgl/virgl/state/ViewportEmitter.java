package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.FixedFunctionCalls.glDepthRangeIndexed;
import static org.jvirgl.virgl.gl.FixedFunctionCalls.glScissorIndexed;
import static org.jvirgl.virgl.gl.FixedFunctionCalls.glViewportIndexedf;
import static org.lwjgl.opengl.GL45C.*;

/**
 * Viewport and scissor rectangles. The guest's viewport is scale/translate; a negative y scale
 * asks for a flipped render, which the last vertex stage performs via {@code winsys_adjust_y}
 * while GL gets a positive height (pitfall 16). The depth range reads the bound rasterizer's
 * clip_halfz (pitfall 13), so a rasterizer change re-emits viewports.
 */
final class ViewportEmitter {
    private ViewportEmitter() {
    }

    static void emitViewports(SubContext sub) {
        int mask = sub.viewportDirtyMask;
        boolean halfz = sub.rasterizer.state().clipHalfz();
        while (mask != 0) {
            int i = Integer.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            float[] v = sub.viewports;
            float sx = v[6 * i], sy = v[6 * i + 1], sz = v[6 * i + 2];
            float tx = v[6 * i + 3], ty = v[6 * i + 4], tz = v[6 * i + 5];
            float width = sx * 2f;
            float height = Math.abs(sy) * 2f;
            float x = tx - sx;
            float y = sy < 0 ? ty + sy : ty - sy;
            double near = halfz ? tz : tz - sz;
            double far = halfz ? tz + sz : tz + sz;
            glViewportIndexedf(i, x, y, Math.max(width, 0f), height);
            glDepthRangeIndexed(i, near, far);
        }
        sub.viewportDirtyMask = 0;
    }

    static void emitScissors(SubContext sub) {
        int mask = sub.scissorDirtyMask;
        while (mask != 0) {
            int i = Integer.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            int[] s = sub.scissors;
            int minx = s[4 * i], miny = s[4 * i + 1], maxx = s[4 * i + 2], maxy = s[4 * i + 3];
            glScissorIndexed(i, minx, miny, Math.max(maxx - minx, 0), Math.max(maxy - miny, 0));
        }
        sub.scissorDirtyMask = 0;
    }
}
