package org.jvirgl.virgl.winsys;

import static org.lwjgl.opengl.GLX.GLX_ALPHA_SIZE;
import static org.lwjgl.opengl.GLX.GLX_BLUE_SIZE;
import static org.lwjgl.opengl.GLX.GLX_GREEN_SIZE;
import static org.lwjgl.opengl.GLX.GLX_RED_SIZE;
import static org.lwjgl.opengl.GLX13.GLX_DRAWABLE_TYPE;
import static org.lwjgl.opengl.GLX13.GLX_PBUFFER_BIT;
import static org.lwjgl.opengl.GLX13.GLX_PBUFFER_HEIGHT;
import static org.lwjgl.opengl.GLX13.GLX_PBUFFER_WIDTH;
import static org.lwjgl.opengl.GLX13.GLX_RENDER_TYPE;
import static org.lwjgl.opengl.GLX13.GLX_RGBA_BIT;
import static org.lwjgl.opengl.GLXARBCreateContext.GLX_CONTEXT_MAJOR_VERSION_ARB;
import static org.lwjgl.opengl.GLXARBCreateContext.GLX_CONTEXT_MINOR_VERSION_ARB;
import static org.lwjgl.opengl.GLXARBCreateContextProfile.GLX_CONTEXT_COMPATIBILITY_PROFILE_BIT_ARB;
import static org.lwjgl.opengl.GLXARBCreateContextProfile.GLX_CONTEXT_CORE_PROFILE_BIT_ARB;
import static org.lwjgl.opengl.GLXARBCreateContextProfile.GLX_CONTEXT_PROFILE_MASK_ARB;

import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * GL contexts on an X display through GLX ({@code VIRGL_RENDERER_USE_GLX}), as vrend's GLX
 * winsys: jvirgl opens its own connection to the display, creates direct contexts with
 * {@code GLX_ARB_create_context_profile} on a pbuffer-capable FBConfig, and binds each context
 * with a 1×1 pbuffer of its own. The backend renders only into FBOs, so the pbuffer is just the
 * drawable GLX 1.3 requires to make a context current; one per context (not one shared, as
 * vrend has) means the owner and sync threads never bind the same drawable at once.
 *
 * <p>GL entry points: GLX loads them through {@code glXGetProcAddress} when it is the first
 * winsys of the process; after an EGL winsys they come from {@code eglGetProcAddress}. With
 * glvnd both are the same libGLdispatch stubs, which dispatch to whichever API made the
 * thread's context current. glvnd also allows one API's context per thread: a thread must
 * release a GLX context before it binds an EGL one, and the reverse.
 */
public final class GlxWinsys implements GlWinsys {

    private static final int NONE = 0;
    private static final int[] FB_CONFIG_ATTRIBS = {
        GLX_DRAWABLE_TYPE, GLX_PBUFFER_BIT,
        GLX_RENDER_TYPE, GLX_RGBA_BIT,
        GLX_RED_SIZE, 8, GLX_GREEN_SIZE, 8, GLX_BLUE_SIZE, 8, GLX_ALPHA_SIZE, 8,
        NONE,
    };
    private static final int[] PBUFFER_ATTRIBS = {GLX_PBUFFER_WIDTH, 1, GLX_PBUFFER_HEIGHT, 1, NONE};

    private final GlxLibrary lib;
    private final MemorySegment display;
    private final MemorySegment config;
    private final XErrorTrap trap;
    private final StrayXErrors.Registration strayErrors;
    private final String description;
    // Read by the sync thread when it binds its own context.
    private final Map<Long, Bindable> contexts = new ConcurrentHashMap<>();
    private boolean closed;

    /**
     * A context's pbuffer and the thread it is current on. EGL refuses to bind a context that
     * is current on another thread; Mesa's GLX lets it happen (two threads in one context is
     * undefined behaviour), so this winsys refuses it itself.
     */
    private record Bindable(long pbuffer, AtomicReference<Thread> boundTo) {
    }

    private GlxWinsys(GlxLibrary lib, MemorySegment display, MemorySegment config, XErrorTrap trap,
            StrayXErrors.Registration strayErrors, String description) {
        this.lib = lib;
        this.display = display;
        this.config = config;
        this.trap = trap;
        this.strayErrors = strayErrors;
        this.description = description;
    }

    /**
     * Opens {@code displayName} ({@code null}: {@code $DISPLAY}, as vrend does) and checks that
     * it offers GLX 1.3 pbuffers and GLX_ARB_create_context_profile. Refuses with a
     * {@link WinsysException} naming what is missing. X errors raised outside jvirgl's own GLX
     * calls while it is open go to {@code strayErrors} instead of ending the process.
     */
    public static GlxWinsys open(String displayName, Consumer<String> strayErrors) {
        GlxLibrary lib = GlxLibrary.get();
        String name = displayName != null ? displayName : System.getenv("DISPLAY");
        if (name == null || name.isEmpty()) {
            throw new WinsysException("GLX needs an X display, and DISPLAY is not set");
        }
        // The sync thread binds its context on the same connection as the owner thread.
        lib.initThreads();
        MemorySegment display = lib.openDisplay(name);
        if (display.address() == 0) {
            // Worth saying: an X server started without -noreset (Xvfb) refuses connections
            // while it resets after its last client left, which a vtest server hits per client.
            throw new WinsysException("cannot open X display " + name
                    + " (not running, not permitted, or an Xvfb without -noreset between clients)");
        }
        try {
            return initialize(lib, display, strayErrors);
        } catch (RuntimeException e) {
            lib.closeDisplay(display);
            throw e;
        }
    }

