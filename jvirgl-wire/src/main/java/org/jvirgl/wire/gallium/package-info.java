/**
 * Enum values as they appear on the VirGL wire: the frozen Gallium numbering kept by
 * virglrenderer's {@code p_defines.h} (not whatever current Mesa uses internally), the wire
 * shader-stage order and the {@code VIRGL_BIND_*} flags. Each class offers {@code name(int)}
 * for printers and logs.
 */
package org.jvirgl.wire.gallium;
