package org.jvirgl.virgl.exec;

import java.lang.foreign.MemorySegment;
import org.jvirgl.wire.CopyTransfer3d;
import org.jvirgl.wire.InlineWrite;
import org.jvirgl.wire.Transfer3d;

/**
 * The resource layer as the executor sees it: a per-context lookup of attached resources and
 * the transfer paths (which belong to the resource layer, not to command execution).
 * Transfer methods return null on success or a short reason on refusal.
 */
public interface ExecResources {

    /** The attached resource with this guest handle, or null. */
    ExecResource lookup(int handle);

    /** The host side of a VIRGL_FORMAT (an unsupported format has internal format 0). */
    ExecFormat format(int virglFormat);

    /** TRANSFER3D between a resource and its attached guest backing. */
    String transfer3d(Transfer3d transfer);

    /** COPY_TRANSFER3D between a resource and a staging buffer's backing. */
    String copyTransfer3d(CopyTransfer3d copy);

    /** RESOURCE_INLINE_WRITE. */
    String inlineWrite(InlineWrite write);

    /**
     * Writes {@code bytes} into a buffer resource's host storage and its guest backing, for
     * results the host produces (query states, memory info). Null on success.
     */
    String writeHostResult(int handle, long offset, MemorySegment bytes);

    /**
     * Copies {@code bytes} to the start of a resource's guest backing (the iovec list, gathered
     * across its segments), for host reports the guest reads in place (memory info, resource
     * layout). Null on success; a reason when the resource is unknown or its backing too small.
     */
    String writeGuestBacking(int handle, MemorySegment bytes);
}
