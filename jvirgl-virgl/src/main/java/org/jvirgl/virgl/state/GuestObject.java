package org.jvirgl.virgl.state;

import org.jvirgl.virgl.winsys.GlNames;

/**
 * A guest-created object living in a sub-context's handle table (Gallium's create/bind/delete
 * objects). Values are immutable; the few that own host GL names release them here.
 */
public interface GuestObject {

    /** The VIRGL_OBJECT_* type this object was created as; lookups are type-checked. */
    int objectType();

    /**
     * Frees host GL objects, deleting through {@code names} so name shadows learn of it;
     * called with the owning context current.
     */
    default void release(GlNames names) {
    }
}
