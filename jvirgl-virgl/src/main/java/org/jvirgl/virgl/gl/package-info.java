/**
 * Host GL entry points: which API the process speaks ({@link org.jvirgl.virgl.gl.HostApi}) and
 * the desktop-only calls the renderer makes, each routed to its OpenGL ES form on a GLES host
 * ({@link org.jvirgl.virgl.gl.HostGl}).
 */
package org.jvirgl.virgl.gl;
