package org.jvirgl.virgl.winsys;

import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;

/**
 * A backend's GL share group: the winsys, the root context (newest version the host gives,
 * 4.6 down to 3.3, refused below {@link GlVersion#REQUIRED}), and factory for further contexts
 * sharing objects with the root.
 */
public final class GlHost implements AutoCloseable {

    private final GlWinsys winsys;
    private final GlVersion version;
    private final GlProfile profile;
    private final GlContext root;
    private final GlNames names = new GlNames();
    // The context of this share group each thread last bound, so work that only needs "some
    // context of the group" (resource creation, fence checks, deletes) does not switch.
    private final ThreadLocal<GlContext> lastBound;

    private GlHost(GlWinsys winsys, GlVersion version, GlProfile profile, long rootHandle, GLCapabilities caps) {
        this.winsys = winsys;
        this.version = version;
        this.profile = profile;
        this.lastBound = new ThreadLocal<>();
        this.root = new GlContext(winsys, rootHandle, caps, lastBound);
        lastBound.set(root);
    }

    /**
     * Creates the root context on {@code winsys} and leaves it current on the calling thread.
     * The winsys is owned by the returned host (closed with it, or here on failure).
     */
    public static GlHost open(GlWinsys winsys, GlProfile profile) {
        try {
            for (GlVersion v : GlVersion.CANDIDATES) {
                long ctx = winsys.createContext(v, profile, 0);
                if (ctx == 0) {
                    continue;
                }
                if (!winsys.makeCurrent(ctx)) {
                    winsys.destroyContext(ctx);
                    throw new WinsysException("cannot make the root GL " + v + " context current");
                }
                if (!v.atLeast(GlVersion.REQUIRED.major(), GlVersion.REQUIRED.minor())) {
                    winsys.releaseCurrent();
                    winsys.destroyContext(ctx);
                    throw new WinsysException("host GL " + v + " (" + profile + " profile) on " + winsys.describe()
                            + " is too old: the GL backend needs GL " + GlVersion.REQUIRED
                            + " (direct state access, texture views, clip control)");
                }
                GLCapabilities caps = GL.createCapabilities();
                return new GlHost(winsys, v, profile, ctx, caps);
            }
            throw new WinsysException("no desktop GL context between 4.6 and 3.3 (" + profile
                    + " profile) on " + winsys.describe() + "; the GL backend needs GL " + GlVersion.REQUIRED);
        } catch (RuntimeException e) {
            winsys.close();
            throw e;
        }
    }

    /** A new context sharing objects with the root; the calling thread's binding may change. */
    public GlContext createSharedContext() {
        long ctx = winsys.createContext(version, profile, root.handle());
        if (ctx == 0) {
            throw new WinsysException("cannot create a GL " + version + " context shared with the root");
        }
        return new GlContext(winsys, ctx, root.capabilities(), lastBound);
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
        winsys.close();
    }
}
