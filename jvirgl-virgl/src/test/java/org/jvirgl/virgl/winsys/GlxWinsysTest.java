package org.jvirgl.virgl.winsys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GL32C;
import org.lwjgl.opengl.GL45C;

/**
 * The GLX winsys on Xvfb. Runs in a JVM of its own (surefire execution "glx"), and opens GLX
 * before anything else, so GL is loaded through libGL's glXGetProcAddress here; the last test
 * shows an EGL host still works in such a process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlxWinsysTest {

    private final List<String> strayErrors = new CopyOnWriteArrayList<>();
    private XvfbDisplay x;
    private GlHost host;

    @BeforeAll
    void openDisplay() {
        x = XvfbDisplay.start();
        host = GlHost.open(GlxWinsys.open(x.name(), strayErrors::add), GlProfile.CORE);
    }

    @AfterAll
    void closeDisplay() {
        if (host != null) {
            host.close();
        }
        if (x != null) {
            x.close();
        }
    }

    @Test
    void theRootContextIsACoreProfileOfAtLeastTheRequiredVersion() {
        host.root().makeCurrent();
        assertThat(host.version().atLeast(GlVersion.REQUIRED.major(), GlVersion.REQUIRED.minor())).isTrue();
        assertThat(GL11C.glGetString(GL11C.GL_VERSION)).contains("Core Profile");
        assertThat(host.winsys().describe()).startsWith("GLX on X display " + x.name());
        assertThat(host.winsys().eglDisplay()).isZero();
    }

    @Test
    void anXErrorOutsideJvirglsOwnGlxCallsIsLoggedInsteadOfEndingTheProcess() {
        // Another connection of this process makes a request the server refuses (destroying a
        // pbuffer that does not exist): Xlib's default handler would print it and exit.
        GlxLibrary lib = GlxLibrary.get();
        MemorySegment other = lib.openDisplay(x.name());
        try {
            lib.destroyPbuffer(other, 0x7ffff0L);
            lib.sync(other);
        } finally {
            lib.closeDisplay(other);
        }
        assertThat(strayErrors).singleElement().asString().startsWith("X error outside a GLX call, ignored: error ");
        strayErrors.clear();
    }

    @Test
    void aVersionTheHostLacksYieldsNoContextInsteadOfEndingTheProcess() {
        // Xlib's default handler would exit on the GLXBadFBConfig this raises.
        assertThat(host.winsys().createContext(new GlVersion(9, 9), GlProfile.CORE, 0)).isZero();
        host.root().makeCurrent();
        assertThat(GL11C.glGetString(GL11C.GL_VERSION)).isNotEmpty();
    }

    @Test
    void aSharedContextDrawsIntoATextureTheRootReadsBack() {
        host.root().makeCurrent();
        int tex = GL45C.glCreateTextures(GL11C.GL_TEXTURE_2D);
        GL45C.glTextureStorage2D(tex, 1, GL11C.GL_RGBA8, 8, 8);
        try (GlContext other = host.createSharedContext()) {
            other.makeCurrent();
            clear(tex, 0f, 1f, 0f);
            GL11C.glFinish();
            host.root().makeCurrent();
            assertThat(readCorner(tex)).isEqualTo(0xff00ff00);
        } finally {
            host.root().makeCurrent();
            GL11C.glDeleteTextures(tex);
        }
    }

    @Test
    void aSecondThreadBindsItsOwnSharedContextAndWaitsOnTheRootsFence() throws Exception {
        host.root().makeCurrent();
        int tex = GL45C.glCreateTextures(GL11C.GL_TEXTURE_2D);
        GL45C.glTextureStorage2D(tex, 1, GL11C.GL_RGBA8, 8, 8);
        clear(tex, 0f, 0f, 1f);
        long sync = GL32C.glFenceSync(GL32C.GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
        GL11C.glFlush();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (GlContext syncContext = host.createSharedContext()) {
            host.root().makeCurrent();
            int seen = thread.submit(() -> {
                syncContext.makeCurrent();
                try {
                    int r = GL32C.glClientWaitSync(sync, GL32C.GL_SYNC_FLUSH_COMMANDS_BIT, TimeUnit.SECONDS.toNanos(30));
                    assertThat(r).isIn(GL32C.GL_ALREADY_SIGNALED, GL32C.GL_CONDITION_SATISFIED);
                    return readCorner(tex);
                } finally {
                    syncContext.release();
                }
            }).get(1, TimeUnit.MINUTES);
            assertThat(seen).isEqualTo(0xffff0000);
        } finally {
            thread.shutdown();
            host.root().makeCurrent();
            GL32C.glDeleteSync(sync);
            GL11C.glDeleteTextures(tex);
        }
    }

    @Test
    void bindingAContextThatIsCurrentOnAnotherThreadIsRefused() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (GlContext busy = host.createSharedContext()) {
            busy.makeCurrent();
            // EGL refuses this; Mesa's GLX would allow it (other libGLs raise BadAccess, which
            // Xlib's default handler turns into exit()).
            boolean bound = thread.submit(() -> host.winsys().makeCurrent(busy.handle())).get(1, TimeUnit.MINUTES);
            assertThat(bound).isFalse();
            assertThat(GL11C.glGetString(GL11C.GL_VERSION)).isNotEmpty();
        } finally {
            thread.shutdown();
            host.root().makeCurrent();
        }
    }

    @Test
    void theCompatibilityProfileIsAvailableOnRequest() {
        try (GlHost compat = GlHost.open(GlxWinsys.open(x.name(), strayErrors::add), GlProfile.COMPATIBILITY)) {
            assertThat(GL11C.glGetString(GL11C.GL_VERSION)).contains("Compatibility Profile");
        } finally {
            host.root().makeCurrent();
        }
    }

    @Test
    void aDisplayThatCannotBeOpenedIsRefusedClearly() {
        assertThatThrownBy(() -> GlxWinsys.open("unix:64999", strayErrors::add)).isInstanceOf(WinsysException.class)
                .hasMessageContaining("cannot open X display unix:64999");
    }

    @Test
    void anEglHostStillRunsInAProcessWhereGlxLoadedGl() {
        // glvnd refuses to bind an EGL context over a current GLX one on the same thread.
        host.root().release();
        try (GlHost egl = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE)) {
            int tex = GL45C.glCreateTextures(GL11C.GL_TEXTURE_2D);
            GL45C.glTextureStorage2D(tex, 1, GL11C.GL_RGBA8, 8, 8);
            clear(tex, 1f, 0f, 0f);
            assertThat(readCorner(tex)).isEqualTo(0xff0000ff);
            GL11C.glDeleteTextures(tex);
            egl.root().release();
        } finally {
            host.root().makeCurrent();
        }
    }

    /** Clears {@code tex} through a framebuffer of the current context. */
    static void clear(int tex, float r, float g, float b) {
        int fbo = GL45C.glCreateFramebuffers();
        GL45C.glNamedFramebufferTexture(fbo, GL32C.GL_COLOR_ATTACHMENT0, tex, 0);
        GL45C.glBindFramebuffer(GL32C.GL_FRAMEBUFFER, fbo);
        GL11C.glClearColor(r, g, b, 1);
        GL11C.glClear(GL11C.GL_COLOR_BUFFER_BIT);
        GL45C.glBindFramebuffer(GL32C.GL_FRAMEBUFFER, 0);
        GL45C.glDeleteFramebuffers(fbo);
    }

    /** One RGBA8 texel of {@code tex} as a little-endian int (0xAABBGGRR). */
    static int readCorner(int tex) {
        int[] px = new int[1];
        GL45C.glGetTextureSubImage(tex, 0, 3, 3, 0, 1, 1, 1, GL11C.GL_RGBA, GL11C.GL_UNSIGNED_BYTE, px);
        return px[0];
    }
}
