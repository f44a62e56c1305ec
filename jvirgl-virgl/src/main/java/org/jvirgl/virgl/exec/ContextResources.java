package org.jvirgl.virgl.exec;

import static org.jvirgl.virgl.gl.BufferCalls.nglNamedBufferSubData;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.api.Box;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.spi.ResourceView;
import org.jvirgl.virgl.VirglContext;
import org.jvirgl.virgl.format.GlFormat;
import org.jvirgl.virgl.resource.GlResource;
import org.jvirgl.virgl.resource.TransferRequest;
import org.jvirgl.virgl.state.IntObjectMap;
import org.jvirgl.wire.CopyTransfer3d;
import org.jvirgl.wire.InlineWrite;
import org.jvirgl.wire.Transfer3d;
import org.jvirgl.wire.TransferBox;

/**
 * The executor's view of a {@link VirglContext}'s attached resources, formats and transfer
 * paths. Resource adapters are cached per handle and rebuilt only when the handle is attached
 * to different storage, so lookups on the draw path do not allocate.
 */
final class ContextResources implements ExecResources {
    private static final ExecFormat UNSUPPORTED = new ExecFormat(0, 0, null);

    private final VirglContext context;
    private final IntObjectMap<Adapter> adapters = new IntObjectMap<>();
    private final IntObjectMap<ExecFormat> formats = new IntObjectMap<>();

    ContextResources(VirglContext context) {
        this.context = context;
    }

    @Override
    public ExecResource lookup(int handle) {
        GlResource r = context.resources().get(handle);
        if (r == null || r.isClosed()) {
            return null;
        }
        Adapter a = adapters.get(handle);
        if (a == null || a.res != r) {
            a = new Adapter(r);
            adapters.put(handle, a);
        }
        return a;
    }

    @Override
    public ExecFormat format(int virglFormat) {
        if (virglFormat < 0) {
            return UNSUPPORTED;
        }
        ExecFormat f = formats.get(virglFormat + 1);
        if (f == null) {
            GlFormat g = context.formats().get(virglFormat);
            f = g == null ? UNSUPPORTED : new ExecFormat(g.internalFormat(), g.blockBytes(),
                g.swizzle().selectors(),
                g.compressed() ? 0 : g.format(), g.type(), g.swapRedBlue());
            formats.put(virglFormat + 1, f);
        }
        return f;
    }

    @Override
    public String transfer3d(Transfer3d t) {
        GlResource r = context.resources().get(t.resource());
        ResourceView view = context.resources().view(t.resource());
        if (r == null || view == null) {
            return "TRANSFER3D on unknown resource " + t.resource();
        }
        TransferRequest req = request(t, Integer.toUnsignedLong(t.offset()));
        int rc = t.toHost() ? r.writeFrom(req, view.iov()) : r.readInto(req, view.iov());
        return rc == 0 ? null : "TRANSFER3D refused for resource " + t.resource();
    }

    @Override
    public String copyTransfer3d(CopyTransfer3d c) {
        GlResource r = context.resources().get(c.resource());
        ResourceView staging = context.resources().view(c.stagingResource());
        if (r == null || staging == null) {
            return "COPY_TRANSFER3D on unknown resource " + c.resource() + "/" + c.stagingResource();
        }
        TransferRequest req = request(c, Integer.toUnsignedLong(c.stagingOffset()));
        int rc = c.readFromHost() ? r.readInto(req, staging.iov()) : r.writeFrom(req, staging.iov());
        return rc == 0 ? null : "COPY_TRANSFER3D refused for resource " + c.resource();
    }

    @Override
    public String inlineWrite(InlineWrite w) {
        GlResource r = context.resources().get(w.resource());
        if (r == null) {
            return "RESOURCE_INLINE_WRITE on unknown resource " + w.resource();
        }
        // Rare (Mesa 22.3 never sends it): a temporary copy keeps the transfer path uniform.
        MemorySegment data = Arena.ofAuto().allocate(w.data().byteSize(), 4);
        w.data().copyTo(data, 0);
        int rc = r.writeFrom(request(w, 0), List.of(data));
        return rc == 0 ? null : "RESOURCE_INLINE_WRITE refused for resource " + w.resource();
    }

    @Override
    public String writeHostResult(int handle, long offset, MemorySegment bytes) {
        GlResource r = context.resources().get(handle);
        if (r == null || !r.isBuffer()) {
            return "host result target " + handle + " is not an attached buffer";
        }
        if (offset < 0 || offset + bytes.byteSize() > r.args().width()) {
            return "host result does not fit resource " + handle;
        }
        // The guest reads it back with a transfer from host storage.
        nglNamedBufferSubData(r.glName(), offset, bytes.byteSize(), bytes.address());
        return null;
    }

    @Override
    public String writeGuestBacking(int handle, MemorySegment bytes) {
        ResourceView view = context.resources().view(handle);
        if (view == null) {
            return "resource " + handle + " is not attached";
        }
        List<MemorySegment> iov = view.iov();
        long total = 0;
        for (MemorySegment s : iov) {
            total += s.byteSize();
        }
        if (total < bytes.byteSize()) {
            return "the guest backing of resource " + handle + " (" + total + " bytes) cannot hold "
                + bytes.byteSize() + " bytes";
        }
        long done = 0;
        for (MemorySegment s : iov) {
            long n = Math.min(s.byteSize(), bytes.byteSize() - done);
            MemorySegment.copy(bytes, done, s, 0, n);
            done += n;
            if (done == bytes.byteSize()) {
                break;
            }
        }
        return null;
    }

    private static TransferRequest request(TransferBox t, long offset) {
        return new TransferRequest(t.level(), t.stride(), t.layerStride(),
            new Box(t.x(), t.y(), t.z(), t.width(), t.height(), t.depth()), offset);
    }

    /** A GlResource seen through {@link ExecResource}. */
    private static final class Adapter implements ExecResource {
        final GlResource res;
        final ResourceCreateArgs a;

        Adapter(GlResource res) {
            this.res = res;
            this.a = res.args();
        }

        @Override public int handle() { return a.handle(); }
        @Override public int pipeTarget() { return a.target(); }
        @Override public int format() { return a.format(); }
        @Override public int width() { return a.width(); }
        @Override public int height() { return a.height(); }
        @Override public int depth() { return a.depth(); }
        @Override public int arraySize() { return a.arraySize(); }
        @Override public int lastLevel() { return a.lastLevel(); }
        @Override public int samples() { return a.nrSamples(); }
        @Override public boolean y0Top() { return res.isY0Top(); }
        @Override public int glBuffer() { return res.isBuffer() ? res.glName() : 0; }
        @Override public int glTexture() { return res.isBuffer() ? 0 : res.glName(); }
        @Override public int glTarget() { return res.glTarget(); }
        @Override public Runnable holdStorage() { return res.hold(); }
    }
}
