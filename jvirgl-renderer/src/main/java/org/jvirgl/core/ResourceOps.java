package org.jvirgl.core;

import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jvirgl.api.BlobCreateArgs;
import org.jvirgl.api.Box;
import org.jvirgl.api.ExportedBlob;
import org.jvirgl.api.MapCache;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.ResourceInfo;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.api.VirglException;
import org.jvirgl.spi.BackendResource;
import org.jvirgl.spi.FormatBlock;
import org.jvirgl.sys.LinuxException;

/**
 * The resource table and every resource call of the public API: creation (upstream's
 * {@code check_resource_valid} shape rules, then the backend), guest backing, transfers
 * (bounds and iov checks before the backend copies), blobs, mapping and export. Error codes
 * and their signs follow upstream; see the method comments where they are surprising.
 */
final class ResourceOps {
    private static final int MAP_CACHE_MASK = 0x0f;

    private final LogSink log;
    private final Backends backends;
    private final Map<Integer, CoreContext> contexts;
    private final Map<Integer, CoreResource> table = new HashMap<>();

    ResourceOps(LogSink log, Backends backends, Map<Integer, CoreContext> contexts) {
        this.log = log;
        this.backends = backends;
        this.contexts = contexts;
    }

    CoreResource lookup(int handle) {
        return table.get(handle);
    }

    private VirglException refuse(int code, String message) {
        log.warn(message);
        return new VirglException(code, message);
    }

    // ---- classic resources -----------------------------------------------------------------

