package org.jvirgl.virgl.resource;

/**
 * What resources need from their backend: a way to make a context of the share group current
 * on the calling thread, and the transfer machinery (with its staging memory and logging).
 */
public interface ResourceSite {

    void ensureCurrent();

    Transfers transfers();
}
