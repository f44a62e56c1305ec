package org.jvirgl.api;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * {@code struct virgl_renderer_resource_create_blob_args}. {@code blobMem} is one of
 * {@link #MEM_GUEST}, {@link #MEM_HOST3D}, {@link #MEM_HOST3D_GUEST}, {@link #MEM_GUEST_VRAM};
 * {@code iov} is the guest backing (required for guest blobs, forbidden for host3d).
 */
public record BlobCreateArgs(int resHandle, int ctxId, int blobMem, int blobFlags, long blobId, long size,
        List<MemorySegment> iov) {
    public static final int MEM_GUEST = 1;
    public static final int MEM_HOST3D = 2;
    public static final int MEM_HOST3D_GUEST = 3;
    public static final int MEM_GUEST_VRAM = 4;

    public static final int FLAG_USE_MAPPABLE = 1;
    public static final int FLAG_USE_SHAREABLE = 2;
    public static final int FLAG_USE_CROSS_DEVICE = 4;

    public BlobCreateArgs {
        iov = iov == null ? List.of() : List.copyOf(iov);
    }
}
