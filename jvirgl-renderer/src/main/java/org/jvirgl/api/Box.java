package org.jvirgl.api;

/** A 3D region of a resource level ({@code struct virgl_box}). */
public record Box(int x, int y, int z, int w, int h, int d) {
}
