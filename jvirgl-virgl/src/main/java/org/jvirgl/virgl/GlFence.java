package org.jvirgl.virgl;

import static org.lwjgl.opengl.GL46C.*;

import java.util.List;
import org.jvirgl.spi.FenceSignal;
import org.jvirgl.virgl.winsys.GlContext;
import org.jvirgl.virgl.winsys.GlHost;

/**
 * A fence over the work queued so far on one or more GL contexts of a backend: a
 * {@code glFenceSync} + {@code glFlush} per context (GL fences only cover their own context's
 * commands, so a global fence needs one in every context that worked since the last one).
 */
final class GlFence implements FenceSignal {

    /** Longest single native wait, so an interrupt is noticed. */
    private static final long WAIT_SLICE_NANOS = 50_000_000L;

    private final GlHost host;
    private final long[] syncs;
    private boolean signalled;

    private GlFence(GlHost host, long[] syncs) {
        this.host = host;
        this.syncs = syncs;
    }

    /** Inserts a fence in each context (each is made current in turn); SIGNALLED if none. */
    static FenceSignal insert(GlHost host, List<GlContext> contexts) {
        if (contexts.isEmpty()) {
            return FenceSignal.SIGNALLED;
        }
        long[] syncs = new long[contexts.size()];
        for (int i = 0; i < syncs.length; i++) {
            GlContext c = contexts.get(i);
            c.makeCurrent();
            syncs[i] = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
            // Without a flush a waiter on another context could wait for ever.
            glFlush();
            c.takeUsed();
        }
        return new GlFence(host, syncs);
    }

    @Override
    public synchronized boolean isSignalled() {
        if (signalled) {
            return true;
        }
        host.ensureCurrent();
        for (long s : syncs) {
            if (s != 0 && glGetSynci(s, GL_SYNC_STATUS, null) != GL_SIGNALED) {
                return false;
            }
        }
        signalled = true;
        return true;
    }

    @Override
    public boolean await(long timeoutNanos) throws InterruptedException {
        synchronized (this) {
            if (signalled) {
                return true;
            }
        }
        host.ensureCurrent();
        long deadline = System.nanoTime() + Math.max(0, timeoutNanos);
        for (long s : syncs) {
            if (s == 0) {
                continue;
            }
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long left = deadline - System.nanoTime();
                int r = glClientWaitSync(s, 0, Math.max(0, Math.min(left, WAIT_SLICE_NANOS)));
                if (r == GL_ALREADY_SIGNALED || r == GL_CONDITION_SATISFIED) {
                    break;
                }
                if (r == GL_WAIT_FAILED) {
                    throw new IllegalStateException("glClientWaitSync failed (GL error 0x"
                            + Integer.toHexString(glGetError()) + ")");
                }
                if (left <= 0) {
                    return false;
                }
            }
        }
        synchronized (this) {
            signalled = true;
        }
        return true;
    }

    @Override
    public synchronized void release() {
        host.ensureCurrent();
        for (int i = 0; i < syncs.length; i++) {
            if (syncs[i] != 0) {
                glDeleteSync(syncs[i]);
                syncs[i] = 0;
            }
        }
    }
}
