package org.jvirgl.virgl.winsys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The Xlib and GLX entry points the GLX winsys calls, bound through FFM once per process.
 *
 * <p>LWJGL's own GLX classes resolve {@code glX*} through {@link org.lwjgl.opengl.GL}'s single
 * function provider, which is EGL's when an EGL renderer loaded GL first in this process; there
 * {@code glX*} names do not resolve. Binding libGLX directly keeps the GLX winsys independent of
 * which winsys loaded GL. The handles are immutable; a missing library is reported by
 * {@link #get()} each time it is asked.
 */
@SuppressWarnings("restricted") // binding Xlib/GLX is this class's purpose
final class GlxLibrary {

    /** {@code int (*)(Display *, XErrorEvent *)}, an Xlib error handler. */
    static final FunctionDescriptor ERROR_HANDLER = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);

    // Xlib
    private final MethodHandle xInitThreads;
    private final MethodHandle xOpenDisplay;
    private final MethodHandle xCloseDisplay;
    private final MethodHandle xDisplayString;
    private final MethodHandle xDefaultScreen;
    private final MethodHandle xFree;
    private final MethodHandle xSync;
    private final MethodHandle xSetErrorHandler;
    // GLX 1.3/1.4
    private final MethodHandle queryVersion;
    private final MethodHandle queryExtensionsString;
    private final MethodHandle chooseFbConfig;
    private final MethodHandle createPbuffer;
    private final MethodHandle destroyPbuffer;
    private final MethodHandle makeContextCurrent;
    private final MethodHandle getCurrentContext;
    private final MethodHandle destroyContext;
    // GLX_ARB_create_context, only reachable through glXGetProcAddressARB; null when absent
    private final MethodHandle createContextAttribs;

    private GlxLibrary(SymbolLookup x11, SymbolLookup glx) {
        Linker linker = Linker.nativeLinker();
        xInitThreads = bind(linker, x11, "XInitThreads", FunctionDescriptor.of(JAVA_INT));
        xOpenDisplay = bind(linker, x11, "XOpenDisplay", FunctionDescriptor.of(ADDRESS, ADDRESS));
        xCloseDisplay = bind(linker, x11, "XCloseDisplay", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        xDisplayString = bind(linker, x11, "XDisplayString", FunctionDescriptor.of(ADDRESS, ADDRESS));
        xDefaultScreen = bind(linker, x11, "XDefaultScreen", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        xFree = bind(linker, x11, "XFree", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        xSync = bind(linker, x11, "XSync", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        xSetErrorHandler = bind(linker, x11, "XSetErrorHandler", FunctionDescriptor.of(ADDRESS, ADDRESS));

        queryVersion = bind(linker, glx, "glXQueryVersion",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        queryExtensionsString = bind(linker, glx, "glXQueryExtensionsString",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
        chooseFbConfig = bind(linker, glx, "glXChooseFBConfig",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        // GLXPbuffer and GLXDrawable are XIDs (unsigned long).
        createPbuffer = bind(linker, glx, "glXCreatePbuffer",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, ADDRESS));
        destroyPbuffer = bind(linker, glx, "glXDestroyPbuffer", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));
        makeContextCurrent = bind(linker, glx, "glXMakeContextCurrent",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
        getCurrentContext = bind(linker, glx, "glXGetCurrentContext", FunctionDescriptor.of(ADDRESS));
        destroyContext = bind(linker, glx, "glXDestroyContext", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

        MethodHandle getProcAddress = bind(linker, glx, "glXGetProcAddressARB",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        MemorySegment fn;
        try (Arena arena = Arena.ofConfined()) {
            fn = (MemorySegment) getProcAddress.invokeExact(arena.allocateFrom("glXCreateContextAttribsARB"));
        } catch (Throwable t) {
            throw new WinsysException("glXGetProcAddressARB failed: " + t);
        }
        createContextAttribs = fn.address() == 0 ? null : linker.downcallHandle(fn,
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    }

    /** The process's bindings; throws {@link WinsysException} when libX11 or libGLX is missing. */
    static GlxLibrary get() {
        return Holder.LIBRARY.orElseThrow(() -> new WinsysException(Holder.FAILURE));
    }

    private static final class Holder {
        private static final String FAILURE;
        private static final Optional<GlxLibrary> LIBRARY;

        static {
            GlxLibrary lib = null;
            String failure = null;
            try {
                SymbolLookup x11 = library("libX11.so.6");
                // glvnd's libGLX first; a non-glvnd libGL also exports every glX* entry point.
                SymbolLookup glx;
                try {
                    glx = library("libGLX.so.0");
                } catch (IllegalArgumentException noGlvnd) {
                    glx = library("libGL.so.1");
                }
                lib = new GlxLibrary(x11, glx);
            } catch (IllegalArgumentException | WinsysException e) {
                failure = "GLX is not available in this process: " + e.getMessage();
            }
            LIBRARY = Optional.ofNullable(lib);
            FAILURE = failure;
        }

        private static SymbolLookup library(String name) {
            return SymbolLookup.libraryLookup(name, Arena.global());
        }
    }

    private static MethodHandle bind(Linker linker, SymbolLookup lib, String name, FunctionDescriptor fd) {
        MemorySegment symbol = lib.find(name)
                .orElseThrow(() -> new WinsysException("the GLX/X11 libraries lack " + name));
        return linker.downcallHandle(symbol, fd);
    }

    // Typed calls. A Throwable from invokeExact means a wrong descriptor (a bug here), never a
    // native failure, so it is rethrown unchecked.

    boolean initThreads() {
        try {
            return (int) xInitThreads.invokeExact() != 0;
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code XOpenDisplay}; {@code name} null means {@code $DISPLAY}. Returns NULL on failure. */
    MemorySegment openDisplay(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = name == null ? MemorySegment.NULL : arena.allocateFrom(name);
            return (MemorySegment) xOpenDisplay.invokeExact(cName);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    void closeDisplay(MemorySegment display) {
        try {
            int ignored = (int) xCloseDisplay.invokeExact(display);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    String displayString(MemorySegment display) {
        try {
            return string((MemorySegment) xDisplayString.invokeExact(display));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    int defaultScreen(MemorySegment display) {
        try {
            return (int) xDefaultScreen.invokeExact(display);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    void free(MemorySegment data) {
        try {
            int ignored = (int) xFree.invokeExact(data);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code XSync(display, False)}: waits until the server handled every request (errors included). */
    void sync(MemorySegment display) {
        try {
            int ignored = (int) xSync.invokeExact(display, 0);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** Installs {@code handler} (an upcall stub of {@link #ERROR_HANDLER}); returns the previous one. */
    MemorySegment setErrorHandler(MemorySegment handler) {
        try {
            return (MemorySegment) xSetErrorHandler.invokeExact(handler);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code glXQueryVersion} as {@code {major, minor}}, or null if the display has no GLX. */
    int[] queryVersion(MemorySegment display) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment major = arena.allocate(JAVA_INT);
            MemorySegment minor = arena.allocate(JAVA_INT);
            if ((int) queryVersion.invokeExact(display, major, minor) == 0) {
                return null;
            }
            return new int[] {major.get(JAVA_INT, 0), minor.get(JAVA_INT, 0)};
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    String queryExtensionsString(MemorySegment display, int screen) {
        try {
            return string((MemorySegment) queryExtensionsString.invokeExact(display, screen));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /**
     * {@code glXChooseFBConfig}: the first matching config, or NULL. The returned array is
     * freed here; a GLXFBConfig itself stays valid as long as the display is open.
     */
    MemorySegment chooseFbConfig(MemorySegment display, int screen, int[] attribs) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(JAVA_INT);
            MemorySegment configs = (MemorySegment) chooseFbConfig.invokeExact(display, screen,
                    arena.allocateFrom(JAVA_INT, attribs), count);
            if (configs.address() == 0) {
                return MemorySegment.NULL;
            }
            MemorySegment first = count.get(JAVA_INT, 0) > 0
                    ? configs.reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0) : MemorySegment.NULL;
            free(configs);
            return first;
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code glXCreatePbuffer}; 0 on failure. */
    long createPbuffer(MemorySegment display, MemorySegment config, int[] attribs) {
        try (Arena arena = Arena.ofConfined()) {
            return (long) createPbuffer.invokeExact(display, config, arena.allocateFrom(JAVA_INT, attribs));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    void destroyPbuffer(MemorySegment display, long pbuffer) {
        try {
            destroyPbuffer.invokeExact(display, pbuffer);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    boolean hasCreateContextAttribs() {
        return createContextAttribs != null;
    }

    /** {@code glXCreateContextAttribsARB} for a direct context; NULL on failure. */
    MemorySegment createContextAttribs(MemorySegment display, MemorySegment config, MemorySegment share,
            int[] attribs) {
        try (Arena arena = Arena.ofConfined()) {
            return (MemorySegment) createContextAttribs.invokeExact(display, config, share, 1,
                    arena.allocateFrom(JAVA_INT, attribs));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    boolean makeContextCurrent(MemorySegment display, long draw, long read, MemorySegment context) {
        try {
            return (int) makeContextCurrent.invokeExact(display, draw, read, context) != 0;
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    long currentContext() {
        try {
            return ((MemorySegment) getCurrentContext.invokeExact()).address();
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    void destroyContext(MemorySegment display, MemorySegment context) {
        try {
            destroyContext.invokeExact(display, context);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    private static String string(MemorySegment cString) {
        return cString.address() == 0 ? "" : cString.reinterpret(Long.MAX_VALUE).getString(0);
    }

    private static IllegalStateException bug(Throwable t) {
        return new IllegalStateException("GLX downcall failed", t);
    }
}
