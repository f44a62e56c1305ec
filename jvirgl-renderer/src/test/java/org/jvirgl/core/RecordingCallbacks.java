package org.jvirgl.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirgl.api.RendererCallbacks;

/** Records fence callbacks as "fence N" / "ctx C/R N" strings, with the thread each ran on. */
class RecordingCallbacks implements RendererCallbacks {
    record Call(String what, Object cookie, Thread thread) {
    }

    final LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();

    @Override
    public void writeFence(Object cookie, int fenceId) {
        calls.add(new Call("fence " + Integer.toUnsignedString(fenceId), cookie, Thread.currentThread()));
    }

    @Override
    public void writeContextFence(Object cookie, int ctxId, int ringIdx, long fenceId) {
        calls.add(new Call("ctx " + ctxId + "/" + ringIdx + " " + fenceId, cookie, Thread.currentThread()));
    }

    /** What was reported so far, in order, and forgets it. */
    List<String> drain() {
        List<Call> taken = new ArrayList<>();
        calls.drainTo(taken);
        return taken.stream().map(Call::what).toList();
    }

    /** Blocks (bounded, so a bug fails instead of hanging) for the next call. */
    Call next() throws InterruptedException {
        Call c = calls.poll(30, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("no fence callback arrived");
        }
        return c;
    }
}
