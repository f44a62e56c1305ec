/**
 * The VirGL capset backend: {@link org.jvirgl.virgl.VirglBackend} (one GL share group, host
 * caps, fences) and {@link org.jvirgl.virgl.VirglContext} (one GL context per renderer context
 * that runs the guest's command stream through the wire decoder).
 */
package org.jvirgl.virgl;
