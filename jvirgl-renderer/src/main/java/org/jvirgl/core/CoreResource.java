package org.jvirgl.core;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.spi.BackendResource;
import org.jvirgl.spi.FormatBlock;
import org.jvirgl.spi.ResourceView;

/**
 * One entry of the resource table ({@code struct virgl_resource}): a classic resource
 * (creation arguments + backend storage) or a blob (guest iov and/or backend storage).
 */
final class CoreResource implements ResourceView {
    private final int handle;
    private final ResourceCreateArgs args;
    private final FormatBlock block;
    private final BackendResource backing;
    private final int mapInfo;
    private final long blobSize;
    private final SharedMemory sharedMemory;
    private final long sharedOffset;
    // Read by backends at use time; only the owner thread writes it, sync threads never read it.
    private volatile List<MemorySegment> iov;
    private Object privateData;
    private MemorySegment mapping;

    private CoreResource(int handle, ResourceCreateArgs args, FormatBlock block, BackendResource backing,
            List<MemorySegment> iov, int mapInfo, long blobSize, SharedMemory sharedMemory, long sharedOffset) {
        this.handle = handle;
        this.args = args;
        this.block = block;
        this.backing = backing;
        this.iov = iov;
        this.mapInfo = mapInfo;
        this.blobSize = blobSize;
        this.sharedMemory = sharedMemory;
        this.sharedOffset = sharedOffset;
    }

    static CoreResource classic(ResourceCreateArgs args, FormatBlock block, BackendResource backing,
            List<MemorySegment> iov) {
        return new CoreResource(args.handle(), args, block, backing, iov, backing.mapInfo(), 0, null, 0);
    }

    static CoreResource guestBlob(int handle, List<MemorySegment> iov, long size, int mapInfo,
            SharedMemory sharedMemory, long sharedOffset) {
        return new CoreResource(handle, null, null, null, iov, mapInfo, size, sharedMemory, sharedOffset);
    }

    static CoreResource hostBlob(int handle, BackendResource backing, List<MemorySegment> iov, long size) {
        return new CoreResource(handle, null, null, backing, iov, backing.mapInfo(), size, null, 0);
    }

    @Override
    public int handle() {
        return handle;
    }

    @Override
    public ResourceCreateArgs args() {
        return args;
    }

    @Override
    public List<MemorySegment> iov() {
        return iov;
    }

    @Override
    public BackendResource backing() {
        return backing;
    }

    /** Block layout of a classic resource's format; null for blobs. */
    FormatBlock block() {
        return block;
    }

    boolean isTyped() {
        return args != null;
    }

    void attachIov(List<MemorySegment> newIov) {
        this.iov = newIov;
    }

    List<MemorySegment> detachIov() {
        List<MemorySegment> old = iov;
        iov = List.of();
        return old;
    }

    int mapInfo() {
        return mapInfo;
    }

    long blobSize() {
        return blobSize;
    }

    /** The shared memory a guest blob lives in (for SHM export), or null. */
    SharedMemory sharedMemory() {
        return sharedMemory;
    }

    long sharedOffset() {
        return sharedOffset;
    }

    Object privateData() {
        return privateData;
    }

    void privateData(Object data) {
        this.privateData = data;
    }

    MemorySegment mapping() {
        return mapping;
    }

    void mapping(MemorySegment segment) {
        this.mapping = segment;
    }

    /** Frees host storage; guest memory stays the embedder's. */
    void destroy() {
        if (mapping != null && backing != null) {
            backing.unmap();
        }
        mapping = null;
        if (backing != null) {
            backing.close();
        }
    }
}
