package org.jvirgl.shader.glsl;

/** A GLSL vec4-valued expression and the type its bits are stored as. */
record Stored(String expr, GType type) {
}
