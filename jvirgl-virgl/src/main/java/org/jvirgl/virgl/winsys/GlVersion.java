package org.jvirgl.virgl.winsys;

import java.util.List;

/** A GL or OpenGL ES context version, e.g. 4.5 or ES 3.2. */
public record GlVersion(int major, int minor) implements Comparable<GlVersion> {

    /** The desktop versions tried when creating the root context, newest first (as vrend does). */
    public static final List<GlVersion> CANDIDATES = List.of(
            new GlVersion(4, 6), new GlVersion(4, 5), new GlVersion(4, 4), new GlVersion(4, 3),
            new GlVersion(4, 2), new GlVersion(4, 1), new GlVersion(4, 0), new GlVersion(3, 3));

    /**
     * The oldest desktop GL the executor runs on: it calls 4.5 entry points (direct state
     * access, glClipControl, glTextureView) unconditionally, so an older context is refused up
     * front instead of failing at the first draw.
     */
    public static final GlVersion REQUIRED = new GlVersion(4, 5);

    /** The OpenGL ES versions tried for a GLES host, newest first. */
    public static final List<GlVersion> ES_CANDIDATES = List.of(new GlVersion(3, 2), new GlVersion(3, 1));

    /**
     * The oldest OpenGL ES host: the shader translator writes GLSL ES 3.10 or 3.20, and compute,
     * images and storage buffers are core from ES 3.1 (vrend's floor for GLES hosts too).
     */
    public static final GlVersion ES_REQUIRED = new GlVersion(3, 1);

    /** The versions tried for a root context of {@code profile}, newest first. */
    public static List<GlVersion> candidates(GlProfile profile) {
        return profile.isEs() ? ES_CANDIDATES : CANDIDATES;
    }

    /** The oldest version of {@code profile} the backend accepts. */
    public static GlVersion required(GlProfile profile) {
        return profile.isEs() ? ES_REQUIRED : REQUIRED;
    }

    /** {@code 10 * major + minor}, the form vrend's feature table uses (45 for 4.5). */
    public int asInt() {
        return major * 10 + minor;
    }

    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    public boolean atLeast(GlVersion other) {
        return atLeast(other.major, other.minor);
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
