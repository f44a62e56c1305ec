package org.jvirgl.virgl.resource;

import static org.lwjgl.opengl.GL46C.*;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.api.Box;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.jvirgl.spi.BackendResource;
import org.jvirgl.virgl.format.GlFormat;

/**
 * The host storage of a classic resource: a GL buffer object, or a texture with immutable
 * storage ({@code glTextureStorage*}). Shared by every GL context of the backend.
 *
 * <p>Every method that touches GL expects a context of the backend's share group to be
 * current on the calling thread (the backend and the executor ensure it).
 */
public final class GlResource implements BackendResource {

    private final ResourceCreateArgs args;
    private final GlFormat format;
    private final int glTarget;
    private final int glName;
    private final ResourceSite site;
    private boolean closed;
    /** Sampler views still sampling the storage; it is deleted when the last lets go after close(). */
    private int holds;

    GlResource(ResourceCreateArgs args, GlFormat format, int glTarget, int glName, ResourceSite site) {
        this.args = args;
        this.format = format;
        this.glTarget = glTarget;
        this.glName = glName;
        this.site = site;
    }

    /** The creation arguments (handle, Gallium target, VIRGL format, bind, sizes, flags). */
    public ResourceCreateArgs args() {
        return args;
    }

    public int handle() {
        return args.handle();
    }

    /** The host format mapping (for buffers: the guest's nominal format, usually R8_UNORM). */
    public GlFormat format() {
        return format;
    }

    /** {@code GL_ARRAY_BUFFER} for buffers (bind them wherever needed), else the texture target. */
    public int glTarget() {
        return glTarget;
    }

    /** The GL buffer or texture name. */
    public int glName() {
        return glName;
    }

    public boolean isBuffer() {
        return args.target() == ResourceCreateArgs.TARGET_BUFFER;
    }

    /** Multisample textures (nr_samples &gt; 1) have no guest storage and no transfers. */
    public boolean isMultisample() {
        return args.nrSamples() > 1;
    }

    /** Guest row 0 is the top of the image (only 2D/RECT resources from scanout paths). */
    public boolean isY0Top() {
        return (args.flags() & ResourceCreateArgs.FLAG_Y_0_TOP) != 0;
    }

    public int width(int level) {
        return Math.max(1, args.width() >> level);
    }

    public int height(int level) {
        return args.target() == ResourceCreateArgs.TARGET_1D || args.target() == ResourceCreateArgs.TARGET_1D_ARRAY
                || isBuffer() ? 1 : Math.max(1, args.height() >> level);
    }

    /** Depth of a 3D level, or the layer count (6 faces per cube) of every other target. */
    public int depthOrLayers(int level) {
        return switch (args.target()) {
            case ResourceCreateArgs.TARGET_3D -> Math.max(1, args.depth() >> level);
            case ResourceCreateArgs.TARGET_CUBE -> 6;
            case ResourceCreateArgs.TARGET_1D_ARRAY, ResourceCreateArgs.TARGET_2D_ARRAY,
                 ResourceCreateArgs.TARGET_CUBE_ARRAY -> Math.max(1, args.arraySize());
            default -> 1;
        };
    }

    /**
     * Copies guest memory into the resource (TRANSFER3D to host, vtest TRANSFER_PUT*,
     * {@code transfer_write_iov}). Returns 0, or an errno (EINVAL) after logging why.
     */
    public int writeFrom(TransferRequest request, List<MemorySegment> iov) {
        return site.transfers().write(this, request, iov);
    }

    /** Copies the resource into guest memory (TRANSFER3D from host, TRANSFER_GET*). 0 or errno. */
    public int readInto(TransferRequest request, List<MemorySegment> iov) {
        return site.transfers().read(this, request, iov);
    }

    @Override
    public void write(int level, int stride, int layerStride, Box box, long offset, List<MemorySegment> iov) {
        site.ensureCurrent();
        check(writeFrom(new TransferRequest(level, stride, layerStride, box, offset), iov), "write");
    }

    @Override
    public void read(int level, int stride, int layerStride, Box box, long offset, List<MemorySegment> iov) {
        site.ensureCurrent();
        check(readInto(new TransferRequest(level, stride, layerStride, box, offset), iov), "read");
    }

    private void check(int errno, String what) {
        if (errno != 0) {
            throw new VirglException(errno, "transfer " + what + " refused on resource " + handle());
        }
    }

    @Override
    public int glTextureName() {
        return isBuffer() ? 0 : glName;
    }

    @Override
    public int stride() {
        return (int) Math.min(Integer.MAX_VALUE, format.stride(args.width()));
    }

    /**
     * Keeps the GL storage alive past {@link #close()} until the returned action runs (once; later
     * runs do nothing): a sampler view references its resource, as vrend's do, so the guest may
     * destroy the resource before the view. Run the action with a context of the share group current.
     */
    public Runnable hold() {
        holds++;
        boolean[] released = {false};
        return () -> {
            if (released[0]) {
                return;
            }
            released[0] = true;
            if (--holds == 0 && closed) {
                deleteStorage();
            }
        };
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (holds == 0) {
            site.ensureCurrent();
            deleteStorage();
        }
    }

    private void deleteStorage() {
        if (isBuffer()) {
            site.names().deleteBuffer(glName);
        } else {
            site.names().deleteTexture(glName);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "GlResource[" + args.handle() + " " + format.name() + " target " + args.target() + " gl " + glName + "]";
    }
}
