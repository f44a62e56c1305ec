/**
 * Builds VirGL command buffers the way Mesa's {@code virgl_encode.c} lays them out: for tests
 * of the decoder, of the GL backend and of tools that need a guest-shaped stream.
 */
package org.jvirgl.wire.encode;
