package org.jvirgl.virgl.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL45C.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvirgl.wire.state.VertexElement;

/** Vertex-elements objects own their VAO; the emitter re-specifies only what changed. */
class VertexArrayTest extends GlShadowTest {
    private static final int R32G32_FLOAT = 29;
    private static final int R32G32B32A32_FLOAT = 31;
    private static final int R32_UINT = 193;

    private SubContext subWithBuffer(int buffer, int offset, int stride) {
        var sub = new SubContext(0, host.names());
        sub.vbBuffer[0] = buffer;
        sub.vbOffset[0] = offset;
        sub.vbStride[0] = stride;
        sub.vbCount = 1;
        return sub;
    }

    private VertexElements elements(VertexElement... list) {
        return VertexElements.of(List.of(list), host.names());
    }

    /** New vertex elements of {@code list}, bound in {@code sub} and emitted. */
    private VertexElements emitted(SubContext sub, VertexElement... list) {
        VertexElements ve = elements(list);
        sub.vertexElements = ve;
        VertexInputEmitter.emit(sub, cache);
        return ve;
    }

    private static int attrib(int vao, int index, int pname) {
        return glGetVertexArrayIndexedi(vao, index, pname);
    }

    @Test
    void eachVertexElementsObjectKeepsItsFormatsInItsOwnVertexArray() {
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements two = elements(new VertexElement(0, 0, 0, R32G32_FLOAT));
        VertexElements four = elements(new VertexElement(0, 0, 0, R32G32B32A32_FLOAT));

        sub.vertexElements = two;
        VertexInputEmitter.emit(sub, cache);
        int twoVao = sub.vertexArray.glName();
        sub.vertexElements = four;
        VertexInputEmitter.emit(sub, cache);
        int fourVao = sub.vertexArray.glName();

        assertThat(twoVao).isNotEqualTo(fourVao);
        assertThat(glGetInteger(GL_VERTEX_ARRAY_BINDING)).isEqualTo(fourVao);
        assertThat(attrib(twoVao, 0, GL_VERTEX_ATTRIB_ARRAY_SIZE)).isEqualTo(2);
        assertThat(attrib(fourVao, 0, GL_VERTEX_ATTRIB_ARRAY_SIZE)).isEqualTo(4);
        two.release(host.names());
        four.release(host.names());
    }

    @Test
    void aVertexBufferBindingIsRespecifiedOnlyWhenItChanges() {
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = emitted(sub, new VertexElement(32, 0, 0, R32G32B32A32_FLOAT));
        int vao = sub.vertexArray.glName();
        assertThat(glGetVertexArrayIndexed64i(vao, 0, GL_VERTEX_BINDING_OFFSET)).isEqualTo(32);

        glVertexArrayVertexBuffer(vao, 0, bufferB, 0, 8); // behind the shadow's back
        VertexInputEmitter.emit(sub, cache);
        assertThat(attrib(vao, 0, GL_VERTEX_BINDING_BUFFER)).as("filtered").isEqualTo(bufferB);

        sub.vbOffset[0] = 64;
        VertexInputEmitter.emit(sub, cache);
        assertThat(attrib(vao, 0, GL_VERTEX_BINDING_BUFFER)).isEqualTo(bufferA);
        assertThat(glGetVertexArrayIndexed64i(vao, 0, GL_VERTEX_BINDING_OFFSET)).isEqualTo(96);
        ve.release(host.names());
    }

    @Test
    void anAttributeWhoseBufferIsUnboundIsDisabledAndComesBackWithIt() {
        var sub = subWithBuffer(bufferA, 0, 4);
        VertexElements ve = emitted(sub, new VertexElement(0, 0, 0, R32_UINT));
        int vao = sub.vertexArray.glName();
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isEqualTo(1);
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_INTEGER)).isEqualTo(1);

        sub.vbCount = 0;
        VertexInputEmitter.emit(sub, cache);
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isZero();

        sub.vbCount = 1;
        VertexInputEmitter.emit(sub, cache);
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isEqualTo(1);
        ve.release(host.names());
    }

    @Test
    void theElementBufferIsAttachedOnlyWhenItChanges() {
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = emitted(sub, new VertexElement(0, 0, 0, R32G32B32A32_FLOAT));
        VertexArray va = sub.vertexArray;
        va.elementBuffer(bufferA);
        assertThat(glGetVertexArrayi(va.glName(), GL_ELEMENT_ARRAY_BUFFER_BINDING)).isEqualTo(bufferA);

        glVertexArrayElementBuffer(va.glName(), bufferB);
        va.elementBuffer(bufferA);
        assertThat(glGetVertexArrayi(va.glName(), GL_ELEMENT_ARRAY_BUFFER_BINDING)).as("filtered").isEqualTo(bufferB);

        va.elementBuffer(0);
        assertThat(glGetVertexArrayi(va.glName(), GL_ELEMENT_ARRAY_BUFFER_BINDING)).isZero();
        ve.release(host.names());
    }

    @Test
    void destroyedButStillBoundVertexElementsDrawFromTheSpareVertexArray() {
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = emitted(sub, new VertexElement(0, 0, 0, R32G32_FLOAT));
        int own = sub.vertexArray.glName();

        ve.release(host.names());
        assertThat(glIsVertexArray(own)).isFalse();
        VertexInputEmitter.emit(sub, cache);

        assertThat(sub.vertexArray).isSameAs(sub.spareVertexArray);
        int spare = sub.spareVertexArray.glName();
        assertThat(glGetInteger(GL_VERTEX_ARRAY_BINDING)).isEqualTo(spare);
        assertThat(attrib(spare, 0, GL_VERTEX_ATTRIB_ARRAY_SIZE)).isEqualTo(2);
        assertThat(attrib(spare, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isEqualTo(1);
        sub.spareVertexArray.delete();
    }

    @Test
    void afterADeleteTheSameBufferNamesAreRespecified() {
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = emitted(sub, new VertexElement(0, 0, 0, R32G32B32A32_FLOAT));
        VertexArray va = sub.vertexArray;
        va.elementBuffer(bufferA);
        // As a driver that reuses names would leave it: the VAO no longer holds bufferA's object.
        glVertexArrayVertexBuffer(va.glName(), 0, bufferB, 0, 16);
        glVertexArrayElementBuffer(va.glName(), bufferB);

        host.names().deleteBuffer(glCreateBuffers());
        VertexInputEmitter.emit(sub, cache);
        va.elementBuffer(bufferA);

        assertThat(attrib(va.glName(), 0, GL_VERTEX_BINDING_BUFFER)).isEqualTo(bufferA);
        assertThat(glGetVertexArrayi(va.glName(), GL_ELEMENT_ARRAY_BUFFER_BINDING)).isEqualTo(bufferA);
        ve.release(host.names());
    }
}
