/**
 * Immutable, decoded values of the VirGL command stream: the state objects a guest creates
 * (blend, rasterizer, depth-stencil-alpha, sampler, vertex elements, views, surfaces) and the
 * argument bundles of rarely used commands. Bitfields are unpacked into named accessors; enum
 * values keep the frozen Gallium numbering (see {@code org.jvirgl.wire.gallium}).
 */
package org.jvirgl.wire.state;
