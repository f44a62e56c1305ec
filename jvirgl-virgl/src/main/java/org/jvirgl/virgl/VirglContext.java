package org.jvirgl.virgl;

import java.lang.foreign.MemorySegment;
import org.jvirgl.api.LogPriority;
import org.jvirgl.spi.BackendContext;
import org.jvirgl.spi.FenceSignal;
import org.jvirgl.spi.ResourceView;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.format.GlFormatTable;
import org.jvirgl.virgl.resource.ResourceTable;
import org.jvirgl.virgl.resource.Transfers;
import org.jvirgl.virgl.winsys.GlContext;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.Refusal;
import org.jvirgl.wire.VirglCommandListener;
import org.jvirgl.wire.VirglDecoder;

/**
 * One VirGL renderer context: its own GL context (sharing objects with the backend's root),
 * its attached resources, and a wire decoder that drives the executor. Owner thread only.
 */
public final class VirglContext implements BackendContext {

    private final VirglBackend backend;
    private final int id;
    private final String name;
    private final GlContext gl;
    private final ResourceTable resources = new ResourceTable();
    private final VirglCommandListener listener;
    private final VirglDecoder decoder;
    private String error;
    private boolean closed;

    VirglContext(VirglBackend backend, int id, String name, GlContext gl, VirglListenerFactory listeners) {
        this.backend = backend;
        this.id = id;
        this.name = name;
        this.gl = gl;
        gl.makeCurrent();
        this.listener = listeners.create(this);
        this.decoder = new VirglDecoder(listener);
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** This context's GL context; the executor runs with it current (submit makes it so). */
    public GlContext gl() {
        return gl;
    }

    /** The deletion epoch of the share group this context's GL context belongs to. */
    public GlNames glNames() {
        return backend.glHost().names();
    }

    /** The resources attached to this context, by guest handle. */
    public ResourceTable resources() {
        return resources;
    }

    public HostCaps hostCaps() {
        return backend.hostCaps();
    }

    public GlFormatTable formats() {
        return backend.formats();
    }

    /** The transfer paths shared by the backend (TRANSFER3D and friends call these). */
    public Transfers transfers() {
        return backend.transfers();
    }

    /** Logs a host-side warning through the renderer's log callback. */
    public void warn(String message) {
        backend.log(LogPriority.WARNING, "ctx " + id + " (" + name + "): " + message);
    }

    @Override
    public void submit(MemorySegment commands) {
        if (closed) {
            return;
        }
        gl.makeCurrent();
        DecodeResult result;
        try {
            result = decoder.decode(commands);
        } catch (RuntimeException e) {
            // An executor bug must not escape into the core; it poisons only this context.
            recordError("internal error while executing commands: " + e);
            return;
        }
        if (result instanceof Refusal refusal) {
            recordError(refusal.toString());
        }
    }

    private void recordError(String message) {
        if (error == null) {
            error = message;
            backend.log(LogPriority.ERROR, "ctx " + id + " (" + name + "): " + message);
        }
    }

    @Override
    public String error() {
        return error;
    }

    @Override
    public void attach(ResourceView resource) {
        resources.attach(resource);
    }

    @Override
    public void detach(int resHandle) {
        resources.detach(resHandle);
    }

    @Override
    public FenceSignal createFence(int ringIdx) {
        return backend.contextFence(this);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        gl.makeCurrent();
        if (listener instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                backend.log(LogPriority.WARNING, "ctx " + id + ": executor teardown failed: " + e);
            }
        }
        resources.clear();
        backend.forget(this);
        gl.close();
    }
}
