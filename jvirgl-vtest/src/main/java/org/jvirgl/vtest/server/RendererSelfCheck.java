package org.jvirgl.vtest.server;

import java.util.Set;
import java.util.function.Consumer;
import org.jvirgl.api.Capset;
import org.jvirgl.api.RendererCallbacks;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglRenderer;
import org.jvirgl.vtest.session.RendererFactory;

/**
 * Starts one renderer with the server's flags and shuts it down again: a server that could
 * never serve a client (no backend, refused flags, no EGL) says so at once instead of failing
 * each client later. Runs on its own thread, as each client's renderer will.
 *
 * <p>The server runs it {@linkplain #inBackground in the background} while it already listens:
 * the first renderer of a process pays the one-time costs (binding generation, EGL display,
 * driver load), and clients should not wait for the socket while that happens.
 */
public final class RendererSelfCheck {
    private RendererSelfCheck() {
    }

    /** Null if a renderer starts and has VIRGL2 caps; otherwise why not. */
    public static String run(RendererFactory factory, Set<RendererFlag> flags) throws InterruptedException {
        String[] problem = new String[1];
        Thread check = inBackground(factory, flags, p -> problem[0] = p);
        check.join();
        return problem[0];
    }

    /**
     * Starts the check on a new thread and returns it; {@code onProblem} is called on that
     * thread with the reason if no usable renderer starts, and not at all otherwise.
     */
    public static Thread inBackground(RendererFactory factory, Set<RendererFlag> flags, Consumer<String> onProblem) {
        return Thread.ofPlatform().name("vtest-self-check").start(() -> {
            String problem = check(factory, flags);
            if (problem != null) {
                onProblem.accept(problem);
            }
        });
    }

    private static String check(RendererFactory factory, Set<RendererFlag> flags) {
        try (VirglRenderer renderer = factory.create(new Object(), flags, new RendererCallbacks() { },
                (priority, message, userData) -> { })) {
            if (renderer.getCapSet(Capset.VIRGL2).maxSize() == 0) {
                return "the renderer has no VIRGL2 capset";
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }
}
