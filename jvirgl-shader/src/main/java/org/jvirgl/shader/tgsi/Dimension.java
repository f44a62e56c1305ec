package org.jvirgl.shader.tgsi;

/**
 * The outer index of a two-dimensional register: the vertex of {@code IN[2][1]} in a
 * geometry shader, the buffer of {@code CONST[1][4]}. {@code indirect} may be null.
 */
public record Dimension(int index, Indirect indirect) {
}
