package org.jvirgl.virgl;

import java.util.ArrayList;
import java.util.List;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.jvirgl.spi.Backend;
import org.jvirgl.spi.BackendContext;
import org.jvirgl.spi.BackendEnvironment;
import org.jvirgl.spi.BackendResource;
import org.jvirgl.spi.FenceSignal;
import org.jvirgl.spi.FormatBlock;
import org.jvirgl.virgl.caps.CapsFiller;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.RequiredFeatures;
import org.jvirgl.virgl.caps.HostCapsProbe;
import org.jvirgl.virgl.format.GlFormatProbe;
import org.jvirgl.virgl.format.GlFormatTable;
import org.jvirgl.virgl.gl.HostApi;
import org.jvirgl.virgl.resource.GlResourceFactory;
import org.jvirgl.virgl.resource.ResourceSite;
import org.jvirgl.virgl.resource.TransferScratch;
import org.jvirgl.virgl.resource.Transfers;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.EmbedderWinsys;
import org.jvirgl.virgl.winsys.GlContext;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.virgl.winsys.GlWinsys;
import org.jvirgl.virgl.winsys.GlxWinsys;
import org.jvirgl.virgl.winsys.WinsysException;
import org.jvirgl.wire.format.FormatDesc;
import org.jvirgl.wire.format.VirglFormat;

/**
 * The VirGL backend of one renderer (upstream's vrend): one GL share group (the root context,
 * a context per renderer context, the sync thread's), the host caps and formats probed once,
 * the resource factory and transfer paths, and fences. Owner thread only, except fence waits
 * on the sync thread.
 */
public final class VirglBackend implements Backend, ResourceSite {

    /** {@code sizeof(struct virgl_caps_v1)} and the 0.10.4 {@code virgl_caps_v2} Mesa 22.3 knows. */
    public static final int CAPS_V1_SIZE = 308;
    public static final int CAPS_V2_SIZE = 1376;

    private final BackendEnvironment env;
    private final GlHost host;
    private final HostCaps caps;
    private final GlFormatTable formats;
    private final TransferScratch scratch = new TransferScratch();
    private final Transfers transfers;
    private final GlResourceFactory resourceFactory;
    private final CapsFiller capsFiller;
    private final VirglListenerFactory listeners;
    private final List<VirglContext> contexts = new ArrayList<>();
    private volatile GlContext syncContext;
    private boolean closed;

    private VirglBackend(BackendEnvironment env, GlHost host, VirglListenerFactory listeners) {
        this.env = env;
        this.host = host;
        this.listeners = listeners;
        this.caps = HostCapsProbe.probe(host.version(), host.profile());
        requireFeatures(caps);
        this.formats = GlFormatProbe.probe(caps);
        this.transfers = new Transfers(scratch, msg -> log(LogPriority.WARNING, msg));
        this.resourceFactory = new GlResourceFactory(caps, formats, this);
        this.capsFiller = new CapsFiller(caps, formats, host.winsys() instanceof EglWinsys);
        // GL_VERSION of an ES context already reads "OpenGL ES 3.2 …".
        log(LogPriority.INFO, "virgl backend on " + host.winsys().describe() + ": " + caps.renderer() + ", "
                + (caps.isEs() ? "" : "GL ") + caps.versionString());
    }

    /**
     * Opens the winsys the init flags ask for, creates the root context and probes the host.
     * Refuses (a {@link VirglException}, nothing left open) when the host cannot run VirGL.
     */
    public static VirglBackend start(BackendEnvironment env, VirglListenerFactory listeners) {
        GlWinsys winsys;
        try {
            winsys = openWinsys(env);
        } catch (WinsysException e) {
            throw new VirglException(-1, "virgl: " + e.getMessage(), e);
        }
        return start(env, listeners, winsys);
    }

    /** Starts on a winsys the caller opened (tests: a GLX display other than $DISPLAY); owns it. */
    static VirglBackend start(BackendEnvironment env, VirglListenerFactory listeners, GlWinsys winsys) {
        GlProfile profile = env.has(RendererFlag.USE_GLES) ? GlProfile.ES
                : env.has(RendererFlag.COMPAT_PROFILE) ? GlProfile.COMPATIBILITY : GlProfile.CORE;
        GlHost host;
        try {
            host = GlHost.open(winsys, profile);
        } catch (WinsysException e) {
            throw new VirglException(-1, "virgl: " + e.getMessage(), e);
        }
        try {
            VirglBackend backend = new VirglBackend(env, host, listeners);
            if (env.has(RendererFlag.THREAD_SYNC)) {
                // Made here, on the owner thread: embedder callbacks may only be used from it.
                backend.syncContext = host.createSharedContext();
                host.root().makeCurrent();
            }
            return backend;
        } catch (RuntimeException e) {
            host.close();
            throw e instanceof VirglException ve ? ve : new VirglException(-1, "virgl: " + e.getMessage(), e);
        }
    }

