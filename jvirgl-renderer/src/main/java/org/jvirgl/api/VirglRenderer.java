package org.jvirgl.api;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Set;

/**
 * One renderer instance: the Java form of virglrenderer's {@code virgl_renderer_*} API.
 *
 * <p>Unlike the C library there is no global state: every {@code init} makes an independent
 * instance, and several can live in one process. An instance is confined to the thread that
 * created it (its owner); a call from another thread fails with {@link IllegalStateException},
 * except {@link #pollFd()} and the fence callbacks that {@link RendererFlag#ASYNC_FENCE_CB}
 * delivers from sync threads.
 *
 * <p>Refused calls throw {@link VirglException} whose {@code code()} is what the C function
 * returns. Guest-caused errors inside a command stream do not throw out of
 * {@link #submitCmd}: they mark only that context as failed (see {@link #contextError}).
 */
public interface VirglRenderer extends AutoCloseable {

    /** {@code virgl_renderer_init}: a new instance. Flags this build cannot honour are refused. */
    static VirglRenderer init(Object cookie, Set<RendererFlag> flags, RendererCallbacks callbacks) {
        return builder().cookie(cookie).flags(flags).callbacks(callbacks).build();
    }

    static RendererBuilder builder() {
        return new RendererBuilder();
    }

    // ---- lifecycle -------------------------------------------------------------------------

    /** The flags in effect (THREAD_SYNC is absent when it could not be enabled). */
    Set<RendererFlag> flags();

    /** {@code virgl_renderer_cleanup}: destroys everything; later calls are refused. Idempotent. */
    void cleanup();

    @Override
    default void close() {
        cleanup();
    }

    /** {@code virgl_renderer_reset}: destroys all contexts and resources, keeps the instance usable. */
    void reset();

    /** {@code virgl_set_log_callback}: replaces the log sink; the previous user data is released. */
    void setLogCallback(LogCallback callback, Object userData, java.util.function.Consumer<Object> release);

    // ---- capability sets -------------------------------------------------------------------

    /** {@code virgl_renderer_get_cap_set}: unknown sets give {@link CapsetInfo#NONE}. */
    CapsetInfo getCapSet(int capset);

    /** {@code virgl_renderer_fill_caps}: the capset blob (little-endian), {@code getCapSet(set).maxSize()} bytes. */
    byte[] fillCaps(int capset, int version);

    // ---- contexts --------------------------------------------------------------------------

    /** {@code virgl_renderer_context_create}: a VIRGL2 context. */
    void createContext(int ctxId, String name);

    /** {@code virgl_renderer_context_create_with_flags}: the capset id is in the low 8 bits of {@code flags}. */
    void createContext(int ctxId, int flags, String name);

    /** {@code virgl_renderer_context_destroy}: unknown ids are ignored. */
    void destroyContext(int ctxId);

    /** {@code virgl_renderer_ctx_attach_resource}: unknown context or resource are ignored. */
    void attachResource(int ctxId, int resHandle);

    void detachResource(int ctxId, int resHandle);

    /**
     * {@code virgl_renderer_submit_cmd}: decodes and executes a command stream. The segment's
     * size must be a multiple of 4. Bad guest input marks the context failed and is logged; it
     * throws only for caller errors (unknown context, misaligned buffer).
     */
    void submitCmd(int ctxId, MemorySegment commands);

    /** The first error recorded on a context by bad guest input, or null if it is healthy. */
    String contextError(int ctxId);

    // ---- resources -------------------------------------------------------------------------

    /** {@code virgl_renderer_resource_create}; {@code iov} (may be empty) becomes its guest backing. */
    void createResource(ResourceCreateArgs args, List<MemorySegment> iov);

    /** {@code virgl_renderer_resource_unref}: detaches from every context, then frees. Unknown ids ignored. */
    void unrefResource(int resHandle);

    void attachIov(int resHandle, List<MemorySegment> iov);

    /** Removes and returns the guest backing (empty if none). */
    List<MemorySegment> detachIov(int resHandle);

    /** {@code virgl_renderer_transfer_write_iov}: guest memory → host resource. A null iov means the attached backing. */
    void transferWrite(int resHandle, int ctxId, int level, int stride, int layerStride, Box box, long offset,
            List<MemorySegment> iov);

    /** {@code virgl_renderer_transfer_read_iov}: host resource → guest memory. */
    void transferRead(int resHandle, int ctxId, int level, int stride, int layerStride, Box box, long offset,
            List<MemorySegment> iov);

    ResourceInfo getInfo(int resHandle);

    void setPrivate(int resHandle, Object data);

    Object getPrivate(int resHandle);

    /** {@code virgl_renderer_resource_create_blob}. */
    void createBlob(BlobCreateArgs args);

    /**
     * A GUEST blob whose guest memory lies in {@code memory} from {@code memoryOffset}: like
     * {@link #createBlob(BlobCreateArgs)}, and {@link #exportBlob} can then hand out the memory's
     * fd as {@link ExportedBlob#FD_TYPE_SHM} (a dup; the export's offset is {@code memoryOffset}).
     * The default (for renderers that cannot export) ignores {@code memory}.
     */
    default void createBlob(BlobCreateArgs args, SharedMemory memory, long memoryOffset) {
        createBlob(args);
    }

    /** {@code virgl_renderer_resource_map}: host memory of a mappable blob. */
    MemorySegment mapBlob(int resHandle);

    void unmapBlob(int resHandle);

    /** {@code virgl_renderer_resource_get_map_info}: a {@link MapCache} value. */
    int mapInfo(int resHandle);

    /** {@code virgl_renderer_resource_export_blob}: the returned fd belongs to the caller. */
    ExportedBlob exportBlob(int resHandle);

    // ---- fences ----------------------------------------------------------------------------

    /** {@code virgl_renderer_create_fence}: a global fence; the id is reported as 32 bits. */
    void createFence(int fenceId, int ctxId);

    /** Fence flag: notifications on one timeline may be coalesced into the newest. */
    int FENCE_FLAG_MERGEABLE = 1;

    /** {@code virgl_renderer_context_create_fence}: a fence on timeline (ctxId, ringIdx). */
    void contextCreateFence(int ctxId, int flags, int ringIdx, long fenceId);

    /** {@code virgl_renderer_poll}: retires signalled fences (callbacks run here unless ASYNC_FENCE_CB). */
    void poll();

    /** {@code virgl_renderer_context_poll}. */
    void contextPoll(int ctxId);

    /**
     * {@code virgl_renderer_get_poll_fd}: an eventfd readable when {@link #poll()} has work, or -1
     * when thread sync is not in effect. Owned by the renderer. Callable from any thread.
     */
    int pollFd();

    // ---- execute protocol ------------------------------------------------------------------

    /**
     * {@code virgl_renderer_execute}: {@code args} holds a {@code virgl_renderer_hdr}
     * (stype, stype_version, size) and the request; out fields are written back in place.
     */
    void execute(MemorySegment args);
}
