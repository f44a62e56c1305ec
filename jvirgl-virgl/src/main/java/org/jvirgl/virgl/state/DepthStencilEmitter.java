package org.jvirgl.virgl.state;

import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.StencilState;

/**
 * Depth and stencil state from the bound DSA object and the stencil references. Alpha test
 * has no core-profile GL state: it lives in the fragment shader key.
 */
final class DepthStencilEmitter {
    private DepthStencilEmitter() {
    }

    static void emitDepth(DepthStencilAlphaState dsa, GlStateCache gl) {
        gl.set(GlCap.DEPTH_TEST, dsa.depthEnabled());
        if (dsa.depthEnabled()) {
            glDepthFunc(GalliumGl.compareFunc(dsa.depthFunc()));
            glDepthMask(dsa.depthWritemask());
        }
    }

    static void emitStencil(SubContext sub, GlStateCache gl) {
        DepthStencilAlphaState dsa = sub.dsa.state();
        StencilState front = dsa.front();
        StencilState back = dsa.back();
        if (!front.enabled()) {
            gl.set(GlCap.STENCIL_TEST, false);
            return;
        }
        gl.set(GlCap.STENCIL_TEST, true);
        // Without two-sided stencil the front setup (and front reference) applies to both faces.
        face(GL_FRONT, front, sub.stencilRefFront);
        if (back.enabled()) {
            face(GL_BACK, back, sub.stencilRefBack);
        } else {
            face(GL_BACK, front, sub.stencilRefFront);
        }
    }

    private static void face(int face, StencilState s, int ref) {
        glStencilOpSeparate(face, GalliumGl.stencilOp(s.failOp()), GalliumGl.stencilOp(s.zfailOp()),
            GalliumGl.stencilOp(s.zpassOp()));
        glStencilFuncSeparate(face, GalliumGl.compareFunc(s.func()), ref, s.valueMask());
        glStencilMaskSeparate(face, s.writeMask());
    }
}
