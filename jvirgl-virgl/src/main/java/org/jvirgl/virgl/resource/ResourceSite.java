package org.jvirgl.virgl.resource;

import org.jvirgl.virgl.winsys.GlNames;

/**
 * What resources need from their backend: a way to make a context of the share group current
 * on the calling thread, the transfer machinery (with its staging memory and logging), and the
 * share group's deletion epoch their storage is deleted through.
 */
public interface ResourceSite {

    void ensureCurrent();

    Transfers transfers();

    GlNames names();
}
