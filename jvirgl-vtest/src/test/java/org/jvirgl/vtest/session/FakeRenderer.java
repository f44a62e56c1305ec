package org.jvirgl.vtest.session;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jvirgl.api.BlobCreateArgs;
import org.jvirgl.api.Box;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.ExportedBlob;
import org.jvirgl.api.LogCallback;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.ResourceInfo;
import org.jvirgl.api.VirglException;
import org.jvirgl.api.VirglRenderer;

/**
 * A renderer double for server tests: resources are byte arrays addressed by {@code box.x}
 * (tests use R8 buffers), fences retire on {@link #poll()} unless held, and every call is
 * recorded. Like the real thing, it is used from the client's thread only.
 */
public final class FakeRenderer implements VirglRenderer {
    public static final int CAPS_V1_BYTES = 308;
    public static final int CAPS_V2_BYTES = 1376;

    private final Object cookie;
    private final Set<RendererFlag> flags;
    private final RendererCallbacks callbacks;
    public final Thread owner = Thread.currentThread();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<int[]> submitted = new CopyOnWriteArrayList<>();
    private final Map<Integer, byte[]> stores = new HashMap<>();
    private final Map<Integer, List<MemorySegment>> backings = new HashMap<>();
    private final List<Integer> pendingFences = new ArrayList<>();
    private final List<long[]> pendingContextFences = new ArrayList<>();
    /** Caps to answer instead of the counting pattern (e.g. recorded from the C server), by capset. */
    public final Map<Integer, byte[]> capsOverride = new java.util.concurrent.ConcurrentHashMap<>();
    /** Polls that still leave fences pending (to exercise busy replies and the wait loop). */
    public volatile int holdFencesForPolls;
    public volatile String contextError;
    public volatile boolean cleanedUp;

    public FakeRenderer(Object cookie, Set<RendererFlag> flags, RendererCallbacks callbacks) {
        this.cookie = cookie;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(RendererFlag.class) : EnumSet.copyOf(flags);
        this.callbacks = callbacks;
    }

    /** A factory that hands every created renderer to {@code created} (one per client). */
    public static RendererFactory factory(Consumer<FakeRenderer> created) {
        return (Object cookie, Set<RendererFlag> flags, RendererCallbacks callbacks, LogCallback log) -> {
            FakeRenderer r = new FakeRenderer(cookie, flags, callbacks);
            created.accept(r);
            return r;
        };
    }

    /** A factory whose renderers answer {@code caps} (capset id to blob), e.g. the C server's real caps. */
    public static RendererFactory withCaps(Map<Integer, byte[]> caps) {
        return factory(r -> r.capsOverride.putAll(caps));
    }

    @Override
    public Set<RendererFlag> flags() {
        return flags;
    }

    @Override
    public void cleanup() {
        cleanedUp = true;
        calls.add("cleanup");
    }

    @Override
    public void reset() {
    }

    @Override
    public void setLogCallback(LogCallback callback, Object userData, Consumer<Object> release) {
    }

    @Override
    public CapsetInfo getCapSet(int capset) {
        byte[] recorded = capsOverride.get(capset);
        if (recorded != null) {
            return new CapsetInfo(capset, recorded.length);
        }
        return switch (capset) {
            case Capset.VIRGL -> new CapsetInfo(1, CAPS_V1_BYTES);
            case Capset.VIRGL2 -> new CapsetInfo(2, CAPS_V2_BYTES);
            default -> CapsetInfo.NONE;
        };
    }

    /** Caps whose first byte is the capset id and the rest a counting pattern. */
    @Override
    public byte[] fillCaps(int capset, int version) {
        byte[] recorded = capsOverride.get(capset);
        if (recorded != null) {
            return recorded.clone();
        }
        byte[] caps = new byte[getCapSet(capset).maxSize()];
        for (int i = 0; i < caps.length; i++) {
            caps[i] = (byte) (i == 0 ? capset : i);
        }
        return caps;
    }

    @Override
    public void createContext(int ctxId, String name) {
        calls.add("createContext " + ctxId + " " + name);
    }

    @Override
    public void createContext(int ctxId, int ctxFlags, String name) {
        if ((ctxFlags & 0xff) != Capset.VIRGL && (ctxFlags & 0xff) != Capset.VIRGL2) {
            throw new VirglException(VirglException.EINVAL, "capset " + (ctxFlags & 0xff) + " unsupported");
        }
        calls.add("createContext " + ctxId + " capset " + (ctxFlags & 0xff) + " " + name);
    }

    @Override
    public void destroyContext(int ctxId) {
    }

    @Override
    public void attachResource(int ctxId, int resHandle) {
        calls.add("attach " + resHandle);
    }

    @Override
    public void detachResource(int ctxId, int resHandle) {
    }

    @Override
    public void submitCmd(int ctxId, MemorySegment commands) {
        submitted.add(commands.toArray(ValueLayout.JAVA_INT));
    }

    @Override
    public String contextError(int ctxId) {
        return contextError;
    }

