package org.jvirgl.vtest.server;

/** How clients are scheduled, after virgl_test_server's process options. */
public enum ServeMode {
    /**
     * Default and {@code --multi-clients}: clients run side by side, each on its own thread with
     * its own renderer (the isolation upstream gets from forking, without the processes).
     */
    CONCURRENT,
    /** {@code --no-fork}: one client at a time, the next accepted when the previous leaves. */
    SEQUENTIAL,
    /** {@code --no-loop-or-fork}: serve a single client, then exit. */
    ONCE
}
