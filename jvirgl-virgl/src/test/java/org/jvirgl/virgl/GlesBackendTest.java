package org.jvirgl.virgl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.jvirgl.api.GlContextParams;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglException;
import org.jvirgl.virgl.gl.HostApi;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.virgl.winsys.GlVersion;
import org.junit.jupiter.api.Test;
import org.lwjgl.egl.EGL14;

/** Starting the VirGL backend as a GLES host (own JVM: the process is claimed for GLES). */
class GlesBackendTest {

    private static VirglBackend start(TestEnvironment env) {
        return VirglBackend.start(env, ctx -> { throw new UnsupportedOperationException(); });
    }

    @Test
    void useGlesStartsOnSurfacelessEs() {
        TestEnvironment env = new TestEnvironment(RendererFlag.USE_GLES, RendererFlag.USE_EGL,
                RendererFlag.USE_SURFACELESS);
        try (VirglBackend backend = start(env)) {
            assertThat(backend.glHost().profile()).isEqualTo(GlProfile.ES);
            assertThat(backend.hostCaps().isEs()).isTrue();
            assertThat(env.logs).anyMatch(l -> l.contains("OpenGL ES 3.2"));
            assertThat(HostApi.current()).isEqualTo(HostApi.GLES);
        }
    }

    @Test
    void useGlesWithGlxIsRefusedClearly() {
        TestEnvironment env = new TestEnvironment(RendererFlag.USE_GLES, RendererFlag.USE_GLX);
        assertThatThrownBy(() -> start(env))
                .isInstanceOf(VirglException.class)
                .hasMessageContaining("USE_GLES needs EGL");
    }

    @Test
    void aDesktopBackendInAGlesProcessIsRefusedBeforeAnyGlCall() {
        HostApi.claim(HostApi.GLES);
        TestEnvironment env = new TestEnvironment(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS);
        assertThatThrownBy(() -> start(env))
                .isInstanceOf(VirglException.class)
                .hasMessageContaining("one host API per process");
    }

    @Test
    void theEmbeddersContextsServeAGlesHost() {
        EsEmbedder embedder = new EsEmbedder();
        try (VirglBackend backend = start(new TestEnvironment(embedder, RendererFlag.USE_GLES))) {
            assertThat(backend.hostCaps().isEs()).isTrue();
            assertThat(backend.hostCaps().version()).isEqualTo(new GlVersion(3, 2));
            assertThat(embedder.created.get()).isPositive();
        } finally {
            embedder.egl.close();
        }
    }

    /** An embedder that makes OpenGL ES contexts of the versions asked for. */
    static final class EsEmbedder implements RendererCallbacks {
        final EglWinsys egl = EglWinsys.openSurfaceless(HostApi.GLES);
        final AtomicInteger created = new AtomicInteger();

        @Override
        public boolean providesGlContexts() {
            return true;
        }

        @Override
        public long createGlContext(Object cookie, int scanoutIdx, GlContextParams p) {
            long share = p.shared() ? EGL14.eglGetCurrentContext() : 0;
            long ctx = egl.createContext(new GlVersion(p.majorVersion(), p.minorVersion()), GlProfile.ES, share);
            if (ctx != 0) {
                created.incrementAndGet();
            }
            return ctx;
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
}
