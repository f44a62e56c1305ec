package org.jvirgl.virgl.state;

import java.util.function.Consumer;

/**
 * An open-addressing map from non-zero int handles to values, so handle lookups on the bind and
 * draw paths allocate nothing (no boxing). Key 0 marks an empty slot: handle 0 is never valid.
 */
public final class IntObjectMap<V> {
    private int[] keys = new int[16];
    private Object[] values = new Object[16];
    private int size;

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    public V get(int key) {
        if (key == 0) {
            return null;
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    /** Stores {@code value} under {@code key} (non-zero) and returns the value it replaced. */
    @SuppressWarnings("unchecked")
    public V put(int key, V value) {
        if (key == 0) {
            throw new IllegalArgumentException("handle 0");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        V old = (V) values[i];
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
        return old;
    }

    @SuppressWarnings("unchecked")
    public V remove(int key) {
        if (key == 0) {
            return null;
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return null;
            }
            i = (i + 1) & mask;
        }
        V old = (V) values[i];
        keys[i] = 0;
        values[i] = null;
        size--;
        // Re-insert the rest of the probe run so later lookups do not stop at the new hole.
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int k = keys[j];
            Object v = values[j];
            keys[j] = 0;
            values[j] = null;
            size--;
            put(k, (V) v);
        }
        return old;
    }

    @SuppressWarnings("unchecked")
    public void forEachValue(Consumer<? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept((V) values[i]);
            }
        }
    }

    public void clear() {
        java.util.Arrays.fill(keys, 0);
        java.util.Arrays.fill(values, null);
        size = 0;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
