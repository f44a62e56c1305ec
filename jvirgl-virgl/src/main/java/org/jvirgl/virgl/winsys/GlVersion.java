package org.jvirgl.virgl.winsys;

import java.util.List;

/** A GL context version, e.g. 4.5. */
public record GlVersion(int major, int minor) implements Comparable<GlVersion> {

    /** The versions tried when creating the root context, newest first (as vrend does). */
    public static final List<GlVersion> CANDIDATES = List.of(
            new GlVersion(4, 6), new GlVersion(4, 5), new GlVersion(4, 4), new GlVersion(4, 3),
            new GlVersion(4, 2), new GlVersion(4, 1), new GlVersion(4, 0), new GlVersion(3, 3));

    /**
     * The oldest host GL the executor runs on: it calls 4.5 entry points (direct state access,
     * glClipControl, glTextureView) unconditionally, so an older context is refused up front
     * instead of failing at the first draw.
     */
    public static final GlVersion REQUIRED = new GlVersion(4, 5);

    /** {@code 10 * major + minor}, the form vrend's feature table uses (45 for 4.5). */
    public int asInt() {
        return major * 10 + minor;
    }

    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    @Override
    public int compareTo(GlVersion o) {
        return Integer.compare(asInt(), o.asInt());
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
