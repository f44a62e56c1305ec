package org.jvirgl.vtest.session;

import java.io.IOException;
import java.util.List;
import org.jvirgl.api.BlobCreateArgs;
import org.jvirgl.api.ExportedBlob;
import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.SharedMemory;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.sys.Descriptors;
import org.jvirgl.vtest.protocol.VtestCommand;
import org.jvirgl.vtest.protocol.VtestProtocol;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceCreateBlob;
import org.jvirgl.vtest.protocol.VtestRequest.ResourceSpec;

/**
 * RESOURCE_CREATE, RESOURCE_CREATE2, RESOURCE_CREATE_BLOB and RESOURCE_UNREF.
 *
 * <p>Below v3 the client picks handles; from v3 the server does and replies with the id (0 =
 * refused). When a descriptor is owed (CREATE2 with data, every blob) the descriptor message is
 * sent even on refusal, without a descriptor, so the client's next read is not misaligned.
 */
final class ResourceHandler {
    /** Largest blob we will back with a memfd (the wire allows 64-bit sizes). */
    private static final long MAX_BLOB_BYTES = 1L << 32;

    private final ClientSession session;

    ResourceHandler(ClientSession session) {
        this.session = session;
    }

    void create(ResourceSpec spec, int dataSize, VtestCommand command) throws IOException {
        boolean serverIds = session.protocolVersion() >= 3;
        int handle = serverIds ? 0 : spec.handle();
        String refusal = null;
        if (serverIds && spec.handle() != 0) {
            refusal = "handle " + Integer.toUnsignedString(spec.handle()) + " sent at protocol v3 (must be 0)";
        } else if (!serverIds && spec.handle() == 0) {
            refusal = "handle 0";
        } else if (!serverIds && session.resources.contains(handle)) {
            refusal = "handle " + Integer.toUnsignedString(handle) + " is already in use";
        } else if (!session.ensureContext()) {
            refusal = "no context";
        }
        SharedMemory backing = null;
        if (refusal == null) {
            if (serverIds) {
                handle = session.resources.allocateId();
            }
            try {
                backing = dataSize != 0 ? SharedMemory.create("vtest-res-" + handle, Integer.toUnsignedLong(dataSize)) : null;
                createInRenderer(spec, handle, backing);
                session.resources.put(new ClientResource(handle, backing));
            } catch (RuntimeException e) {
                if (backing != null) {
                    backing.close();
                    backing = null;
                }
                refusal = e.getMessage();
            }
        }
        if (refusal != null) {
            session.refuse(command + " " + spec + " refused: " + refusal);
            handle = 0;
        }
        if (serverIds) {
            session.replies.send(command, handle);
        }
        if (dataSize != 0) {
            sendAndRelease(backing);
        }
    }

    /**
     * Sends the backing's descriptor (or the bare byte when refused), then closes ours: the client
     * has its own copy and the mapping keeps the memory, so a resource costs the server no fd.
     */
    private void sendAndRelease(SharedMemory backing) throws IOException {
        try {
            session.replies.sendFd(backing != null ? backing.fd() : -1);
        } finally {
            if (backing != null) {
                backing.releaseFd();
            }
        }
    }

    private void createInRenderer(ResourceSpec spec, int handle, SharedMemory backing) throws IOException {
        VirglRenderer renderer = session.renderer();
        // vtest's wire format has no flags field: its resources never have Y_0_TOP or MAP_* flags.
        ResourceCreateArgs args = new ResourceCreateArgs(handle, spec.target(), spec.format(), spec.bind(),
                spec.width(), spec.height(), spec.depth(), spec.arraySize(), spec.lastLevel(), spec.nrSamples(), 0);
        renderer.createResource(args, backing == null ? List.of() : List.of(backing.segment()));
        try {
            renderer.attachResource(ClientSession.CTX_ID, handle);
        } catch (RuntimeException e) {
            renderer.unrefResource(handle);
            throw e;
        }
    }