    private static GlWinsys openWinsys(BackendEnvironment env) {
        // As vrend: USE_EGL wins over USE_GLX; GLX uses $DISPLAY.
        boolean gles = env.has(RendererFlag.USE_GLES);
        if (env.has(RendererFlag.USE_GLX) && !env.has(RendererFlag.USE_EGL)) {
            if (gles) {
                // vrend has no GLES-over-GLX path either.
                throw new WinsysException("USE_GLES needs EGL (or the embedder's contexts), not USE_GLX");
            }
            return GlxWinsys.open(null, message -> env.log(LogPriority.WARNING, message));
        }
        // One host API per process: a GLES host refuses here, before any GL call, when the
        // process already runs desktop GL hosts (and the other way round).
        claim(gles ? HostApi.GLES : HostApi.DESKTOP_GL);
        boolean useEgl = env.has(RendererFlag.USE_EGL) || env.has(RendererFlag.USE_SURFACELESS);
        if (!useEgl && env.callbacks().providesGlContexts()) {
            // The embedder makes ES contexts of the versions asked for when it set USE_GLES.
            return new EmbedderWinsys(env.callbacks(), env.cookie());
        }
        HostApi api = gles ? HostApi.GLES : HostApi.DESKTOP_GL;
        if (!env.has(RendererFlag.USE_SURFACELESS)) {
            int drmFd = env.callbacks().getDrmFd(env.cookie());
            if (drmFd >= 0) {
                return EglWinsys.openDrmDevice(drmFd, api);
            }
        }
        return EglWinsys.openSurfaceless(api);
    }

    private static void claim(HostApi api) {
        try {
            HostApi.claim(api);
        } catch (IllegalStateException e) {
            throw new WinsysException(e.getMessage());
        }
    }

    private static void requireFeatures(HostCaps caps) {
        var missing = RequiredFeatures.missingFrom(caps);
        if (!missing.isEmpty()) {
            throw new VirglException(-1, "virgl: host GL " + caps.versionString() + " lacks " + missing);
        }
    }

    public HostCaps hostCaps() {
        return caps;
    }

    public GlFormatTable formats() {
        return formats;
    }

    @Override
    public Transfers transfers() {
        return transfers;
    }

    @Override
    public void ensureCurrent() {
        host.ensureCurrent();
    }

    @Override
    public GlNames names() {
        return host.names();
    }

    /** The backend's GL share group (tests and the executor's helpers). */
    public GlHost glHost() {
        return host;
    }

    void log(LogPriority priority, String message) {
        env.log(priority, message);
    }

    @Override
    public CapsetInfo capsetInfo(int capset) {
        return switch (capset) {
            case Capset.VIRGL -> new CapsetInfo(1, CAPS_V1_SIZE);
            case Capset.VIRGL2 -> new CapsetInfo(2, CAPS_V2_SIZE);
            default -> CapsetInfo.NONE;
        };
    }

    @Override
    public void fillCaps(int capset, int version, byte[] out) {
        capsFiller.fill(capset, version, out);
    }

    @Override
    public BackendContext createContext(int ctxId, int capset, String name) {
        GlContext gl = host.createSharedContext();
        try {
            VirglContext ctx = new VirglContext(this, ctxId, name, gl, listeners);
            contexts.add(ctx);
            return ctx;
        } catch (RuntimeException e) {
            gl.close();
            throw e;
        }
    }

    void forget(VirglContext ctx) {
        contexts.remove(ctx);
    }

    @Override
    public BackendResource createResource(ResourceCreateArgs args) {
        return resourceFactory.create(args);
    }

    @Override
    public FormatBlock formatBlock(int virglFormat) {
        FormatDesc d = VirglFormat.lookup(virglFormat);
        return d == null || virglFormat == VirglFormat.NONE ? null
                : new FormatBlock(d.blockWidth(), d.blockHeight(), d.blockBytes());
    }

    @Override
    public FenceSignal createGlobalFence() {
        List<GlContext> worked = new ArrayList<>();
        if (host.root().takeUsed()) {
            worked.add(host.root());
        }
        for (VirglContext c : contexts) {
            if (c.gl().takeUsed()) {
                worked.add(c.gl());
            }
        }
        return GlFence.insert(host, worked);
    }

    /** A fence over one context's work (per-context fences, ring 0). */
    FenceSignal contextFence(VirglContext ctx) {
        return GlFence.insert(host, List.of(ctx.gl()));
    }

    @Override
    public AutoCloseable bindSyncThread() {
        if (syncContext == null) {
            // Not started with THREAD_SYNC: an EGL or GLX context can still be made from any
            // thread (jvirgl owns the display); the embedder's callbacks are owner-thread only.
            if (host.winsys() instanceof EmbedderWinsys) {
                throw new VirglException(-1, "virgl: no sync-thread GL context (init without THREAD_SYNC)");
            }
            syncContext = host.createSharedContext();
        }
        GlContext ctx = syncContext;
        ctx.makeCurrent();
        return ctx::release;
    }

    @Override
    public void reset() {
        for (VirglContext c : List.copyOf(contexts)) {
            c.close();
        }
        host.root().makeCurrent();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reset();
        if (syncContext != null) {
            syncContext.close();
        }
        scratch.close();
        host.close();
    }
}
