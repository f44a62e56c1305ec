package org.jvirgl.virgl.winsys;

import org.jvirgl.virgl.gl.HostGl;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;

/**
 * One host GL context of a backend (the root, a renderer context's, or the sync thread's).
 * All contexts of a backend share objects and one set of LWJGL capabilities (same version and
 * profile, and EGL entry points do not depend on the context).
 */
public final class GlContext implements AutoCloseable {

    private final GlWinsys winsys;
    private final long handle;
    private final GLCapabilities capabilities;
    private final ThreadLocal<GlContext> lastBound;
    private final int shareGroup;
    private volatile boolean closed;
    // Set whenever the context is bound (it may then have queued work); a global fence takes
    // it to know which contexts it must cover.
    private boolean used = true;

    GlContext(GlWinsys winsys, long handle, GLCapabilities capabilities, ThreadLocal<GlContext> lastBound,
            int shareGroup) {
        this.shareGroup = shareGroup;
        this.winsys = winsys;
        this.handle = handle;
        this.capabilities = capabilities;
        this.lastBound = lastBound;
    }

    /**
     * Makes this context current on the calling thread (a no-op when it already is) and
     * installs the GL function table for LWJGL on this thread. Switching contexts flushes the
     * previous one (EGL semantics), which is what makes shared-object updates visible.
     */
    public void makeCurrent() {
        if (closed) {
            throw new IllegalStateException("GL context " + handle + " is destroyed");
        }
        if (!winsys.makeCurrent(handle)) {
            throw new WinsysException("cannot make GL context 0x" + Long.toHexString(handle) + " current");
        }
        GL.setCapabilities(capabilities);
        HostGl.bindShareGroup(shareGroup);
        lastBound.set(this);
        used = true;
    }

    /** Whether the context was bound since the last call (and clears the mark). */
    public boolean takeUsed() {
        boolean u = used;
        used = false;
        return u;
    }

    boolean isClosed() {
        return closed;
    }

    /** Leaves the calling thread without a current context (e.g. when a sync thread ends). */
    public void release() {
        winsys.releaseCurrent();
        GL.setCapabilities(null);
        lastBound.remove();
    }

    /** The native handle (EGLContext, or the embedder's opaque handle). */
    public long handle() {
        return handle;
    }

    public GLCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (lastBound.get() == this) {
                lastBound.remove();
            }
            winsys.destroyContext(handle);
        }
    }
}
