package org.jvirgl.vtest.server;

import java.util.Set;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.vtest.session.RendererFactory;

/**
 * Starts one renderer with the server's flags and shuts it down again, before listening: a
 * server that could never serve a client (no backend, refused flags, no EGL) says so at once
 * instead of failing each client later. Runs on its own thread, as each client's renderer will.
 */
public final class RendererSelfCheck {
    private RendererSelfCheck() {
    }

    /** Null if a renderer starts and has VIRGL2 caps; otherwise why not. */
    public static String run(RendererFactory factory, Set<RendererFlag> flags) throws InterruptedException {
        String[] problem = new String[1];
        Thread check = Thread.ofPlatform().name("vtest-self-check").start(() -> {
            try (VirglRenderer renderer = factory.create(new Object(), flags, new RendererCallbacks() { },
                    (priority, message, userData) -> { })) {
                if (renderer.getCapSet(Capset.VIRGL2).maxSize() == 0) {
                    problem[0] = "the renderer has no VIRGL2 capset";
                }
            } catch (RuntimeException | LinkageError e) {
                problem[0] = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        });
        check.join();
        return problem[0];
    }
}
