/**
 * VIRGL_FORMAT → host GL format mapping (internal format, client format/type, swizzle) and
 * the per-backend probe of what the host can sample, render and multisample.
 */
package org.jvirgl.virgl.format;
