package org.jvirgl.wire.state;

/**
 * One vertex attribute of a VERTEX_ELEMENTS object ({@code pipe_vertex_element});
 * {@code srcFormat} is a {@code VirglFormat} value.
 */
public record VertexElement(int srcOffset, int instanceDivisor, int vertexBufferIndex, int srcFormat) {
}
