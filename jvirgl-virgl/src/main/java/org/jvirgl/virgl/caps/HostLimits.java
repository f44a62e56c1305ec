package org.jvirgl.virgl.caps;

import java.util.Map;

/**
 * Numeric host limits read once with {@code glGetIntegerv}/{@code glGetFloatv}/
 * {@code glGetIntegeri_v}, keyed by the GL parameter name. A name the host does not know, or
 * that was not probed, reads as 0 — the value vrend reports for absent features.
 */
public final class HostLimits {

    private final Map<Integer, Integer> ints;
    private final Map<Long, Integer> indexed;
    private final Map<Long, Float> floats;

    HostLimits(Map<Integer, Integer> ints, Map<Long, Integer> indexed, Map<Long, Float> floats) {
        this.ints = Map.copyOf(ints);
        this.indexed = Map.copyOf(indexed);
        this.floats = Map.copyOf(floats);
    }

    /** {@code glGetIntegerv(pname)}. */
    public int get(int pname) {
        return ints.getOrDefault(pname, 0);
    }

    /** {@code glGetIntegeri_v(pname, index)}. */
    public int get(int pname, int index) {
        return indexed.getOrDefault(key(pname, index), 0);
    }

    /** Component {@code component} of {@code glGetFloatv(pname)} (0 or 1 for ranges). */
    public float getFloat(int pname, int component) {
        return floats.getOrDefault(key(pname, component), 0f);
    }

    static long key(int pname, int index) {
        return ((long) pname << 32) | (index & 0xffffffffL);
    }
}
