package org.jvirgl.virgl.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.wire.format.VirglFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lwjgl.opengl.GL46C;

/**
 * Gallium lets a guest make a rectangle texture of a compressed format (Mesa asks per format,
 * not per target, as piglit's arb_internalformat_query2 tests do); GL refuses such storage.
 */
class CompressedRectangleTest {
    private static final int TARGET_RECT = 5;

    private static GlFixture gl;

    @BeforeAll
    static void open() {
        gl = new GlFixture();
    }

    @AfterAll
    static void close() {
        gl.close();
    }

    @Test
    void aCompressedRectangleResourceGetsTwoDimensionalStorage() {
        var args = new ResourceCreateArgs(1, TARGET_RECT, VirglFormat.DXT1_RGB, 0x8, 16, 16, 1, 1, 0, 0, 0);
        try (GlResource r = gl.factory.create(args)) {
            assertThat(r.glTarget()).isEqualTo(GL46C.GL_TEXTURE_2D);
            assertThat(GL46C.glGetTextureParameteri(r.glName(), GL46C.GL_TEXTURE_IMMUTABLE_FORMAT)).isEqualTo(1);
        }
    }

    @Test
    void anUncompressedRectangleStaysARectangle() {
        var args = new ResourceCreateArgs(2, TARGET_RECT, VirglFormat.R8G8B8A8_UNORM, 0x8, 20, 10, 1, 1, 0, 0, 0);
        try (GlResource r = gl.factory.create(args)) {
            assertThat(r.glTarget()).isEqualTo(GL46C.GL_TEXTURE_RECTANGLE);
        }
    }
}
