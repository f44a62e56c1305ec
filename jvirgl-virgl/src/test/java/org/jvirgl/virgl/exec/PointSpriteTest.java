package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirgl.virgl.exec.DrawScene.COLOR_FS;
import static org.jvirgl.virgl.exec.DrawScene.draw;
import static org.jvirgl.virgl.exec.DrawScene.runAndRead;
import static org.jvirgl.virgl.exec.DrawScene.vertices;

import org.junit.jupiter.api.Test;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RasterizerState;

/**
 * Sprite coordinates replace the enabled texcoords wherever points are rasterized, including
 * polygons drawn with glPolygonMode(GL_POINT) (piglit arb_point_sprite-mipmap, polygon pass).
 */
class PointSpriteTest extends SharedHostTest {
    private static final int SIZE = 16;
    private static final int POLYGON_MODE_POINT = 2;

    /** Draws one triangle (vertex colour blue) as 8-pixel sprites; returns the texel at its first vertex. */
    private int drawTriangleAsPoints(int fillMode) {
        try (ExecutorFixture f = drawingFixture()) {
            int flags = RasterizerState.POINT_QUAD_RASTERIZATION | RasterizerState.HALF_PIXEL_CENTER
                | RasterizerState.DEPTH_CLIP | fillMode << RasterizerState.FILL_FRONT_SHIFT
                | fillMode << RasterizerState.FILL_BACK_SHIFT;
            CommandEncoder e = vertices(f, DrawScene.setup(f, SIZE, COLOR_FS), 2, new float[] {
                -0.5f, -0.5f, 0, 1, 0, 0, 1, 1,
                0.5f, -0.5f, 0, 1, 0, 0, 1, 1,
                -0.5f, 0.5f, 0, 1, 0, 0, 1, 1,
            })
                .createRasterizer(3, new RasterizerState(flags, 8f, 1, 0, 0, 0, 1f, 0f, 0f, 0f))
                .bindObject(VirglObjectType.RASTERIZER, 3);
            return runAndRead(f, draw(e), SIZE / 4, SIZE / 4);
        }
    }

    @Test
    void aPolygonDrawnAsPointsGetsSpriteCoordinatesInsteadOfItsTexcoord() {
        int texel = drawTriangleAsPoints(POLYGON_MODE_POINT);
        // s and t near 0.5 inside the sprite, b = 0 (sprite coordinates are (s, t, 0, 1), not blue).
        assertThat(texel & 0xff).isBetween(0x60, 0xa0);
        assertThat(texel >>> 8 & 0xff).isBetween(0x60, 0xa0);
        assertThat(texel >>> 16 & 0xff).isZero();
    }

    @Test
    void aFilledPolygonKeepsItsTexcoord() {
        assertThat(drawTriangleAsPoints(0)).isEqualTo(0xffff0000);
    }
}
