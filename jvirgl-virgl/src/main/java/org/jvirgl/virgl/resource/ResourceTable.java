package org.jvirgl.virgl.resource;

import java.util.Arrays;
import org.jvirgl.spi.ResourceView;

/**
 * The resources attached to one renderer context, by handle (upstream: the context's resource
 * hash). Commands may only reference attached resources. An open-addressing int map so the
 * per-draw lookups neither box nor allocate. Owner thread only.
 */
public final class ResourceTable {

    private int[] keys = new int[64];
    private ResourceView[] views = new ResourceView[64];
    private int size;

    /** Attaches (or re-attaches) a resource; handle 0 is never a resource. */
    public void attach(ResourceView view) {
        int handle = view.handle();
        if (handle == 0) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(keys, handle);
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = handle;
        views[i] = view;
    }

    public void detach(int handle) {
        if (handle == 0) {
            return;
        }
        int i = slot(keys, handle);
        if (keys[i] == 0) {
            return;
        }
        keys[i] = 0;
        views[i] = null;
        size--;
        // Re-insert the rest of the probe run so lookups past the hole still find them.
        int mask = keys.length - 1;
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int k = keys[j];
            ResourceView v = views[j];
            keys[j] = 0;
            views[j] = null;
            int t = slot(keys, k);
            keys[t] = k;
            views[t] = v;
        }
    }

    /** The attached resource's core view, or null if {@code handle} is not attached. */
    public ResourceView view(int handle) {
        if (handle == 0) {
            return null;
        }
        int i = slot(keys, handle);
        return keys[i] == 0 ? null : views[i];
    }

    /** The attached resource's GL storage, or null if not attached or not a GL resource (a guest blob). */
    public GlResource get(int handle) {
        ResourceView v = view(handle);
        return v != null && v.backing() instanceof GlResource g ? g : null;
    }

    public int size() {
        return size;
    }

    public void clear() {
        Arrays.fill(keys, 0);
        Arrays.fill(views, null);
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        ResourceView[] oldViews = views;
        keys = new int[oldKeys.length * 2];
        views = new ResourceView[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int t = slot(keys, oldKeys[i]);
                keys[t] = oldKeys[i];
                views[t] = oldViews[i];
            }
        }
    }

    /** The slot holding {@code handle}, or the empty slot where it would go. */
    private static int slot(int[] keys, int handle) {
        int mask = keys.length - 1;
        int i = (handle * 0x9E3779B9) >>> 7 & mask;
        while (keys[i] != 0 && keys[i] != handle) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
