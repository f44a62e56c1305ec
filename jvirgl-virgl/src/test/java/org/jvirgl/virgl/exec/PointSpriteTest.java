package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.encode.CommandEncoder;
import org.jvirgl.wire.state.RasterizerState;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.StreamOutputInfo;
import org.jvirgl.wire.state.SurfaceState;
import org.jvirgl.wire.state.VertexElement;

/**
 * Sprite coordinates replace the enabled texcoords wherever points are rasterized, including
 * polygons drawn with glPolygonMode(GL_POINT) (piglit arb_point_sprite-mipmap, polygon pass).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointSpriteTest {
    private static final int VS = 0;
    private static final int FS = 1;
    private static final int TRIANGLES = 4;
    private static final int SIZE = 16;
    private static final int RGBA8 = TestResources.R8G8B8A8;
    private static final int POLYGON_MODE_POINT = 2;

    private GlHost host;

    @BeforeAll
    void openHost() {
        host = ExecutorFixture.openHost();
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    /** Draws one triangle (vertex colour blue) as 8-pixel sprites; returns the texel at its first vertex. */
    private int drawTriangleAsPoints(int fillMode) {
        try (ExecutorFixture f = new ExecutorFixture(host, (shader, key) -> GlslTranslator.translate(shader, key,
                HostProfile.LLVMPIPE_CORE))) {
            f.resources.texture2d(1, RGBA8, SIZE, SIZE);
            f.resources.buffer(2, 3 * 32);
            f.resources.upload(2, new float[] {
                -0.5f, -0.5f, 0, 1, 0, 0, 1, 1,
                0.5f, -0.5f, 0, 1, 0, 0, 1, 1,
                -0.5f, 0.5f, 0, 1, 0, 0, 1, 1,
            });
            int flags = RasterizerState.POINT_QUAD_RASTERIZATION | RasterizerState.HALF_PIXEL_CENTER
                | RasterizerState.DEPTH_CLIP | fillMode << RasterizerState.FILL_FRONT_SHIFT
                | fillMode << RasterizerState.FILL_BACK_SHIFT;
            CommandEncoder e = new CommandEncoder()
                .createSurface(10, new SurfaceState(1, RGBA8, 0, 0, 0))
                .setFramebufferState(0, 10)
                .clear(4, RawColor.ofFloats(0f, 0f, 0f, 0f), 1.0, 0)
                .setViewportStates(0, SIZE / 2f, SIZE / 2f, 0.5f, SIZE / 2f, SIZE / 2f, 0.5f)
                .createRasterizer(3, new RasterizerState(flags, 8f, 1, 0, 0, 0, 1f, 0f, 0f, 0f))
                .bindObject(VirglObjectType.RASTERIZER, 3)
                .createShader(20, VS, DrawTest.PASS_VS, 100, StreamOutputInfo.NONE)
                .createShader(21, FS, DrawTest.COLOR_FS, 100, StreamOutputInfo.NONE)
                .bindShader(20, VS)
                .bindShader(21, FS)
                .createVertexElements(30, List.of(new VertexElement(0, 0, 0, TestResources.R32G32B32A32_FLOAT),
                    new VertexElement(16, 0, 0, TestResources.R32G32B32A32_FLOAT)))
                .bindObject(VirglObjectType.VERTEX_ELEMENTS, 30)
                .setVertexBuffers(32, 0, 2)
                .drawVbo(0, 3, TRIANGLES, false, 1, 0, 0, false, 0, 0, -1, 0);
            DecodeResult r = f.run(e);
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(f.log).isEmpty();
            return f.resources.texel(1, SIZE / 4, SIZE / 4);
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
