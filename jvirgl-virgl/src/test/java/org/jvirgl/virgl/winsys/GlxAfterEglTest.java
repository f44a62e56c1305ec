package org.jvirgl.virgl.winsys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GL45C;

/**
 * The other loading order (a JVM of its own, like every GLX test class): an EGL host loads GL
 * through eglGetProcAddress first, and a GLX host opened afterwards still renders, since the
 * GLX winsys binds glX* itself and GL's dispatch stubs follow the current context.
 */
class GlxAfterEglTest {

    @Test
    void aGlxHostRendersInAProcessWhereEglLoadedGl() {
        try (GlHost egl = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE)) {
            egl.root().release();
            try (XvfbDisplay x = XvfbDisplay.start();
                    GlHost glx = GlHost.open(GlxWinsys.open(x.name(), message -> { }), GlProfile.CORE)) {
                assertThat(GL11C.glGetString(GL11C.GL_VERSION)).contains("Core Profile");
                int tex = GL45C.glCreateTextures(GL11C.GL_TEXTURE_2D);
                GL45C.glTextureStorage2D(tex, 1, GL11C.GL_RGBA8, 8, 8);
                GlxWinsysTest.clear(tex, 0f, 1f, 1f);
                assertThat(GlxWinsysTest.readCorner(tex)).isEqualTo(0xffffff00);
                GL11C.glDeleteTextures(tex);
                glx.root().release();
            }
        }
    }
}
