package org.jvirgl.core;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.IntFunction;
import org.jvirgl.api.VirglException;
import org.jvirgl.spi.ExportLayout;

/**
 * {@code virgl_renderer_execute}: requests that start with {@code virgl_renderer_hdr}
 * {@code {u32 stype, u32 stype_version, u32 size}}, in host byte order like the C structs.
 * Only stype_version 0 exists; the size in the header and the buffer must both equal the
 * request's struct size.
 */
final class ExecuteRequests {
    private ExecuteRequests() {
    }

    static final int STYPE_EXPORT_QUERY = 1;
    static final int STYPE_SUPPORTED_STRUCTURES = 2;

    static final int HEADER_SIZE = 12;
    /** {@code struct virgl_renderer_supported_structures}: hdr, in_stype_version, out mask. */
    static final int SUPPORTED_STRUCTURES_SIZE = 20;
    /** {@code struct virgl_renderer_export_query}: hdr, id, num_fds, export_fds, fourcc, pad, fds[4], strides[4], offsets[4], u64 modifier. */
    static final int EXPORT_QUERY_SIZE = 88;

    static final long DRM_FORMAT_MOD_INVALID = 0x00ffffffffffffffL;

    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;

    /** What EXPORT_QUERY needs from the renderer: the resource, or null when the handle is unknown. */
    interface ResourceLookup extends IntFunction<CoreResource> {
    }

    static void execute(MemorySegment args, ResourceLookup resources) {
        if (args == null || args.byteSize() < HEADER_SIZE) {
            throw new VirglException(-VirglException.EINVAL, "execute request shorter than its header");
        }
        int stype = args.get(U32, 0);
        int version = args.get(U32, 4);
        if (version != 0) {
            throw new VirglException(-VirglException.EINVAL, "unsupported stype_version " + version);
        }
        switch (stype) {
            case STYPE_SUPPORTED_STRUCTURES -> supportedStructures(args);
            case STYPE_EXPORT_QUERY -> exportQuery(args, resources);
            default -> throw new VirglException(-VirglException.EINVAL, "unknown execute stype " + stype);
        }
    }

    private static void checkSize(MemorySegment args, int expected, String what) {
        int declared = args.get(U32, 8);
        if (args.byteSize() != expected || declared != expected) {
            throw new VirglException(-VirglException.EINVAL, what + " must be " + expected + " bytes (buffer "
                    + args.byteSize() + ", header " + Integer.toUnsignedString(declared) + ")");
        }
    }

    private static void supportedStructures(MemorySegment args) {
        checkSize(args, SUPPORTED_STRUCTURES_SIZE, "SUPPORTED_STRUCTURES");
        int inVersion = args.get(U32, 12);
        int mask = inVersion == 0 ? STYPE_EXPORT_QUERY | STYPE_SUPPORTED_STRUCTURES : 0;
        args.set(U32, 16, mask);
    }

    private static void exportQuery(MemorySegment args, ResourceLookup resources) {
        checkSize(args, EXPORT_QUERY_SIZE, "EXPORT_QUERY");
        int handle = args.get(U32, 12);
        boolean exportFds = args.get(U32, 20) != 0;
        CoreResource res = resources.apply(handle);
        if (res == null) {
            throw new VirglException(-VirglException.EINVAL, "EXPORT_QUERY on unknown resource " + handle);
        }
        if (res.backing() != null) {
            ExportLayout layout = res.backing().exportQuery(exportFds);
            args.set(U32, 16, layout.planes().size());
            args.set(U32, 24, layout.fourcc());
            for (int i = 0; i < ExportLayout.MAX_PLANES; i++) {
                ExportLayout.Plane p = i < layout.planes().size() ? layout.planes().get(i) : null;
                args.set(U32, 32 + 4L * i, p == null ? -1 : p.fd());
                args.set(U32, 48 + 4L * i, p == null ? 0 : p.stride());
                args.set(U32, 64 + 4L * i, p == null ? 0 : p.offset());
            }
            args.set(U64, 80, layout.modifier());
        } else if (!exportFds) {
            // Untyped resources are exported with exportBlob; a query-only call still gets sane values.
            args.set(U32, 16, 1);
            args.set(U32, 24, 0);
            args.set(U32, 32, -1);
            args.set(U32, 48, 0);
            args.set(U32, 64, 0);
            args.set(U64, 80, DRM_FORMAT_MOD_INVALID);
        } else {
            throw new VirglException(-VirglException.EINVAL, "untyped resource " + handle
                    + " is exported with exportBlob, not EXPORT_QUERY");
        }
    }
}
