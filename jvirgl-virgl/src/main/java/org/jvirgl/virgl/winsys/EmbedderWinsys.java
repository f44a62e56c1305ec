package org.jvirgl.virgl.winsys;

import org.jvirgl.api.GlContextParams;
import org.jvirgl.api.RendererCallbacks;

/**
 * GL contexts made by the embedder through {@link RendererCallbacks} (the C API's
 * create/destroy/make_current callbacks, used when neither USE_EGL nor USE_GLX is given).
 * The embedder's contexts may be EGL or GLX; GL entry points are still resolved through EGL,
 * which with glvnd dispatches to whichever context is current.
 */
public final class EmbedderWinsys implements GlWinsys {

    private final RendererCallbacks callbacks;
    private final Object cookie;
    // The callbacks cannot be asked what is current, so remember it per thread to avoid
    // re-binding on every call (owner thread and sync thread each have their own).
    private final ThreadLocal<long[]> current = ThreadLocal.withInitial(() -> new long[1]);

    public EmbedderWinsys(RendererCallbacks callbacks, Object cookie) {
        if (!callbacks.providesGlContexts()) {
            throw new WinsysException("the embedder does not provide GL contexts");
        }
        GlLibrary.ensureLoaded();
        this.callbacks = callbacks;
        this.cookie = cookie;
    }

    @Override
    public long createContext(GlVersion version, GlProfile profile, long shareWith) {
        // The callback shares with whatever is current, so the share partner must be current.
        if (shareWith != 0 && !makeCurrent(shareWith)) {
            return 0;
        }
        // For a GLES host (USE_GLES) the embedder makes an OpenGL ES context of this version, as
        // vrend's callers do: the params carry only the version.
        GlContextParams params = new GlContextParams(version.major(), version.minor(), shareWith != 0,
                profile == GlProfile.COMPATIBILITY);
        return callbacks.createGlContext(cookie, 0, params);
    }

    @Override
    public void destroyContext(long context) {
        if (context != 0) {
            long[] cur = current.get();
            if (cur[0] == context) {
                releaseCurrent();
            }
            callbacks.destroyGlContext(cookie, context);
        }
    }

    @Override
    public boolean makeCurrent(long context) {
        long[] cur = current.get();
        if (cur[0] == context && context != 0) {
            return true;
        }
        if (callbacks.makeCurrent(cookie, 0, context) != 0) {
            return false;
        }
        cur[0] = context;
        return true;
    }

    @Override
    public void releaseCurrent() {
        callbacks.makeCurrent(cookie, 0, 0);
        current.get()[0] = 0;
    }

    @Override
    public long eglDisplay() {
        return callbacks.getEglDisplay(cookie);
    }

    @Override
    public String describe() {
        return "embedder GL context callbacks";
    }

    @Override
    public void close() {
        current.remove();
    }
}
