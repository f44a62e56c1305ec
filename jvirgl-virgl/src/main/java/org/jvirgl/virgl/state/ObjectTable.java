package org.jvirgl.virgl.state;

import org.jvirgl.virgl.winsys.GlNames;

/**
 * A sub-context's guest objects by handle. Lookups are type-checked: a handle that names an
 * object of another type is as unknown as a missing one.
 */
public final class ObjectTable {
    private final IntObjectMap<GuestObject> objects = new IntObjectMap<>();
    private final GlNames names;

    /** @param names the share group's deletion epoch, which releases delete through */
    public ObjectTable(GlNames names) {
        this.names = names;
    }

    /** Inserts {@code object}; a live handle is silently replaced, as upstream does. */
    public void insert(int handle, GuestObject object) {
        GuestObject old = objects.put(handle, object);
        if (old != null && old != object) {
            old.release(names);
        }
    }

    /** The object under {@code handle} if it has type {@code objectType}, else null. */
    public GuestObject lookup(int handle, int objectType) {
        GuestObject object = objects.get(handle);
        return object != null && object.objectType() == objectType ? object : null;
    }

    public <T extends GuestObject> T lookup(int handle, int objectType, Class<T> type) {
        GuestObject object = lookup(handle, objectType);
        return type.isInstance(object) ? type.cast(object) : null;
    }

    /** Removes and releases; answers whether the handle existed. */
    public boolean destroy(int handle) {
        GuestObject old = objects.remove(handle);
        if (old == null) {
            return false;
        }
        old.release(names);
        return true;
    }

    public int size() {
        return objects.size();
    }

    /** Releases every object (sub-context teardown). */
    public void releaseAll() {
        objects.forEachValue(o -> o.release(names));
        objects.clear();
    }
}
