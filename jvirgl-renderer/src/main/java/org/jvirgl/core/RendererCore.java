package org.jvirgl.core;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import org.jvirgl.api.BlobCreateArgs;
import org.jvirgl.api.Box;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.ExportedBlob;
import org.jvirgl.api.LogCallback;
import org.jvirgl.api.LogPriority;
import org.jvirgl.api.RendererBuilder;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.ResourceInfo;
import org.jvirgl.api.VirglException;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.spi.BackendContext;
import org.jvirgl.spi.BackendProvider;
import org.jvirgl.spi.FenceSignal;
import org.jvirgl.sys.EventFd;
import org.jvirgl.sys.LinuxException;

/**
 * The renderer core behind {@link VirglRenderer}: owns the context and resource tables and the
 * fence timelines of one instance, routes capsets to backends, and checks every argument
 * before a backend sees it. Error codes (and their signs) follow virglrenderer 0.10.4/HEAD.
 *
 * <p>Confined to the thread that built it; only {@link #pollFd()} may be called elsewhere.
 * Resource and blob operations live in {@link ResourceOps} to keep this class about lifecycle,
 * contexts and fences.
 */
public final class RendererCore implements VirglRenderer {
    static final String DISABLE_MT = "VIRGL_DISABLE_MT";
    private static final int CAPSET_ID_MASK = 0xff;

    private final Thread owner;
    private final Object cookie;
    private final RendererCallbacks callbacks;
    private final Set<RendererFlag> flags;
    private final LogSink log;
    private final Backends backends;
    private final EventFd pollEvent;
    private final FenceTimelines fences;
    private final SyncThreads syncThreads;
    private final Map<Integer, CoreContext> contexts = new HashMap<>();
    private final ResourceOps resources;
    private boolean cleanedUp;

    /** {@code virgl_renderer_init} with the backends on the module/class path and the real environment. */
    public static VirglRenderer create(RendererBuilder builder) {
        return create(builder, Environment.SYSTEM, ServiceLoader.load(BackendProvider.class));
    }

    /** The injectable form, for tests: a chosen environment and backend providers. */
    static RendererCore create(RendererBuilder builder, Environment environment,
            Iterable<BackendProvider> providers) {
        LogSink log = new LogSink();
        if (builder.logCallback() != null || builder.logUserData() != null) {
            log.set(builder.logCallback(), builder.logUserData(), builder.logRelease());
        }
        return new RendererCore(builder, environment, providers, log);
    }

    private RendererCore(RendererBuilder builder, Environment environment, Iterable<BackendProvider> providers,
            LogSink log) {
        this.owner = Thread.currentThread();
        this.cookie = builder.cookie();
        this.callbacks = builder.callbacks();
        this.log = log;
        EnumSet<RendererFlag> requested = EnumSet.noneOf(RendererFlag.class);
        requested.addAll(builder.flags());
        EnumSet<RendererFlag> effective = EnumSet.copyOf(requested);
        // THREAD_SYNC is a hint (upstream drops it silently); ASYNC_FENCE_CB means nothing without it.
        if (environment.get(DISABLE_MT) != null) {
            effective.remove(RendererFlag.THREAD_SYNC);
        }
        EventFd event = null;
        if (effective.contains(RendererFlag.THREAD_SYNC)) {
            try {
                event = new EventFd();
            } catch (LinuxException e) {
                log.warn("eventfd unavailable, THREAD_SYNC disabled: " + e.getMessage());
                effective.remove(RendererFlag.THREAD_SYNC);
            }
        }
        if (!effective.contains(RendererFlag.THREAD_SYNC)) {
            effective.remove(RendererFlag.ASYNC_FENCE_CB);
        }
        CoreEnvironment env = new CoreEnvironment(cookie, effective, callbacks, log);
        try {
            List<BackendProvider> found = new ArrayList<>();
            providers.forEach(found::add);
            // Checked against the requested flags, so an impossible request fails even when
            // THREAD_SYNC was dropped from the effective ones.
            Backends.checkHonoured(requested, found);
            this.backends = Backends.start(found, env);
        } catch (RuntimeException e) {
            if (event != null) {
                event.close();
            }
            log.error("renderer init failed: " + e.getMessage());
            log.close(); // the instance never existed: hand the log user data back now
            throw e;
        }
        if (backends.isEmpty() && event != null) {
            // No backend, no sync thread: nothing would ever write the fd (upstream returns -1 too).
            event.close();
            event = null;
            effective.remove(RendererFlag.THREAD_SYNC);
            effective.remove(RendererFlag.ASYNC_FENCE_CB);
        }
        this.pollEvent = event;
        this.flags = java.util.Collections.unmodifiableSet(EnumSet.copyOf(effective)); // declaration order
        FenceTimelines.Mode mode = event == null ? FenceTimelines.Mode.POLLING
                : effective.contains(RendererFlag.ASYNC_FENCE_CB) ? FenceTimelines.Mode.ASYNC
                : FenceTimelines.Mode.THREADED;
        EventFd wake = event;
        this.fences = new FenceTimelines(backends.slots().size(), mode, log,
                () -> {
                    if (wake != null) {
                        wake.signal();
                    }
                }, this::deliver);
        this.resources = new ResourceOps(log, backends, contexts);
        this.syncThreads = mode == FenceTimelines.Mode.POLLING ? null
                : new SyncThreads(backends.slots(), fences, log);
        if (syncThreads != null) {
            syncThreads.start();
        }
        log.log(LogPriority.INFO, "renderer initialised with " + flags + ", backends "
                + backends.slots().stream().map(BackendSlot::name).toList());
    }

