package org.jvirgl.virgl.winsys;

import static org.lwjgl.egl.EGL10.EGL_ALPHA_SIZE;
import static org.lwjgl.egl.EGL10.EGL_BLUE_SIZE;
import static org.lwjgl.egl.EGL10.EGL_EXTENSIONS;
import static org.lwjgl.egl.EGL10.EGL_GREEN_SIZE;
import static org.lwjgl.egl.EGL10.EGL_NONE;
import static org.lwjgl.egl.EGL10.EGL_NO_CONTEXT;
import static org.lwjgl.egl.EGL10.EGL_NO_DISPLAY;
import static org.lwjgl.egl.EGL10.EGL_NO_SURFACE;
import static org.lwjgl.egl.EGL10.EGL_RED_SIZE;
import static org.lwjgl.egl.EGL10.EGL_SURFACE_TYPE;
import static org.lwjgl.egl.EGL10.EGL_PBUFFER_BIT;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_ES_API;
import static org.lwjgl.egl.EGL12.EGL_RENDERABLE_TYPE;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_BIT;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MAJOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MINOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_COMPATIBILITY_PROFILE_BIT;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_PROFILE_MASK;

import java.util.Set;
import org.jvirgl.virgl.gl.HostApi;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.egl.EGL12;
import org.lwjgl.egl.EGL14;
import org.lwjgl.egl.EGLCapabilities;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * An EGL display that jvirgl opens itself: Mesa's surfaceless platform by default, or the GBM
 * platform over a DRM render-node fd the embedder hands in ({@code get_drm_fd}).
 *
 * <p>A winsys speaks one client API, chosen when it is opened: desktop OpenGL, or OpenGL ES 3
 * for a GLES host. EGL's bound API is per thread, so it is bound again before every context
 * creation and every make-current.
 *
 * <p>The display is never terminated: EGL displays are per process (the same platform and
 * native display yield the same handle), so {@code eglTerminate} from one renderer would pull
 * the display from under every other renderer in the process. Closing destroys only what this
 * winsys created.
 */
public final class EglWinsys implements GlWinsys {

    // Not in LWJGL's constants: EGL_MESA_platform_surfaceless / EGL_KHR_platform_gbm.
    static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    static final int EGL_PLATFORM_GBM_KHR = 0x31D7;
    // EGL_KHR_create_context: a config that can make OpenGL ES 3.x contexts.
    static final int EGL_OPENGL_ES3_BIT = 0x40;

    private final long display;
    private final long config;
    private final String description;
    private final GbmDevice gbm;
    private final HostApi api;

    private EglWinsys(long display, long config, String description, GbmDevice gbm, HostApi api) {
        this.display = display;
        this.config = config;
        this.description = description;
        this.gbm = gbm;
        this.api = api;
    }

    /** Opens Mesa's surfaceless platform for desktop OpenGL. */
    public static EglWinsys openSurfaceless() {
        return openSurfaceless(HostApi.DESKTOP_GL);
    }

    /** Opens Mesa's surfaceless platform (no window system, no device node needed) for {@code api}. */
    public static EglWinsys openSurfaceless(HostApi api) {
        GlLibrary.ensureLoaded();
        Set<String> client = clientExtensions();
        if (!client.contains("EGL_MESA_platform_surfaceless")) {
            throw new WinsysException("EGL has no EGL_MESA_platform_surfaceless (client extensions: "
                    + client + ")");
        }
        long display = platformDisplay(EGL_PLATFORM_SURFACELESS_MESA, 0);
        return initialize(display, "EGL surfaceless", null, api);
    }

    /** Opens the GBM platform on a DRM device fd for desktop OpenGL. */
    public static EglWinsys openDrmDevice(int drmFd) {
        return openDrmDevice(drmFd, HostApi.DESKTOP_GL);
    }

    /**
     * Opens the GBM platform on a DRM device fd (the fd stays owned by the caller) for
     * {@code api}. Refuses clearly when libgbm or the GBM platform is missing or the fd is not
     * a DRM device.
     */
    public static EglWinsys openDrmDevice(int drmFd, HostApi api) {
        GlLibrary.ensureLoaded();
        Set<String> client = clientExtensions();
        if (!client.contains("EGL_KHR_platform_gbm") && !client.contains("EGL_MESA_platform_gbm")) {
            throw new WinsysException("EGL has no GBM platform; cannot render on DRM fd " + drmFd);
        }
        GbmDevice gbm = GbmDevice.open(drmFd);
        try {
            long display = platformDisplay(EGL_PLATFORM_GBM_KHR, gbm.address());
            return initialize(display, "EGL GBM on DRM fd " + drmFd, gbm, api);
        } catch (RuntimeException e) {
            gbm.close();
            throw e;
        }
    }

    private static Set<String> clientExtensions() {
        // LWJGL does not parse client extensions; EGL_NO_DISPLAY asks for exactly those.
        String ext = EGL10.eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
        return ext == null ? Set.of() : Set.of(ext.trim().split("\\s+"));
    }

