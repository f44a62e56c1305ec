package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.FixedFunctionCalls.glPointParameteri;
import static org.jvirgl.virgl.gl.FixedFunctionCalls.glPointSize;
import static org.jvirgl.virgl.gl.FixedFunctionCalls.glPolygonOffsetClamp;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.wire.state.RasterizerState;

/** Rasterizer object → GL. Winding depends on the render target's origin (pitfall 17). */
final class RasterizerEmitter {
    private RasterizerEmitter() {
    }

    static void emit(SubContext sub, GlStateCache gl) {
        RasterizerState rs = sub.rasterizer.state();
        gl.set(GlCap.DEPTH_CLAMP, !rs.depthClip());
        gl.set(GlCap.PROGRAM_POINT_SIZE, rs.pointSizePerVertex());
        if (!rs.pointSizePerVertex() && rs.pointSize() > 0) {
            glPointSize(rs.pointSize());
        }
        // The guest sometimes leaves the width unset (0); GL rejects that.
        glLineWidth(rs.lineWidth() > 0 ? rs.lineWidth() : 1f);
        gl.set(GlCap.RASTERIZER_DISCARD, rs.rasterizerDiscard());
        // Core profile has no separate front/back polygon modes; front wins, as upstream warns.
        gl.polygonMode(GalliumGl.polygonMode(rs.fillFront()));
        gl.set(GlCap.POLYGON_OFFSET_FILL, rs.offsetTri());
        gl.set(GlCap.POLYGON_OFFSET_LINE, rs.offsetLine());
        gl.set(GlCap.POLYGON_OFFSET_POINT, rs.offsetPoint());
        if (rs.offsetTri() || rs.offsetLine() || rs.offsetPoint()) {
            var glCaps = org.lwjgl.opengl.GL.getCapabilities();
            // EXT_polygon_offset_clamp is the same entry point (GLES hosts have only the EXT).
            if (rs.offsetClamp() != 0f && (glCaps.GL_ARB_polygon_offset_clamp || glCaps.GL_EXT_polygon_offset_clamp)) {
                glPolygonOffsetClamp(rs.offsetScale(), rs.offsetUnits(), rs.offsetClamp());
            } else {
                glPolygonOffset(rs.offsetScale(), rs.offsetUnits());
            }
        }
        gl.clipControl(rs.clipHalfz() ? GL_ZERO_TO_ONE : GL_NEGATIVE_ONE_TO_ONE);
        gl.provokingVertex(rs.flatshadeFirst() ? GL_FIRST_VERTEX_CONVENTION : GL_LAST_VERTEX_CONVENTION);
        if (rs.pointQuadRasterization()) {
            // Rendering is y-inverted relative to Gallium, so the origin flips too (as upstream).
            glPointParameteri(GL_POINT_SPRITE_COORD_ORIGIN, rs.spriteCoordMode() ? GL_UPPER_LEFT : GL_LOWER_LEFT);
        }
        switch (rs.cullFace()) {
            case 1 -> cull(gl, GL_FRONT);
            case 2 -> cull(gl, GL_BACK);
            case 3 -> cull(gl, GL_FRONT_AND_BACK);
            default -> gl.set(GlCap.CULL_FACE, false);
        }
        gl.set(GlCap.SCISSOR_TEST, rs.scissor());
        gl.set(GlCap.MULTISAMPLE, rs.multisample());
        gl.set(GlCap.LINE_SMOOTH, rs.lineSmooth());
        gl.set(GlCap.POLYGON_SMOOTH, rs.polySmooth());
    }

    /** Gallium's front_ccw is relative to a Y_0_TOP target; GL renders bottom-up. */
    static void emitFrontFace(SubContext sub, GlStateCache gl) {
        boolean ccw = sub.rasterizer.state().frontCcw() ^ !sub.fbOriginUpperLeft;
        gl.frontFace(ccw ? GL_CCW : GL_CW);
    }

    private static void cull(GlStateCache gl, int face) {
        gl.set(GlCap.CULL_FACE, true);
        gl.cullFace(face);
    }
}
