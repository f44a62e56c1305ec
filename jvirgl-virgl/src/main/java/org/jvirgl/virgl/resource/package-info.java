/**
 * Host storage of classic resources ({@link org.jvirgl.virgl.resource.GlResource}: a GL
 * buffer or an immutable-storage texture), transfers between guest memory and it, and the
 * per-context table of attached resources.
 */
package org.jvirgl.virgl.resource;
