package org.jvirgl.core;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jvirgl.api.Box;
import org.jvirgl.api.Capset;
import org.jvirgl.api.CapsetInfo;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.jvirgl.spi.Backend;
import org.jvirgl.spi.BackendContext;
import org.jvirgl.spi.BackendEnvironment;
import org.jvirgl.spi.BackendProvider;
import org.jvirgl.spi.BackendResource;
import org.jvirgl.spi.FenceSignal;
import org.jvirgl.spi.FormatBlock;
import org.jvirgl.spi.ResourceView;

/**
 * A GL-free backend for exercising the core through its SPI: it records what the core asks,
 * hands out {@link TestSignal}s the test completes, and keeps "host" resources as byte arrays.
 */
final class TestBackend implements Backend {
    static final int CAPS_SIZE = 16;
    static final int FORMAT_MAX = 481;
    static final int FORMAT_R8_UNORM = 64;

    final String name;
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<TestSignal> signals = new CopyOnWriteArrayList<>();
    final Map<Integer, TestContext> contexts = new ConcurrentHashMap<>();
    final List<String> syncThreadNames = new CopyOnWriteArrayList<>();
    volatile int ringCount = 1;
    /** A host size limit, as a GL backend has (GL_MAX_TEXTURE_SIZE). */
    volatile int maxSize = 16384;
    volatile BackendEnvironment env;
    volatile boolean closed;

    TestBackend(String name) {
        this.name = name;
    }

    /** A provider for this backend serving {@code capsets} and honouring {@code flags}. */
    BackendProvider provider(Set<Integer> capsets, Set<RendererFlag> flags, Predicate<BackendEnvironment> enabled) {
        TestBackend backend = this;
        return new BackendProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Integer> capsets() {
                return capsets;
            }

            @Override
            public Set<RendererFlag> honouredFlags() {
                return flags;
            }

            @Override
            public boolean enabledBy(BackendEnvironment e) {
                return enabled.test(e);
            }

            @Override
            public Backend start(BackendEnvironment e) {
                backend.env = e;
                backend.events.add("start");
                return backend;
            }
        };
    }

    /** The usual shape: a VirGL-like backend honouring the EGL flags, off with NO_VIRGL. */
    BackendProvider virglLike() {
        return provider(Set.of(Capset.VIRGL, Capset.VIRGL2),
                Set.of(RendererFlag.USE_EGL, RendererFlag.USE_SURFACELESS, RendererFlag.USE_GLES),
                e -> !e.has(RendererFlag.NO_VIRGL));
    }

    TestSignal signal(String label) {
        TestSignal s = new TestSignal(label);
        signals.add(s);
        return s;
    }

    @Override
    public CapsetInfo capsetInfo(int capset) {
        return capset == Capset.VIRGL ? new CapsetInfo(1, CAPS_SIZE) : new CapsetInfo(2, CAPS_SIZE * 2);
    }

    @Override
    public void fillCaps(int capset, int version, byte[] out) {
        out[0] = (byte) capset;
        out[1] = (byte) version;
    }

    @Override
    public BackendContext createContext(int ctxId, int capset, String ctxName) {
        TestContext ctx = new TestContext(ctxId, capset);
        contexts.put(ctxId, ctx);
        events.add("ctx+" + ctxId);
        return ctx;
    }

    @Override
    public FormatBlock formatBlock(int virglFormat) {
        if (virglFormat <= 0 || virglFormat >= FORMAT_MAX) {
            return null;
        }
        return virglFormat == FORMAT_R8_UNORM ? new FormatBlock(1, 1, 1) : new FormatBlock(1, 1, 4);
    }

    @Override
    public BackendResource createResource(ResourceCreateArgs args) {
        if (Integer.compareUnsigned(args.width(), maxSize) > 0 || Integer.compareUnsigned(args.height(), maxSize) > 0) {
            throw new VirglException(VirglException.EINVAL, "larger than the host allows");
        }
        events.add("res+" + args.handle());
        return new TestResource(args);
    }

    @Override
    public FenceSignal createGlobalFence() {
        return signal("global");
    }

    /** Makes bindSyncThread fail, as a GL backend that cannot make a context current would. */
    volatile boolean failSyncBinding;

    @Override
    public AutoCloseable bindSyncThread() {
        if (failSyncBinding) {
            throw new IllegalStateException("no shared context for the sync thread");
        }
        syncThreadNames.add(Thread.currentThread().getName());
        events.add("bind-sync");
        return () -> events.add("unbind-sync");
    }

    @Override
    public void reset() {
        events.add("reset");
    }

    @Override
    public void close() {
        closed = true;
        events.add("close");
    }

    /** A context that records submissions and fails on a dword 0xdead, like a decoder refusing input. */
    final class TestContext implements BackendContext {
        final int id;
        final int capset;
        final Map<Integer, ResourceView> attached = new ConcurrentHashMap<>();
        final List<MemorySegment> submitted = new CopyOnWriteArrayList<>();
        volatile String error;
        volatile boolean closed;

        TestContext(int id, int capset) {
            this.id = id;
            this.capset = capset;
        }

        @Override
        public void submit(MemorySegment commands) {
            submitted.add(commands);
            if (commands.byteSize() >= 4 && commands.get(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED, 0) == 0xdead) {
                if (error == null) {
                    error = "refused command 0xdead";
                }
            }
            if (commands.byteSize() >= 4 && commands.get(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED, 0) == 0xb0bb) {
                throw new IllegalStateException("backend bug");
            }
        }

        @Override
        public String error() {
            return error;
        }

        @Override
        public void attach(ResourceView resource) {
            attached.put(resource.handle(), resource);
        }

        @Override
        public void detach(int resHandle) {
            attached.remove(resHandle);
        }

        @Override
        public FenceSignal createFence(int ringIdx) {
            return signal("ctx" + id + "/ring" + ringIdx);
        }

        @Override
        public int ringCount() {
            return ringCount;
        }

        @Override
        public void close() {
            closed = true;
            contexts.remove(id);
            events.add("ctx-" + id);
        }
    }

    /** Host storage as a byte array of the level-0 image, enough to see transfers arrive. */
    final class TestResource implements BackendResource {
        final ResourceCreateArgs args;
        final List<String> transfers = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        TestResource(ResourceCreateArgs args) {
            this.args = args;
        }

        @Override
        public void write(int level, int stride, int layerStride, Box box, long offset, List<MemorySegment> iov) {
            transfers.add("write " + level + " " + box + " @" + offset);
        }

        @Override
        public void read(int level, int stride, int layerStride, Box box, long offset, List<MemorySegment> iov) {
            transfers.add("read " + level + " " + box + " @" + offset);
        }

        /** Shared resources describe themselves as one linear ABGR8888 plane. */
        @Override
        public org.jvirgl.spi.ExportLayout exportQuery(boolean exportFds) {
            if ((args.bind() & ResourceRules.BIND_SHARED) == 0) {
                return BackendResource.super.exportQuery(exportFds);
            }
            return new org.jvirgl.spi.ExportLayout(0x34324241, 0,
                    List.of(new org.jvirgl.spi.ExportLayout.Plane(-1, args.width() * 4, 0)));
        }

        @Override
        public int glTextureName() {
            return 1000 + args.handle();
        }

        @Override
        public void close() {
            if (closed) {
                throw new VirglException(-1, "double close of resource " + args.handle());
            }
            closed = true;
            events.add("res-" + args.handle());
        }
    }
}