    private static GlxWinsys initialize(GlxLibrary lib, MemorySegment display, Consumer<String> strayErrors) {
        String name = lib.displayString(display);
        int[] version = lib.queryVersion(display);
        if (version == null) {
            throw new WinsysException("X display " + name + " has no GLX extension");
        }
        if (version[0] < 1 || (version[0] == 1 && version[1] < 3)) {
            throw new WinsysException("X display " + name + " offers GLX " + version[0] + "." + version[1]
                    + "; pbuffers and FBConfigs need GLX 1.3");
        }
        int screen = lib.defaultScreen(display);
        Set<String> extensions = Set.of(lib.queryExtensionsString(display, screen).trim().split("\\s+"));
        if (!extensions.contains("GLX_ARB_create_context_profile") || !lib.hasCreateContextAttribs()) {
            throw new WinsysException("X display " + name + " lacks GLX_ARB_create_context_profile");
        }
        MemorySegment config = lib.chooseFbConfig(display, screen, FB_CONFIG_ATTRIBS);
        if (config.address() == 0) {
            throw new WinsysException("X display " + name + " has no RGBA8 FBConfig with pbuffers");
        }
        GlLibrary.ensureLoaded(GlLibrary.Source.GLX);
        return new GlxWinsys(lib, display, config, new XErrorTrap(lib), StrayXErrors.register(lib, strayErrors),
                "GLX on X display " + name + " (GLX " + version[0] + "." + version[1] + ")");
    }

    @Override
    public long createContext(GlVersion version, GlProfile profile, long shareWith) {
        if (profile.isEs()) {
            // GLX_EXT_create_context_es_profile exists, but vrend never ran GLES over GLX either.
            throw new WinsysException("GLES hosts need EGL; GLX contexts are desktop GL only");
        }
        int profileBit = profile == GlProfile.CORE ? GLX_CONTEXT_CORE_PROFILE_BIT_ARB
                : GLX_CONTEXT_COMPATIBILITY_PROFILE_BIT_ARB;
        int[] attribs = {
            GLX_CONTEXT_MAJOR_VERSION_ARB, version.major(),
            GLX_CONTEXT_MINOR_VERSION_ARB, version.minor(),
            GLX_CONTEXT_PROFILE_MASK_ARB, profileBit,
            NONE,
        };
        MemorySegment share = MemorySegment.ofAddress(shareWith);
        // A version the host lacks is an X error, not just a NULL context (see XErrorTrap).
        XErrorTrap.Result<MemorySegment> made = trap.run(display,
                () -> lib.createContextAttribs(display, config, share, attribs));
        long context = made.value().address();
        if (context == 0 || made.failed()) {
            if (context != 0) {
                lib.destroyContext(display, made.value());
            }
            return 0;
        }
        XErrorTrap.Result<Long> pbuffer = trap.run(display,
                () -> lib.createPbuffer(display, config, PBUFFER_ATTRIBS));
        if (pbuffer.value() == 0 || pbuffer.failed()) {
            if (pbuffer.value() != 0) {
                lib.destroyPbuffer(display, pbuffer.value());
            }
            lib.destroyContext(display, made.value());
            throw new WinsysException("cannot create a 1x1 GLX pbuffer for a GL " + version + " context: "
                    + pbuffer.describe());
        }
        contexts.put(context, new Bindable(pbuffer.value(), new AtomicReference<>()));
        return context;
    }

    @Override
    public void destroyContext(long context) {
        if (context != 0 && lib.currentContext() == context) {
            releaseCurrent();
        }
        Bindable bindable = contexts.remove(context);
        if (bindable == null) {
            return;
        }
        lib.destroyContext(display, MemorySegment.ofAddress(context));
        lib.destroyPbuffer(display, bindable.pbuffer());
    }

    @Override
    public boolean makeCurrent(long context) {
        long previous = lib.currentContext();
        if (previous == context && context != 0) {
            return true;
        }
        Bindable target = contexts.get(context);
        if (target == null) {
            return false;
        }
        Thread self = Thread.currentThread();
        Thread holder = target.boundTo().compareAndExchange(null, self);
        if (holder != null && holder != self) {
            return false;
        }
        MemorySegment ctx = MemorySegment.ofAddress(context);
        XErrorTrap.Result<Boolean> bound = trap.runClientSide(
                () -> lib.makeContextCurrent(display, target.pbuffer(), target.pbuffer(), ctx));
        if (!bound.value() || bound.failed()) {
            target.boundTo().set(null);
            return false;
        }
        unbound(previous, self);
        return true;
    }

    @Override
    public void releaseCurrent() {
        long previous = lib.currentContext();
        lib.makeContextCurrent(display, NONE, NONE, MemorySegment.NULL);
        unbound(previous, Thread.currentThread());
    }

    private void unbound(long context, Thread self) {
        Bindable b = context == 0 ? null : contexts.get(context);
        if (b != null) {
            b.boundTo().compareAndSet(self, null);
        }
    }

    /** GLX contexts have no EGLDisplay. */
    @Override
    public long eglDisplay() {
        return 0;
    }

    @Override
    public String describe() {
        return description;
    }

    /**
     * Destroys what is left (contexts the backend did not close) and closes the X connection.
     * Every thread must have released its context of this winsys by now.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Long context : Set.copyOf(contexts.keySet())) {
            destroyContext(context);
        }
        lib.closeDisplay(display);
        trap.close();
        strayErrors.close();
    }
}