    /** Upstream codes: handle 0 and invalid arguments EINVAL, a live duplicate -EINVAL. */
    void create(ResourceCreateArgs args, List<MemorySegment> iov) {
        if (args == null) {
            throw refuse(VirglException.EINVAL, "resource_create without arguments");
        }
        BackendSlot slot = backends.classicResources();
        if (slot == null) {
            throw refuse(VirglException.EINVAL, "no backend for classic resources (NO_VIRGL)");
        }
        if (args.handle() == 0) {
            throw refuse(VirglException.EINVAL, "resource handle 0 is reserved");
        }
        if (table.containsKey(args.handle())) {
            throw refuse(-VirglException.EINVAL, "resource " + Integer.toUnsignedString(args.handle())
                    + " already exists");
        }
        String violation = ResourceRules.violation(args);
        if (violation != null) {
            throw refuse(VirglException.EINVAL, "illegal resource parameters: " + violation);
        }
        FormatBlock block = slot.backend().formatBlock(args.format());
        if (block == null) {
            throw refuse(VirglException.EINVAL, "unknown format " + Integer.toUnsignedString(args.format()));
        }
        List<MemorySegment> backing = Iovs.copy(iov);
        BackendResource storage;
        try {
            storage = slot.backend().createResource(args);
        } catch (VirglException e) {
            log.warn("backend refused resource " + args + ": " + e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            throw refuse(VirglException.EINVAL, "backend failed to create resource " + args + ": " + e);
        }
        if (storage == null) {
            throw refuse(-VirglException.ENOMEM, "backend made no storage for resource " + args.handle());
        }
        table.put(args.handle(), CoreResource.classic(args, block, storage, backing));
    }

    /** Detaches from every context, then frees. Unknown handles are ignored. */
    void unref(int handle) {
        CoreResource res = table.remove(handle);
        if (res == null) {
            return;
        }
        for (CoreContext ctx : contexts.values()) {
            detachQuietly(ctx, handle);
        }
        destroyQuietly(res);
    }

    void destroyAll() {
        for (CoreResource res : List.copyOf(table.values())) {
            destroyQuietly(res);
        }
        table.clear();
    }

    private void destroyQuietly(CoreResource res) {
        try {
            res.destroy();
        } catch (RuntimeException e) {
            log.error("backend failed to free resource " + res.handle() + ": " + e);
        }
    }

    void attach(int ctxId, int handle) {
        CoreContext ctx = contexts.get(ctxId);
        CoreResource res = table.get(handle);
        if (ctx == null || res == null) {
            return; // upstream ignores unknown contexts and resources here
        }
        try {
            ctx.attach(res);
        } catch (RuntimeException e) {
            ctx.fail("attach of resource " + handle + " failed: " + e);
            log.error("context " + ctxId + ": attach of resource " + handle + " failed: " + e);
        }
    }

    void detach(int ctxId, int handle) {
        CoreContext ctx = contexts.get(ctxId);
        if (ctx != null && table.containsKey(handle)) {
            detachQuietly(ctx, handle);
        }
    }

    private void detachQuietly(CoreContext ctx, int handle) {
        try {
            ctx.detach(handle);
        } catch (RuntimeException e) {
            log.error("context " + ctx.id() + ": detach of resource " + handle + " failed: " + e);
        }
    }

    /** Upstream refuses (EINVAL) to replace backing that is still attached. */
    void attachIov(int handle, List<MemorySegment> iov) {
        CoreResource res = table.get(handle);
        if (res == null) {
            throw refuse(VirglException.EINVAL, "attach_iov on unknown resource " + handle);
        }
        if (!res.iov().isEmpty()) {
            throw refuse(VirglException.EINVAL, "resource " + handle + " already has backing");
        }
        res.attachIov(Iovs.copy(iov));
    }

    List<MemorySegment> detachIov(int handle) {
        CoreResource res = table.get(handle);
        return res == null ? List.of() : res.detachIov();
    }

    // ---- transfers -------------------------------------------------------------------------

    /** {@code transfer_write_iov}/{@code transfer_read_iov}: every refusal is EINVAL, as upstream. */
    void transfer(boolean toHost, int handle, int ctxId, int level, int stride, int layerStride, Box box,
            long offset, List<MemorySegment> iov) {
        String what = toHost ? "transfer_write" : "transfer_read";
        CoreResource res = table.get(handle);
        if (res == null) {
            throw refuse(VirglException.EINVAL, what + " on unknown resource " + handle);
        }
        if (ctxId != 0) {
            CoreContext ctx = contexts.get(ctxId);
            if (ctx == null) {
                throw refuse(VirglException.EINVAL, what + " on unknown context " + ctxId);
            }
            if (!ctx.isAttached(handle)) {
                throw refuse(VirglException.EINVAL, what + ": resource " + handle + " is not attached to context "
                        + ctxId);
            }
        }
        if (!res.isTyped()) {
            throw refuse(VirglException.EINVAL, what + ": resource " + handle + " has no host storage");
        }
        List<MemorySegment> guest = iov != null && !iov.isEmpty() ? Iovs.copy(iov) : res.iov();
        if (guest.isEmpty()) {
            throw refuse(VirglException.EINVAL, what + ": resource " + handle + " has no guest memory");
        }
        if (box == null) {
            throw refuse(VirglException.EINVAL, what + " without a box");
        }
        String violation = TransferRules.boxViolation(res.args(), level, box);
        if (violation == null) {
            violation = TransferRules.iovViolation(res.args(), res.block(), level, Integer.toUnsignedLong(stride),
                    Integer.toUnsignedLong(layerStride), box, offset, Iovs.size(guest));
        }
        if (violation != null) {
            throw refuse(VirglException.EINVAL, what + " on resource " + handle + ": " + violation);
        }
        try {
            if (toHost) {
                res.backing().write(level, stride, layerStride, box, offset, guest);
            } else {
                res.backing().read(level, stride, layerStride, box, offset, guest);
            }
        } catch (VirglException e) {
            throw e;
        } catch (RuntimeException e) {
            throw refuse(VirglException.EINVAL, what + " on resource " + handle + " failed: " + e);
        }
    }

    // ---- info ------------------------------------------------------------------------------

    ResourceInfo info(int handle) {
        CoreResource res = table.get(handle);
        if (res == null) {
            throw refuse(VirglException.EINVAL, "get_info on unknown resource " + handle);
        }
        if (!res.isTyped()) {
            return new ResourceInfo(handle, 0, 0, 0, 0, 0, 0, 0, -1, 0, false);
        }
        ResourceCreateArgs a = res.args();
        BackendResource b = res.backing();
        int stride = b.stride() != 0 ? b.stride()
                : (int) Math.min(Integer.MAX_VALUE, res.block().stride(Integer.toUnsignedLong(a.width())));
        return new ResourceInfo(handle, a.format(), a.width(), a.height(), a.depth(), a.flags(),
                b.glTextureName(), stride, -1, 0, false);
    }

    // ---- blobs -----------------------------------------------------------------------------

    /**
     * {@code resource_create_blob}: all refusals are -EINVAL. GUEST blobs live entirely in the
     * core (iov-backed, CACHED); HOST3D and HOST3D_GUEST come from the owning context's backend.
     * {@code memory} names the shared memory a GUEST blob's iov lies in, which makes it
     * exportable as SHM.
     */
    void createBlob(BlobCreateArgs args, SharedMemory memory, long memoryOffset) {
        if (args == null) {
            throw refuse(-VirglException.EINVAL, "create_blob without arguments");
        }
        boolean hostStorage;
        boolean guestStorage;
        switch (args.blobMem()) {
            case BlobCreateArgs.MEM_GUEST -> {
                hostStorage = false;
                guestStorage = true;
            }
            case BlobCreateArgs.MEM_HOST3D -> {
                hostStorage = true;
                guestStorage = false;
            }
            case BlobCreateArgs.MEM_HOST3D_GUEST -> {
                hostStorage = true;
                guestStorage = true;
            }
            default -> throw refuse(-VirglException.EINVAL, "unsupported blob_mem " + args.blobMem());
        }
        int handle = args.resHandle();
        if (handle == 0) {
            throw refuse(-VirglException.EINVAL, "blob handle 0 is reserved");
        }
        if (table.containsKey(handle)) {
            throw refuse(-VirglException.EINVAL, "resource " + Integer.toUnsignedString(handle) + " already exists");
        }
        if (args.size() == 0) {
            throw refuse(-VirglException.EINVAL, "blob of size 0");
        }
        long iovSize = Iovs.size(args.iov());
        if (guestStorage && Long.compareUnsigned(iovSize, args.size()) < 0) {
            throw refuse(-VirglException.EINVAL, "blob of " + Long.toUnsignedString(args.size())
                    + " bytes with only " + iovSize + " bytes of guest memory");
        }
        if (!guestStorage && !args.iov().isEmpty()) {
            throw refuse(-VirglException.EINVAL, "host-only blob given guest memory");
        }
        if (!hostStorage) {
            if (memory != null && (memoryOffset < 0 || memoryOffset > memory.size()
                    || args.size() > memory.size() - memoryOffset)) {
                throw refuse(-VirglException.EINVAL, "blob range outside its shared memory");
            }
            table.put(handle, CoreResource.guestBlob(handle, args.iov(), args.size(), MapCache.CACHED,
                    memory, memoryOffset));
            return;
        }
        CoreContext ctx = contexts.get(args.ctxId());
        if (ctx == null) {
            throw refuse(-VirglException.EINVAL, "host blob for unknown context " + args.ctxId());
        }
        BackendResource storage;
        try {
            storage = ctx.backendContext().createBlob(handle, args.blobId(), args.size(), args.blobFlags());
        } catch (VirglException e) {
            log.warn("context " + args.ctxId() + " refused blob " + args.blobId() + ": " + e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            throw refuse(-VirglException.ENOMEM, "context " + args.ctxId() + " failed to make blob: " + e);
        }
        if (storage == null) {
            throw refuse(-VirglException.ENOMEM, "context " + args.ctxId() + " made no blob storage");
        }
        table.put(handle, CoreResource.hostBlob(handle, storage, args.iov(), args.size()));
    }

    /** {@code resource_map}: -EINVAL for unknown, already mapped or unmappable resources. */
    MemorySegment map(int handle) {
        CoreResource res = table.get(handle);
        if (res == null || res.mapping() != null) {
            throw refuse(-VirglException.EINVAL, "map of unknown or already mapped resource " + handle);
        }
        MemorySegment mapped;
        if (res.backing() != null) {
            mapped = res.backing().map();
        } else {
            // A guest blob is host-visible as its guest memory, when that is one piece.
            List<MemorySegment> iov = res.iov();
            if (iov.size() != 1 || iov.getFirst().byteSize() < res.blobSize()) {
                throw refuse(-VirglException.EINVAL, "guest blob " + handle + " is not contiguous");
            }
            mapped = iov.getFirst().asSlice(0, res.blobSize());
        }
        if (mapped == null) {
            throw refuse(-VirglException.EINVAL, "resource " + handle + " mapped to nothing");
        }
        res.mapping(mapped);
        return mapped;
    }

    void unmap(int handle) {
        CoreResource res = table.get(handle);
        if (res == null || res.mapping() == null) {
            throw refuse(-VirglException.EINVAL, "unmap of unknown or unmapped resource " + handle);
        }
        if (res.backing() != null) {
            res.backing().unmap();
        }
        res.mapping(null);
    }

    /** {@code get_map_info}: -EINVAL for unknown resources and for cache type NONE. */
    int mapInfo(int handle) {
        CoreResource res = table.get(handle);
        if (res == null) {
            throw refuse(-VirglException.EINVAL, "map_info of unknown resource " + handle);
        }
        if ((res.mapInfo() & MAP_CACHE_MASK) == MapCache.NONE) {
            throw refuse(-VirglException.EINVAL, "resource " + handle + " is not mappable");
        }
        return res.mapInfo();
    }

    /** {@code resource_export_blob}: positive EINVAL for unknown or fd-less resources. */
    ExportedBlob export(int handle) {
        CoreResource res = table.get(handle);
        if (res == null) {
            throw refuse(VirglException.EINVAL, "export of unknown resource " + handle);
        }
        if (res.backing() != null) {
            return res.backing().export();
        }
        SharedMemory shm = res.sharedMemory();
        if (shm == null) {
            throw refuse(VirglException.EINVAL, "guest blob " + handle + " has no shareable fd");
        }
        try {
            return new ExportedBlob(ExportedBlob.FD_TYPE_SHM, shm.exportFd());
        } catch (LinuxException e) {
            throw refuse(VirglException.EINVAL, "export of blob " + handle + " failed: " + e.getMessage());
        }
    }
}
