package org.jvirgl.virgl.winsys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.jvirgl.virgl.gl.HostApi;
import org.junit.jupiter.api.Test;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GL45C;

/** A GLES host's share group (own JVM: the process is claimed for GLES). */
class GlesHostTest {

    @Test
    void aSurfacelessGlesHostOpensEs32AndClaimsGles() {
        try (GlHost host = GlHost.open(EglWinsys.openSurfaceless(HostApi.GLES), GlProfile.ES)) {
            assertThat(host.version()).isEqualTo(new GlVersion(3, 2));
            assertThat(host.profile()).isEqualTo(GlProfile.ES);
            assertThat(GL11C.glGetString(GL11C.GL_VERSION)).startsWith("OpenGL ES 3.2");
            assertThat(HostApi.current()).isEqualTo(HostApi.GLES);
            assertThat(host.winsys().describe()).contains("OpenGL ES");
        }
    }

    @Test
    void theFullFunctionTableIsLoadedSoEsEntryPointsAbove32CanBeCalled() {
        try (GlHost host = GlHost.open(EglWinsys.openSurfaceless(HostApi.GLES), GlProfile.ES)) {
            // Opening leaves no error behind (LWJGL's own probing asks for desktop-only state).
            assertThat(GL11C.glGetError()).isEqualTo(GL11C.GL_NO_ERROR);
            assertThat(host.root().capabilities().OpenGL45).isTrue();
            assertThat(host.root().capabilities().glTexStorage2DMultisample).isNotZero();
            // ES 3.1 has it; LWJGL's own version check would have left it unloaded ("GL 3.2").
            int tex = GL11C.glGenTextures();
            GL11C.glBindTexture(GL45C.GL_TEXTURE_2D_MULTISAMPLE, tex);
            GL45C.glTexStorage2DMultisample(GL45C.GL_TEXTURE_2D_MULTISAMPLE, 4, GL11C.GL_RGBA8, 8, 8, true);
            assertThat(GL11C.glGetError()).isEqualTo(GL11C.GL_NO_ERROR);
            GL11C.glDeleteTextures(tex);
            // A desktop-only call is an error, not an abort.
            GL11C.glPolygonMode(GL11C.GL_FRONT_AND_BACK, GL11C.GL_LINE);
            assertThat(GL11C.glGetError()).isNotEqualTo(GL11C.GL_NO_ERROR);
        }
    }

    @Test
    void sharedContextsAreEsAndWorkOnOtherThreads() throws Exception {
        try (GlHost host = GlHost.open(EglWinsys.openSurfaceless(HostApi.GLES), GlProfile.ES)) {
            GlContext shared = host.createSharedContext();
            String version = CompletableFuture.supplyAsync(() -> {
                shared.makeCurrent();
                String v = GL11C.glGetString(GL11C.GL_VERSION);
                shared.release();
                return v;
            }).get();
            assertThat(version).startsWith("OpenGL ES 3.2");
            host.root().makeCurrent();
            assertThat(GL.getCapabilities()).isSameAs(host.root().capabilities());
            shared.close();
        }
    }

    @Test
    void aDesktopHostInAGlesProcessIsRefusedClearly() {
        try (GlHost es = GlHost.open(EglWinsys.openSurfaceless(HostApi.GLES), GlProfile.ES)) {
            assertThatThrownBy(() -> GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE))
                    .isInstanceOf(WinsysException.class)
                    .hasMessageContaining("GLES")
                    .hasMessageContaining("one host API per process");
            assertThatThrownBy(() -> HostApi.claim(HostApi.DESKTOP_GL)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anEsWinsysMakesNoDesktopContextsAndADesktopOneNoEsContexts() {
        try (EglWinsys es = EglWinsys.openSurfaceless(HostApi.GLES)) {
            assertThat(es.api()).isEqualTo(HostApi.GLES);
            assertThatThrownBy(() -> es.createContext(new GlVersion(4, 5), GlProfile.CORE, 0))
                    .isInstanceOf(WinsysException.class);
        }
    }

    @Test
    void anEsVersionTheHostLacksGivesNoContext() {
        try (EglWinsys es = EglWinsys.openSurfaceless(HostApi.GLES)) {
            assertThat(es.createContext(new GlVersion(3, 9), GlProfile.ES, 0)).isZero();
        }
    }
}
