package org.jvirgl.virgl.winsys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GL32C;
import org.lwjgl.opengl.GL45C;

class GlHostTest {

    @Test
    void aSurfacelessHostGivesACoreContextOfAtLeast33() {
        try (GlHost host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE)) {
            assertThat(host.version().atLeast(3, 3)).isTrue();
            assertThat(GL11C.glGetString(GL11C.GL_VERSION)).contains("Core Profile");
            assertThat(host.winsys().eglDisplay()).isNotZero();
        }
    }

    @Test
    void aHostThatOnlyGivesGl43IsRefusedWithTheVersionItNeeds() {
        try (EglWinsys egl = EglWinsys.openSurfaceless()) {
            EmbedderWinsys old = new EmbedderWinsys(new CappedVersions(egl, new GlVersion(4, 3)), null);
            assertThatThrownBy(() -> GlHost.open(old, GlProfile.CORE))
                .isInstanceOf(WinsysException.class)
                .hasMessageContaining("GL 4.3")
                .hasMessageContaining("needs GL 4.5");
        }
    }

    /** Embedder callbacks over a real EGL winsys that refuse every version above {@code newest}. */
    private record CappedVersions(EglWinsys egl, GlVersion newest) implements org.jvirgl.api.RendererCallbacks {
        @Override
        public boolean providesGlContexts() {
            return true;
        }

        @Override
        public long createGlContext(Object cookie, int scanoutIdx, org.jvirgl.api.GlContextParams params) {
            GlVersion v = new GlVersion(params.majorVersion(), params.minorVersion());
            return v.compareTo(newest) > 0 ? 0 : egl.createContext(v, GlProfile.CORE, 0);
        }

        @Override
        public void destroyGlContext(Object cookie, long glContext) {
            egl.destroyContext(glContext);
        }

        @Override
        public int makeCurrent(Object cookie, int scanoutIdx, long glContext) {
            if (glContext == 0) {
                egl.releaseCurrent();
                return 0;
            }
            return egl.makeCurrent(glContext) ? 0 : -1;
        }

        @Override
        public long getEglDisplay(Object cookie) {
            return egl.eglDisplay();
        }
    }

    @Test
    void theCompatibilityProfileIsAvailableOnRequest() {
        try (GlHost host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.COMPATIBILITY)) {
            assertThat(GL11C.glGetString(GL11C.GL_VERSION)).contains("Compatibility Profile");
        }
    }

    @Test
    void aSharedContextSeesTheRootsTextures() {
        try (GlHost host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE);
                GlContext other = host.createSharedContext()) {
            host.root().makeCurrent();
            int tex = GL45C.glCreateTextures(GL11C.GL_TEXTURE_2D);
            GL45C.glTextureStorage2D(tex, 1, GL11C.GL_RGBA8, 4, 4);
            other.makeCurrent();
            assertThat(GL11C.glIsTexture(tex)).isTrue();
            assertThat(GL45C.glGetTextureLevelParameteri(tex, 0, GL11C.GL_TEXTURE_WIDTH)).isEqualTo(4);
            host.root().makeCurrent();
            GL11C.glDeleteTextures(tex);
        }
    }

    @Test
    void twoHostsRunOnTwoThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(GlHostTest::clearAndRead, pool);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(GlHostTest::clearAndRead, pool);
            assertThat(a.get()).isEqualTo(0xff0000ff);
            assertThat(b.get()).isEqualTo(0xff0000ff);
        } finally {
            pool.shutdown();
        }
    }

    private static int clearAndRead() {
        try (GlHost host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE)) {
            int tex = GL45C.glCreateTextures(GL11C.GL_TEXTURE_2D);
            GL45C.glTextureStorage2D(tex, 1, GL11C.GL_RGBA8, 8, 8);
            int fbo = GL45C.glCreateFramebuffers();
            GL45C.glNamedFramebufferTexture(fbo, GL32C.GL_COLOR_ATTACHMENT0, tex, 0);
            GL45C.glBindFramebuffer(GL32C.GL_FRAMEBUFFER, fbo);
            GL11C.glClearColor(1, 0, 0, 1);
            GL11C.glClear(GL11C.GL_COLOR_BUFFER_BIT);
            int[] px = new int[1];
            GL11C.glReadPixels(3, 3, 1, 1, GL11C.GL_RGBA, GL11C.GL_UNSIGNED_BYTE, px);
            GL45C.glDeleteFramebuffers(fbo);
            GL11C.glDeleteTextures(tex);
            host.root().release();
            return px[0];
        }
    }

    @Test
    void aDrmFdThatIsNotADeviceIsRefusedClearly() {
        assertThatThrownBy(() -> EglWinsys.openDrmDevice(-1)).isInstanceOf(WinsysException.class);
        assertThatThrownBy(() -> EglWinsys.openDrmDevice(0))
                .isInstanceOf(WinsysException.class)
                .hasMessageContaining("fd 0");
    }
}
