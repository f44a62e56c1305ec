/**
 * A GL-free writer for the VirGL capability sets ({@code virgl_caps_v1}, 308 bytes, and
 * {@code virgl_caps_v2}, 1376 bytes in 0.10.4 / 1408 in newer hosts): every field at its
 * exact offset, bit sets by name. The GL backend fills a {@link org.jvirgl.wire.caps.VirglCaps}
 * from host queries and hands the bytes to the guest.
 */
package org.jvirgl.wire.caps;
