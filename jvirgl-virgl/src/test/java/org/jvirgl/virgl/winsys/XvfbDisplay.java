package org.jvirgl.virgl.winsys;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An X display for GLX tests: a private Xvfb (Mesa's GLX on it is llvmpipe) that picks a free
 * display number itself, so concurrent test runs on one machine do not collide.
 *
 * <p>GLX tests are part of the normal run and fail clearly when Xvfb cannot start (CI installs
 * it). Two system properties change that: {@code -Djvirgl.glx.tests=off} skips them (a dev box
 * without Xvfb), {@code -Djvirgl.glx.display=:0} uses an existing display instead.
 */
public final class XvfbDisplay implements AutoCloseable {

    /** Generous: Xvfb starts in well under a second, but this machine is shared and noisy. */
    private static final long START_LIMIT_SECONDS = 60;

    private final Process xvfb;
    private final String name;

    private XvfbDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    /** The display name to hand to {@code XOpenDisplay}, e.g. {@code ":3"}. */
    public String name() {
        return name;
    }

    /**
     * Starts Xvfb (or names the display the properties give); aborts the calling test class
     * only when GLX tests were switched off explicitly.
     */
    public static XvfbDisplay start() {
        assumeFalse("off".equals(System.getProperty("jvirgl.glx.tests")), "GLX tests switched off (-Djvirgl.glx.tests=off)");
        String given = System.getProperty("jvirgl.glx.display");
        if (given != null && !given.isBlank()) {
            return new XvfbDisplay(null, given);
        }
        // -displayfd 1: Xvfb picks an unused number and prints it once it accepts connections.
        ProcessBuilder pb = new ProcessBuilder(List.of("Xvfb", "-displayfd", "1", "-screen", "0", "64x64x24",
                "-nolisten", "tcp", "-noreset"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Xvfb for the GLX tests (" + e.getMessage()
                    + "): install the xvfb package, or run with -Djvirgl.glx.tests=off", e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String n = number.get(START_LIMIT_SECONDS, TimeUnit.SECONDS);
            if (n == null || !n.trim().matches("\\d+")) {
                throw new IllegalStateException("Xvfb did not report a display (exit "
                        + (p.isAlive() ? "none yet" : p.exitValue()) + ")");
            }
            return new XvfbDisplay(p, ":" + n.trim());
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            p.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start for the GLX tests: " + e, e);
        }
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
            try {
                if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                    xvfb.destroyForcibly();
                }
            } catch (InterruptedException e) {
                xvfb.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