    // ---- confinement ---------------------------------------------------------------------------

    private void checkOwner() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("renderer is confined to thread '" + owner.getName()
                    + "', called from '" + Thread.currentThread().getName() + "'");
        }
    }

    /** Every API entry but cleanup/pollFd: right thread, still initialised. */
    private void enter() {
        checkOwner();
        if (cleanedUp) {
            throw new VirglException(VirglException.EINVAL, "renderer has been cleaned up");
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    @Override
    public Set<RendererFlag> flags() {
        return flags;
    }

    @Override
    public void cleanup() {
        checkOwner();
        if (cleanedUp) {
            return;
        }
        cleanedUp = true;
        if (syncThreads != null) {
            syncThreads.stop();
        }
        destroyAll();
        backends.close(log);
        if (pollEvent != null) {
            pollEvent.close();
        }
        log.close();
    }

    @Override
    public void reset() {
        checkOwner();
        if (cleanedUp) {
            return; // upstream: reset without init is harmless
        }
        // Unlike upstream, THREAD_SYNC survives a reset: stop the sync threads so nothing
        // touches the fences being dropped, then start fresh ones.
        if (syncThreads != null) {
            syncThreads.stop();
        }
        destroyAll();
        backends.reset(log);
        if (pollEvent != null) {
            pollEvent.drain();
        }
        if (syncThreads != null) {
            syncThreads.start();
        }
    }

    private void destroyAll() {
        for (Integer id : List.copyOf(contexts.keySet())) {
            destroyContextNow(id);
        }
        resources.destroyAll();
        fences.clear();
    }

    @Override
    public void setLogCallback(LogCallback callback, Object userData, Consumer<Object> release) {
        checkOwner();
        log.set(callback, userData, release);
    }

    // ---- capsets -------------------------------------------------------------------------------

    @Override
    public CapsetInfo getCapSet(int capset) {
        enter();
        BackendSlot slot = backends.forCapset(capset);
        if (slot == null) {
            return CapsetInfo.NONE;
        }
        try {
            CapsetInfo info = slot.backend().capsetInfo(capset);
            return info == null ? CapsetInfo.NONE : info;
        } catch (RuntimeException e) {
            log.error("backend " + slot.name() + " failed to describe capset " + capset + ": " + e);
            return CapsetInfo.NONE;
        }
    }

    @Override
    public byte[] fillCaps(int capset, int version) {
        CapsetInfo info = getCapSet(capset);
        byte[] out = new byte[Math.max(0, info.maxSize())];
        if (out.length > 0) {
            BackendSlot slot = backends.forCapset(capset);
            try {
                slot.backend().fillCaps(capset, version, out);
            } catch (RuntimeException e) {
                log.error("backend " + slot.name() + " failed to fill capset " + capset + ": " + e);
            }
        }
        return out;
    }

    // ---- contexts ------------------------------------------------------------------------------

    @Override
    public void createContext(int ctxId, String name) {
        createContext(ctxId, Capset.VIRGL2, name);
    }

    @Override
    public void createContext(int ctxId, int ctxFlags, String name) {
        enter();
        if (ctxId == 0) {
            throw new VirglException(VirglException.EINVAL, "context id 0 is reserved");
        }
        if ((ctxFlags & ~CAPSET_ID_MASK) != 0) {
            throw new VirglException(VirglException.EINVAL, "unsupported context flags 0x"
                    + Integer.toHexString(ctxFlags & ~CAPSET_ID_MASK));
        }
        int capset = ctxFlags & CAPSET_ID_MASK;
        CoreContext existing = contexts.get(ctxId);
        if (existing != null) {
            if (existing.capset() == capset) {
                return;
            }
            throw new VirglException(VirglException.EINVAL, "context " + Integer.toUnsignedString(ctxId)
                    + " exists with capset " + existing.capset());
        }
        BackendSlot slot = backends.forCapset(capset);
        if (slot == null) {
            throw new VirglException(VirglException.EINVAL, "no backend serves capset " + capset);
        }
        BackendContext bc;
        try {
            bc = slot.backend().createContext(ctxId, capset, name == null ? "" : name);
        } catch (VirglException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("backend " + slot.name() + " failed to create context " + ctxId + ": " + e);
            throw new VirglException(VirglException.ENOMEM, "context creation failed: " + e, e);
        }
        if (bc == null) {
            throw new VirglException(VirglException.ENOMEM, "backend " + slot.name() + " made no context");
        }
        contexts.put(ctxId, new CoreContext(ctxId, capset, slot, bc));
    }

    @Override
    public void destroyContext(int ctxId) {
        enter();
        destroyContextNow(ctxId);
    }

    private void destroyContextNow(int ctxId) {
        CoreContext ctx = contexts.remove(ctxId);
        if (ctx == null) {
            return;
        }
        fences.drop(t -> !t.isGlobal() && t.ctxId() == ctxId);
        try {
            ctx.destroy();
        } catch (RuntimeException e) {
            log.error("backend failed to destroy context " + ctxId + ": " + e);
        }
    }

    @Override
    public void attachResource(int ctxId, int resHandle) {
        enter();
        resources.attach(ctxId, resHandle);
    }

    @Override
    public void detachResource(int ctxId, int resHandle) {
        enter();
        resources.detach(ctxId, resHandle);
    }

    @Override
    public void submitCmd(int ctxId, MemorySegment commands) {
        enter();
        CoreContext ctx = contexts.get(ctxId);
        if (ctx == null) {
            throw new VirglException(VirglException.EINVAL, "submit to unknown context " + ctxId);
        }
        if (commands == null || commands.byteSize() % 4 != 0) {
            throw new VirglException(VirglException.EINVAL, "command buffer must be whole dwords");
        }
        if (commands.isNative() && commands.address() % 4 != 0) {
            throw new VirglException(VirglException.EFAULT, "command buffer is not dword aligned");
        }
        try {
            ctx.backendContext().submit(commands);
        } catch (RuntimeException e) {
            // The backend must not throw on guest input; if it does, only this context pays.
            ctx.fail("backend failure: " + e);
            log.error("context " + ctxId + " failed while executing commands: " + e);
        }
    }

    @Override
    public String contextError(int ctxId) {
        enter();
        CoreContext ctx = contexts.get(ctxId);
        return ctx == null ? null : ctx.error();
    }

    // ---- resources (see ResourceOps) -----------------------------------------------------------

    @Override
    public void createResource(ResourceCreateArgs args, List<MemorySegment> iov) {
        enter();
        resources.create(args, iov);
    }

    @Override
    public void unrefResource(int resHandle) {
        enter();
        resources.unref(resHandle);
    }

    @Override
    public void attachIov(int resHandle, List<MemorySegment> iov) {
        enter();
        resources.attachIov(resHandle, iov);
    }

    @Override
    public List<MemorySegment> detachIov(int resHandle) {
        enter();
        return resources.detachIov(resHandle);
    }

    @Override
    public void transferWrite(int resHandle, int ctxId, int level, int stride, int layerStride, Box box,
            long offset, List<MemorySegment> iov) {
        enter();
        resources.transfer(true, resHandle, ctxId, level, stride, layerStride, box, offset, iov);
    }

    @Override
    public void transferRead(int resHandle, int ctxId, int level, int stride, int layerStride, Box box,
            long offset, List<MemorySegment> iov) {
        enter();
        resources.transfer(false, resHandle, ctxId, level, stride, layerStride, box, offset, iov);
    }

    @Override
    public ResourceInfo getInfo(int resHandle) {
        enter();
        return resources.info(resHandle);
    }

    @Override
    public void setPrivate(int resHandle, Object data) {
        enter();
        CoreResource res = resources.lookup(resHandle);
        if (res != null) {
            res.privateData(data);
        }
    }

    @Override
    public Object getPrivate(int resHandle) {
        enter();
        CoreResource res = resources.lookup(resHandle);
        return res == null ? null : res.privateData();
    }

    @Override
    public void createBlob(BlobCreateArgs args) {
        enter();
        resources.createBlob(args, null, 0);
    }

    @Override
    public void createBlob(BlobCreateArgs args, org.jvirgl.api.SharedMemory memory, long memoryOffset) {
        enter();
        resources.createBlob(args, memory, memoryOffset);
    }

    @Override
    public MemorySegment mapBlob(int resHandle) {
        enter();
        return resources.map(resHandle);
    }

    @Override
    public void unmapBlob(int resHandle) {
        enter();
        resources.unmap(resHandle);
    }

    @Override
    public int mapInfo(int resHandle) {
        enter();
        return resources.mapInfo(resHandle);
    }

    @Override
    public ExportedBlob exportBlob(int resHandle) {
        enter();
        return resources.export(resHandle);
    }

    // ---- fences --------------------------------------------------------------------------------

    @Override
    public void createFence(int fenceId, int ctxId) {
        enter();
        if (backends.isEmpty()) {
            throw new VirglException(VirglException.EINVAL, "no backend to fence");
        }
        List<FenceSignal> parts = new ArrayList<>();
        try {
            for (BackendSlot slot : backends.slots()) {
                parts.add(slot.backend().createGlobalFence());
            }
        } catch (RuntimeException e) {
            parts.forEach(FenceSignal::release);
            log.error("global fence " + Integer.toUnsignedString(fenceId) + " failed: " + e);
            throw e instanceof VirglException ve ? ve
                    : new VirglException(VirglException.ENOMEM, "global fence failed: " + e, e);
        }
        // The C API takes an int and reports a uint32_t: keep the id as 32 unsigned bits.
        fences.add(TimelineId.GLOBAL, 0, Integer.toUnsignedLong(fenceId), true, GlobalFenceSignal.of(parts));
    }

    @Override
    public void contextCreateFence(int ctxId, int fenceFlags, int ringIdx, long fenceId) {
        enter();
        CoreContext ctx = contexts.get(ctxId);
        if (ctx == null) {
            throw new VirglException(-VirglException.EINVAL, "fence on unknown context " + ctxId);
        }
        BackendContext bc = ctx.backendContext();
        if (ringIdx < 0 || ringIdx >= bc.ringCount()) {
            throw new VirglException(-VirglException.EINVAL, "context " + ctxId + " has no ring "
                    + Integer.toUnsignedString(ringIdx));
        }
        FenceSignal signal;
        try {
            signal = bc.createFence(ringIdx);
        } catch (VirglException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("context " + ctxId + " failed to create a fence: " + e);
            throw new VirglException(-VirglException.ENOMEM, "fence creation failed: " + e, e);
        }
        fences.add(new TimelineId(ctxId, ringIdx), ctx.backend().index(), fenceId,
                (fenceFlags & FENCE_FLAG_MERGEABLE) != 0, signal);
    }

    @Override
    public void poll() {
        enter();
        if (pollEvent != null) {
            pollEvent.drain(); // before retiring, so a fence signalled meanwhile re-arms the fd
        }
        deliver(fences.retire(t -> true));
        if (pollEvent != null && fences.hasUnwatchedPending()) {
            pollEvent.signal(); // no sync thread will: keep the emulator polling until they retire
        }
    }

    @Override
    public void contextPoll(int ctxId) {
        enter();
        if (contexts.containsKey(ctxId)) {
            deliver(fences.retire(t -> !t.isGlobal() && t.ctxId() == ctxId));
        }
    }

    @Override
    public int pollFd() {
        EventFd event = pollEvent;
        return event == null ? -1 : event.fd();
    }

    /** Runs the embedder's fence callbacks (owner thread, or a sync thread under ASYNC_FENCE_CB). */
    private void deliver(List<FenceReport> reports) {
        for (FenceReport r : reports) {
            try {
                if (r.timeline().isGlobal()) {
                    callbacks.writeFence(cookie, (int) r.fenceId());
                } else {
                    callbacks.writeContextFence(cookie, r.timeline().ctxId(), r.timeline().ringIdx(), r.fenceId());
                }
            } catch (RuntimeException e) {
                log.error("fence callback threw: " + e);
            }
        }
    }

    // ---- execute -------------------------------------------------------------------------------

    @Override
    public void execute(MemorySegment args) {
        enter();
        ExecuteRequests.execute(args, resources::lookup);
    }
}