    void createBlob(ResourceCreateBlob request) throws IOException {
        int handle = 0;
        int fd = -1;
        SharedMemory backing = null;
        boolean closeFdAfterSend = false;
        String refusal = null;
        if (!session.ensureContext()) {
            refusal = "no context";
        } else {
            handle = session.resources.allocateId();
            try {
                switch (request.type()) {
                    case VtestProtocol.BLOB_TYPE_GUEST, VtestProtocol.BLOB_TYPE_HOST3D_GUEST -> {
                        if (request.size() <= 0 || request.size() > MAX_BLOB_BYTES) {
                            throw new IllegalArgumentException("blob size " + Long.toUnsignedString(request.size()));
                        }
                        backing = SharedMemory.create("vtest-blob-" + handle, request.size());
                        createBlobInRenderer(request, handle, backing);
                        fd = backing.fd();
                    }
                    case VtestProtocol.BLOB_TYPE_HOST3D -> {
                        createBlobInRenderer(request, handle, null);
                        fd = exportHostBlob(handle);
                        closeFdAfterSend = true;
                    }
                    default -> throw new IllegalArgumentException("blob type " + request.type());
                }
                session.resources.put(new ClientResource(handle, backing));
            } catch (RuntimeException e) {
                if (backing != null) {
                    backing.close();
                }
                refusal = e.getMessage();
            }
        }
        if (refusal != null) {
            session.refuse("RESOURCE_CREATE_BLOB " + request + " refused: " + refusal);
            handle = 0;
            fd = -1;
        }
        session.replies.send(VtestCommand.RESOURCE_CREATE_BLOB, handle);
        try {
            session.replies.sendFd(fd);
        } finally {
            if (closeFdAfterSend) {
                Descriptors.close(fd);
            } else if (backing != null) {
                backing.releaseFd(); // as in sendAndRelease: the client has its copy
            }
        }
    }

    /** Guest blobs get their memory as an iov; plain GUEST ones also tell the renderer which memfd it is. */
    private void createBlobInRenderer(ResourceCreateBlob request, int handle, SharedMemory backing) throws IOException {
        VirglRenderer renderer = session.renderer();
        BlobCreateArgs args = new BlobCreateArgs(handle, ClientSession.CTX_ID, request.type(), request.flags(),
                request.blobId(), request.size(), backing == null ? List.of() : List.of(backing.segment()));
        if (backing != null && request.type() == VtestProtocol.BLOB_TYPE_GUEST) {
            renderer.createBlob(args, backing, 0);
        } else {
            renderer.createBlob(args);
        }
        try {
            renderer.attachResource(ClientSession.CTX_ID, handle);
        } catch (RuntimeException e) {
            renderer.unrefResource(handle);
            throw e;
        }
    }

    /** Host blobs reach the client as an exported dmabuf or shm descriptor (ours to close after sending). */
    private int exportHostBlob(int handle) throws IOException {
        VirglRenderer renderer = session.renderer();
        ExportedBlob blob;
        try {
            blob = renderer.exportBlob(handle);
        } catch (RuntimeException e) {
            renderer.unrefResource(handle);
            throw e;
        }
        if (blob.fdType() != ExportedBlob.FD_TYPE_DMABUF && blob.fdType() != ExportedBlob.FD_TYPE_SHM) {
            Descriptors.close(blob.fd());
            renderer.unrefResource(handle);
            throw new IllegalStateException("exported blob has unusable fd type " + blob.fdType());
        }
        return blob.fd();
    }

    void unref(int handle) throws IOException {
        ClientResource resource = session.resources.remove(handle);
        if (resource == null) {
            session.log().debug("RESOURCE_UNREF of unknown handle " + Integer.toUnsignedString(handle) + " ignored");
            return;
        }
        try {
            session.renderer().unrefResource(handle);
        } catch (RuntimeException e) {
            session.refuse("RESOURCE_UNREF " + handle + ": " + e.getMessage());
        } finally {
            // After unref the renderer no longer reads the mapping, so it can go.
            if (resource.backing() != null) {
                resource.backing().close();
            }
        }
    }
}