    @Override
    public void createResource(ResourceCreateArgs args, List<MemorySegment> iov) {
        if (stores.containsKey(args.handle())) {
            throw new VirglException(VirglException.EINVAL, "resource " + args.handle() + " exists");
        }
        stores.put(args.handle(), new byte[Math.max(1, args.width())]);
        backings.put(args.handle(), List.copyOf(iov));
        calls.add("createResource " + args.handle() + " iov " + iov.size());
    }

    @Override
    public void unrefResource(int resHandle) {
        stores.remove(resHandle);
        backings.remove(resHandle);
        calls.add("unref " + resHandle);
    }

    @Override
    public void attachIov(int resHandle, List<MemorySegment> iov) {
        backings.put(resHandle, List.copyOf(iov));
    }

    @Override
    public List<MemorySegment> detachIov(int resHandle) {
        return backings.remove(resHandle);
    }

    private byte[] store(int handle) {
        byte[] store = stores.get(handle);
        if (store == null) {
            throw new VirglException(VirglException.EINVAL, "no resource " + handle);
        }
        return store;
    }

    private MemorySegment source(int handle, List<MemorySegment> iov) {
        List<MemorySegment> use = iov != null ? iov : backings.get(handle);
        if (use == null || use.isEmpty()) {
            throw new VirglException(VirglException.EINVAL, "resource " + handle + " has no backing");
        }
        return use.getFirst();
    }

    @Override
    public void transferWrite(int resHandle, int ctxId, int level, int stride, int layerStride, Box box, long offset,
            List<MemorySegment> iov) {
        byte[] store = store(resHandle);
        MemorySegment.copy(source(resHandle, iov), ValueLayout.JAVA_BYTE, offset, store, box.x(), box.w());
        calls.add("transferWrite " + resHandle + " x=" + box.x() + " w=" + box.w() + " offset " + offset);
    }

    @Override
    public void transferRead(int resHandle, int ctxId, int level, int stride, int layerStride, Box box, long offset,
            List<MemorySegment> iov) {
        byte[] store = store(resHandle);
        MemorySegment.copy(store, box.x(), source(resHandle, iov), ValueLayout.JAVA_BYTE, offset, box.w());
        calls.add("transferRead " + resHandle + " x=" + box.x() + " w=" + box.w() + " offset " + offset);
    }

    @Override
    public ResourceInfo getInfo(int resHandle) {
        throw new VirglException(VirglException.ENOTSUP, "not in the fake");
    }

    @Override
    public void setPrivate(int resHandle, Object data) {
    }

    @Override
    public Object getPrivate(int resHandle) {
        return null;
    }

    @Override
    public void createBlob(BlobCreateArgs args) {
        if (args.blobMem() == BlobCreateArgs.MEM_HOST3D) {
            stores.put(args.resHandle(), new byte[1]);
            calls.add("createBlob " + args.resHandle() + " host3d");
            return;
        }
        stores.put(args.resHandle(), new byte[(int) Math.min(args.size(), 1 << 20)]);
        backings.put(args.resHandle(), args.iov());
        calls.add("createBlob " + args.resHandle() + " mem " + args.blobMem() + " size " + args.size());
    }

    @Override
    public void createBlob(BlobCreateArgs args, org.jvirgl.api.SharedMemory memory, long memoryOffset) {
        createBlob(args);
        calls.add("blob memory " + args.resHandle() + " fd " + (memory.fd() >= 0) + " offset " + memoryOffset);
    }

    @Override
    public MemorySegment mapBlob(int resHandle) {
        throw new VirglException(VirglException.ENOTSUP, "not in the fake");
    }

    @Override
    public void unmapBlob(int resHandle) {
    }

    @Override
    public int mapInfo(int resHandle) {
        return 0;
    }

    @Override
    public ExportedBlob exportBlob(int resHandle) {
        throw new VirglException(VirglException.ENOTSUP, "the fake exports nothing");
    }

    @Override
    public void createFence(int fenceId, int ctxId) {
        pendingFences.add(fenceId);
    }

    @Override
    public void contextCreateFence(int ctxId, int fenceFlags, int ringIdx, long fenceId) {
        pendingContextFences.add(new long[] {ctxId, ringIdx, fenceId});
    }

    @Override
    public void poll() {
        if (holdFencesForPolls > 0) {
            holdFencesForPolls--;
            return;
        }
        for (int id : pendingFences) {
            callbacks.writeFence(cookie, id);
        }
        pendingFences.clear();
        for (long[] f : pendingContextFences) {
            callbacks.writeContextFence(cookie, (int) f[0], (int) f[1], f[2]);
        }
        pendingContextFences.clear();
    }

    @Override
    public void contextPoll(int ctxId) {
        poll();
    }

    @Override
    public int pollFd() {
        return -1;
    }

    @Override
    public void execute(MemorySegment args) {
        throw new VirglException(VirglException.ENOTSUP, "not in the fake");
    }
}
