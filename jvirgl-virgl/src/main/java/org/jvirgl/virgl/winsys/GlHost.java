package org.jvirgl.virgl.winsys;

import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;

/**
 * A backend's GL share group: the winsys, the root context (newest version the host gives,
 * 4.6 down to 3.3), and factory for further contexts sharing objects with the root.
 */
public final class GlHost implements AutoCloseable {

    private final GlWinsys winsys;
    private final GlVersion version;
    private final GlProfile profile;
    private final GlContext root;

    private GlHost(GlWinsys winsys, GlVersion version, GlProfile profile, GlContext root) {
        this.winsys = winsys;
        this.version = version;
        this.profile = profile;
        this.root = root;
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
                GLCapabilities caps = GL.createCapabilities();
                return new GlHost(winsys, v, profile, new GlContext(winsys, ctx, caps));
            }
            throw new WinsysException("no desktop GL context between 4.6 and 3.3 (" + profile
                    + " profile) on " + winsys.describe());
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
        return new GlContext(winsys, ctx, root.capabilities());
    }

    public GlContext root() {
        return root;
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
