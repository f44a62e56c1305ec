/**
 * Host GL contexts: EGL (surfaceless, or GBM on a DRM fd), GLX on an X display, or the
 * embedder's context callbacks; one share group per backend ({@link org.jvirgl.virgl.winsys.GlHost}), and making a
 * context current on a thread ({@link org.jvirgl.virgl.winsys.GlContext#makeCurrent()}).
 */
package org.jvirgl.virgl.winsys;
