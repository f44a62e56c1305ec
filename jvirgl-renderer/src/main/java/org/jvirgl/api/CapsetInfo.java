package org.jvirgl.api;

/** The answer to {@code get_cap_set}: the newest version of a capset and its blob size (0, 0 if unknown). */
public record CapsetInfo(int maxVersion, int maxSize) {
    public static final CapsetInfo NONE = new CapsetInfo(0, 0);
}
