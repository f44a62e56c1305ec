package org.jvirgl.virgl.exec;

import java.util.function.Consumer;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostFeature;
import org.jvirgl.virgl.state.GlStateCache;
import org.jvirgl.virgl.state.IntObjectMap;
import org.jvirgl.virgl.state.StateEmitter;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.CommandErrors;
import org.jvirgl.wire.ContextError;

/**
 * What every command handler of one VirGL context shares: the resource layer, the
 * sub-contexts and the current one, the GL state shadow, and the batch's error channel.
 * All sub-contexts run on the context's single host GL context; switching sub-context
 * invalidates the shadow so the next draw re-derives everything.
 */
public final class ExecContext {
    private final ExecResources resources;
    private final HostCaps hostCaps;
    private final GlNames names;
    private final GlStateCache glState;
    private final StateEmitter emitter;
    private final IntObjectMap<SubContext> subContexts = new IntObjectMap<>();
    private final Consumer<String> log;
    private SubContext current;
    private CommandErrors errors;

    /** @param names the share group's deletion epoch: every GL delete of this context goes through it */
    public ExecContext(ExecResources resources, GlNames names, HostCaps hostCaps, Consumer<String> log) {
        this.resources = resources;
        this.hostCaps = hostCaps;
        this.names = names;
        this.glState = new GlStateCache(hostCaps.has(HostFeature.CLIP_CONTROL), names);
        this.emitter = new StateEmitter(glState);
        this.log = log;
        // Sub-context 0 always exists; ids are stored +1 because the map reserves key 0.
        current = new SubContext(0, names);
        subContexts.put(1, current);
    }

    public ExecResources resources() {
        return resources;
    }

    /** What the host GL offers: entry points past the floor are only called when it says so. */
    public HostCaps hostCaps() {
        return hostCaps;
    }

    /**
     * Refuses the current command (UNSUPPORTED_FUNCTION) when the host lacks {@code feature}:
     * the capsets never offered it, and calling its entry points would abort the JVM.
     * Returns whether the command may run.
     */
    public boolean hostSupports(HostFeature feature, String what) {
        if (hostCaps.has(feature)) {
            return true;
        }
        return fail(ContextError.UNSUPPORTED_FUNCTION, what + " needs host " + feature);
    }

    public SubContext sub() {
        return current;
    }

    public StateEmitter emitter() {
        return emitter;
    }

    public GlStateCache glState() {
        return glState;
    }

    /** Deletes of textures, buffers, samplers, programs, VAOs and FBOs go through here. */
    public GlNames names() {
        return names;
    }

    /** After a component drove GL directly (blits, copies): re-derive all state at the next draw. */
    public void invalidateAfterForeignGl() {
        emitter.invalidate(current);
    }

    void beginBatch(CommandErrors errors) {
        this.errors = errors;
    }

    /** Reports a guest error for the current command; always returns false for chaining. */
    public boolean fail(ContextError error, String detail) {
        if (errors != null) {
            errors.fail(error, detail);
        }
        return false;
    }

    /** A host-side problem that is not the guest's fault (logged, batch continues). */
    public void warn(String message) {
        log.accept(message);
    }

    /** Resource lookup that reports ILLEGAL_RESOURCE for unknown non-zero handles. */
    public ExecResource resource(int handle, String what) {
        ExecResource res = resources.lookup(handle);
        if (res == null) {
            fail(ContextError.ILLEGAL_RESOURCE, "unknown " + what + " resource " + handle);
        }
        return res;
    }

    void createSubContext(int id) {
        if (id < 0 || subContexts.get(id + 1) != null) {
            return;
        }
        subContexts.put(id + 1, new SubContext(id, names));
    }

    boolean setSubContext(int id) {
        SubContext sub = id >= 0 ? subContexts.get(id + 1) : null;
        if (sub == null) {
            return fail(ContextError.ILLEGAL_HANDLE, "unknown sub-context " + id);
        }
        if (sub != current) {
            current = sub;
            emitter.invalidate(sub);
        }
        return true;
    }

    void destroySubContext(int id) {
        if (id <= 0) {
            return; // sub-context 0 lives as long as the context
        }
        SubContext sub = subContexts.remove(id + 1);
        if (sub == null) {
            return;
        }
        release(sub);
        if (sub == current) {
            current = subContexts.get(1);
            emitter.invalidate(current);
        }
    }

    /** Frees every sub-context's GL objects (context teardown, GL context current). */
    public void releaseAll() {
        subContexts.forEachValue(this::release);
        subContexts.clear();
    }

    private void release(SubContext sub) {
        sub.objects.releaseAll();
        names.deleteFramebuffer(sub.fbo);
        sub.fbo = 0;
        StreamoutCommands.releaseAll(sub);
        sub.spareVertexArray.delete();
    }
}