    private static long platformDisplay(int platform, long nativeDisplay) {
        EGLCapabilities caps = EGL.getCapabilities();
        // LWJGL's wrappers throw on a NULL native display, which surfaceless requires, so the
        // entry point is called directly.
        long fn = caps.eglGetPlatformDisplay != 0 ? caps.eglGetPlatformDisplay : caps.eglGetPlatformDisplayEXT;
        if (fn == 0) {
            throw new WinsysException("EGL has neither eglGetPlatformDisplay nor eglGetPlatformDisplayEXT");
        }
        long display = JNI.callPPP(platform, nativeDisplay, 0L, fn);
        if (display == EGL_NO_DISPLAY) {
            throw new WinsysException(String.format("eglGetPlatformDisplay(0x%x) failed: EGL error 0x%x",
                    platform, EGL10.eglGetError()));
        }
        return display;
    }

    private static EglWinsys initialize(long display, String what, GbmDevice gbm, HostApi api) {
        int[] major = new int[1];
        int[] minor = new int[1];
        if (!EGL10.eglInitialize(display, major, minor)) {
            throw new WinsysException(String.format("eglInitialize (%s) failed: EGL error 0x%x", what,
                    EGL10.eglGetError()));
        }
        if (!EGL12.eglBindAPI(eglApi(api))) {
            throw new WinsysException("EGL cannot bind the " + apiName(api) + " API on " + what);
        }
        long config = chooseConfig(display, what, api);
        String description = what + " (EGL " + major[0] + "." + minor[0]
                + (api == HostApi.GLES ? ", OpenGL ES)" : ")");
        return new EglWinsys(display, config, description, gbm, api);
    }

    private static int eglApi(HostApi api) {
        return api == HostApi.GLES ? EGL_OPENGL_ES_API : EGL_OPENGL_API;
    }

    private static String apiName(HostApi api) {
        return api == HostApi.GLES ? "OpenGL ES" : "desktop OpenGL";
    }

    private static long chooseConfig(long display, String what, HostApi api) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            int[] attribs = {
                EGL_SURFACE_TYPE, EGL_PBUFFER_BIT,
                EGL_RENDERABLE_TYPE, api == HostApi.GLES ? EGL_OPENGL_ES3_BIT : EGL_OPENGL_BIT,
                EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_ALPHA_SIZE, 8,
                EGL_NONE,
            };
            PointerBuffer configs = stack.mallocPointer(1);
            int[] count = new int[1];
            if (EGL10.eglChooseConfig(display, attribs, configs, count) && count[0] > 0) {
                return configs.get(0);
            }
        }
        // KHR_no_config_context: surfaceless contexts never need a config.
        String ext = EGL10.eglQueryString(display, EGL_EXTENSIONS);
        if (ext != null && ext.contains("EGL_KHR_no_config_context")) {
            return 0L;
        }
        throw new WinsysException("no EGL config for " + apiName(api) + " on " + what);
    }

    /** The client API this winsys makes contexts for. */
    public HostApi api() {
        return api;
    }

    @Override
    public long createContext(GlVersion version, GlProfile profile, long shareWith) {
        if (profile.isEs() != (api == HostApi.GLES)) {
            throw new WinsysException("this EGL winsys was opened for " + apiName(api) + "; it cannot make "
                    + (profile.isEs() ? "OpenGL ES" : "desktop GL " + profile) + " contexts");
        }
        int[] attribs = profile.isEs()
                ? new int[] {
                    EGL_CONTEXT_MAJOR_VERSION, version.major(),
                    EGL_CONTEXT_MINOR_VERSION, version.minor(),
                    EGL_NONE,
                }
                : new int[] {
                    EGL_CONTEXT_MAJOR_VERSION, version.major(),
                    EGL_CONTEXT_MINOR_VERSION, version.minor(),
                    EGL_CONTEXT_OPENGL_PROFILE_MASK, profile == GlProfile.CORE
                            ? EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT : EGL_CONTEXT_OPENGL_COMPATIBILITY_PROFILE_BIT,
                    EGL_NONE,
                };
        EGL12.eglBindAPI(eglApi(api));
        long ctx = EGL10.eglCreateContext(display, config, shareWith, attribs);
        return ctx == EGL_NO_CONTEXT ? 0L : ctx;
    }

    @Override
    public void destroyContext(long context) {
        if (context != 0) {
            if (EGL14.eglGetCurrentContext() == context) {
                releaseCurrent();
            }
            EGL10.eglDestroyContext(display, context);
        }
    }

    @Override
    public boolean makeCurrent(long context) {
        if (EGL14.eglGetCurrentContext() == context) {
            return true;
        }
        // The bound API is per thread (and starts as OpenGL ES).
        EGL12.eglBindAPI(eglApi(api));
        return EGL10.eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context);
    }

    @Override
    public void releaseCurrent() {
        EGL10.eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    }

    @Override
    public long eglDisplay() {
        return display;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        if (gbm != null) {
            gbm.close();
        }
    }
}
