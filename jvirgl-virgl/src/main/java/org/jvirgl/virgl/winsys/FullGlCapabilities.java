package org.jvirgl.virgl.winsys;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;
import org.lwjgl.BufferUtils;
import org.lwjgl.PointerBuffer;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11C;
import org.lwjgl.opengl.GL30C;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.FunctionProvider;

/**
 * LWJGL desktop-GL capabilities for an OpenGL ES context, with every desktop entry point
 * loaded.
 *
 * <p>Why: a GLES host is driven through LWJGL's desktop GL binding (the EGL function provider
 * hands out glvnd dispatch stubs that follow the current context, so the entry points ES shares
 * with desktop GL work). But {@link GL#createCapabilities()} on an ES 3.2 context reads its
 * version as "GL 3.2" and leaves every function above 3.2 unloaded, and LWJGL aborts the JVM
 * when an unloaded function is called. Building the capabilities as if the context were GL 4.6
 * loads the whole table: calls ES has (glTexStorage2DMultisample, glCopyImageSubData, …) then
 * reach the driver, and desktop-only ones only raise GL_INVALID_OPERATION. Which of those the
 * backend may use is decided by the host caps, not by LWJGL.
 *
 * <p>The constructor that takes an explicit version/extension set is package-private in LWJGL
 * (3.4.3), so it is called reflectively; a LWJGL without it is refused with a clear message.
 */
final class FullGlCapabilities {

    // LWJGL's names for the core versions, as GL.createCapabilities would put them in the set.
    private static final int[][] DESKTOP_VERSIONS = {
        {1, 0}, {1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}, {2, 0}, {2, 1},
        {3, 0}, {3, 1}, {3, 2}, {3, 3}, {4, 0}, {4, 1}, {4, 2}, {4, 3}, {4, 4}, {4, 5}, {4, 6},
    };

    private FullGlCapabilities() {
    }

    /**
     * Capabilities for the context current on the calling thread (an ES context), made current
     * for the thread as {@link GL#createCapabilities()} would.
     */
    static GLCapabilities forCurrentContext() {
        // The plain capabilities are enough to read the extension list the full set needs.
        GL.createCapabilities();
        Set<String> names = new HashSet<>(extensions());
        names.addAll(desktopVersionNames());
        GLCapabilities caps = construct(GL.getFunctionProvider(), names);
        GL.setCapabilities(caps);
        // LWJGL's version detection asks for desktop-only state (the profile mask): ES answers
        // GL_INVALID_ENUM, which must not be left for the backend's first error check.
        for (int i = 0; i < 16 && GL11C.glGetError() != GL11C.GL_NO_ERROR; i++) {
            // drained
        }
        return caps;
    }

    /** "OpenGL10" … "OpenGL46": the names LWJGL keys core versions on. */
    static Set<String> desktopVersionNames() {
        Set<String> names = new HashSet<>();
        for (int[] v : DESKTOP_VERSIONS) {
            names.add("OpenGL" + v[0] + v[1]);
        }
        return names;
    }

    private static Set<String> extensions() {
        // LWJGL keys ARB/EXT/OES extensions by the very strings GL_EXTENSIONS lists.
        Set<String> ext = new HashSet<>();
        int n = GL11C.glGetInteger(GL30C.GL_NUM_EXTENSIONS);
        for (int i = 0; i < n; i++) {
            String e = GL30C.glGetStringi(GL11C.GL_EXTENSIONS, i);
            if (e != null) {
                ext.add(e);
            }
        }
        return ext;
    }

    private static GLCapabilities construct(FunctionProvider provider, Set<String> names) {
        Constructor<GLCapabilities> ctor;
        try {
            ctor = GLCapabilities.class.getDeclaredConstructor(FunctionProvider.class, Set.class, boolean.class,
                    IntFunction.class);
            ctor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            // On the module path the package must be opened to this module (see the jvirgl launcher).
            throw new WinsysException("cannot reach LWJGL's GLCapabilities(FunctionProvider, Set, boolean,"
                    + " IntFunction) constructor, which GLES hosts need to load the full GL function table"
                    + " (built for LWJGL 3.4.3; on the module path run with"
                    + " --add-opens org.lwjgl.opengl/org.lwjgl.opengl=org.jvirgl.virgl): " + e, e);
        }
        IntFunction<PointerBuffer> buffers = BufferUtils::createPointerBuffer;
        try {
            // forwardCompatible: the fixed-function (deprecated) entry points are not loaded.
            return ctor.newInstance(provider, names, true, buffers);
        } catch (InvocationTargetException e) {
            throw new WinsysException("cannot load the GL function table for a GLES host: " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new WinsysException("cannot load the GL function table for a GLES host: " + e, e);
        }
    }
}
