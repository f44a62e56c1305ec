package org.jvirgl.virgl.winsys;

import java.util.concurrent.atomic.AtomicInteger;
import org.jvirgl.virgl.gl.HostApi;
import org.jvirgl.virgl.gl.HostGl;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;

/**
 * A backend's GL share group: the winsys, the root context (newest version the host gives:
 * desktop 4.6 down to 3.3, refused below {@link GlVersion#REQUIRED}; or OpenGL ES 3.2 / 3.1),
 * and factory for further contexts sharing objects with the root.
 */
public final class GlHost implements AutoCloseable {

    private final GlWinsys winsys;
    private final GlVersion version;
    private final GlProfile profile;
    private final GlContext root;
    // Names this share group's objects apart from other hosts' in process-wide tables (the ES
    // forms' texture targets).
    private static final AtomicInteger SHARE_GROUPS = new AtomicInteger();
    private final int shareGroup = SHARE_GROUPS.incrementAndGet();
    private final GlNames names = new GlNames();
    // The context of this share group each thread last bound, so work that only needs "some
    // context of the group" (resource creation, fence checks, deletes) does not switch.
    private final ThreadLocal<GlContext> lastBound;

    private GlHost(GlWinsys winsys, GlVersion version, GlProfile profile, long rootHandle, GLCapabilities caps) {
        this.winsys = winsys;
        this.version = version;
        this.profile = profile;
        this.lastBound = new ThreadLocal<>();
        this.root = new GlContext(winsys, rootHandle, caps, lastBound, shareGroup);
        lastBound.set(root);
    }

    /**
     * Creates the root context on {@code winsys} and leaves it current on the calling thread.
     * The winsys is owned by the returned host (closed with it, or here on failure). Claims the
     * process's host API first ({@link HostApi}: GLES for {@link GlProfile#ES}, desktop GL
     * otherwise), so a process already running the other API is refused before any GL call.
     */
    public static GlHost open(GlWinsys winsys, GlProfile profile) {
        try {
            claim(profile);
            if (profile.isEs() && winsys instanceof GlxWinsys) {
                throw new WinsysException("GLES hosts need EGL (or the embedder's contexts); GLX is desktop GL only");
            }
            GlVersion required = GlVersion.required(profile);
            for (GlVersion v : GlVersion.candidates(profile)) {
                long ctx = winsys.createContext(v, profile, 0);
                if (ctx == 0) {
                    continue;
                }
                if (!winsys.makeCurrent(ctx)) {
                    winsys.destroyContext(ctx);
                    throw new WinsysException("cannot make the root " + describe(v, profile) + " context current");
                }
                if (!v.atLeast(required)) {
                    winsys.releaseCurrent();
                    winsys.destroyContext(ctx);
                    throw new WinsysException("host " + describe(v, profile) + " (" + profile + " profile) on "
                            + winsys.describe() + " is too old: the GL backend needs " + describe(required, profile)
                            + (profile.isEs() ? " (GLSL ES 3.10 shaders, compute, images)"
                                    : " (direct state access, texture views, clip control)"));
                }
                GLCapabilities caps;
                try {
                    caps = profile.isEs() ? FullGlCapabilities.forCurrentContext() : GL.createCapabilities();
                } catch (RuntimeException e) {
                    winsys.releaseCurrent();
                    winsys.destroyContext(ctx);
                    throw e;
                }
                return new GlHost(winsys, v, profile, ctx, caps);
            }
            throw new WinsysException(profile.isEs()
                    ? "no OpenGL ES 3.2 or 3.1 context on " + winsys.describe() + "; a GLES host needs ES "
                            + GlVersion.ES_REQUIRED
                    : "no desktop GL context between 4.6 and 3.3 (" + profile + " profile) on " + winsys.describe()
                            + "; the GL backend needs GL " + GlVersion.REQUIRED);
        } catch (RuntimeException e) {
            winsys.close();
            throw e;
        }
    }

    private static void claim(GlProfile profile) {
        try {
            HostApi.claim(profile.isEs() ? HostApi.GLES : HostApi.DESKTOP_GL);
        } catch (IllegalStateException e) {
            throw new WinsysException(e.getMessage());
        }
    }

    private static String describe(GlVersion v, GlProfile profile) {
        return (profile.isEs() ? "OpenGL ES " : "GL ") + v;
    }

    /** A new context sharing objects with the root; the calling thread's binding may change. */
    public GlContext createSharedContext() {
        long ctx = winsys.createContext(version, profile, root.handle());
        if (ctx == 0) {
            throw new WinsysException("cannot create a " + describe(version, profile) + " context shared with the root");
        }
        return new GlContext(winsys, ctx, root.capabilities(), lastBound, shareGroup);
    }

    /**
     * Makes sure a context of this share group is current on the calling thread: the one this
     * thread last bound if it is still alive, else the root. Shared objects (textures,
     * buffers, syncs) can then be created, read or deleted.
     */
    public void ensureCurrent() {
        GlContext last = lastBound.get();
        (last != null && !last.isClosed() ? last : root).makeCurrent();
    }

    public GlContext root() {
        return root;
    }

    /** The share group's deletion epoch: every delete of a shadowed kind of object goes through it. */
    public GlNames names() {
        return names;
    }

    public GlVersion version() {
        return version;
    }

    public GlProfile profile() {
        return profile;
    }

    public GlWinsys winsys() {
        return winsys;
    }

    @Override
    public void close() {
        root.close();
        HostGl.forgetShareGroup(shareGroup);
        winsys.close();
    }
}
