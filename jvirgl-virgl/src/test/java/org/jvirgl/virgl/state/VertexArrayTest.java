package org.jvirgl.virgl.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL45C.*;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.wire.state.VertexElement;

/** Vertex-elements objects own their VAO; the emitter re-specifies only what changed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VertexArrayTest {
    private static final int R32G32_FLOAT = 29;
    private static final int R32G32B32A32_FLOAT = 31;
    private static final int R32_UINT = 193;

    private GlHost host;
    private int bufferA;
    private int bufferB;

    @BeforeAll
    void open() {
        host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE);
        bufferA = glCreateBuffers();
        glNamedBufferStorage(bufferA, 4096, 0);
        bufferB = glCreateBuffers();
        glNamedBufferStorage(bufferB, 4096, 0);
    }

    @AfterAll
    void close() {
        glDeleteBuffers(bufferA);
        glDeleteBuffers(bufferB);
        host.close();
    }

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

    private static int attrib(int vao, int index, int pname) {
        return glGetVertexArrayIndexedi(vao, index, pname);
    }

    @Test
    void eachVertexElementsObjectKeepsItsFormatsInItsOwnVertexArray() {
        var gl = new GlStateCache(true, host.names());
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements two = elements(new VertexElement(0, 0, 0, R32G32_FLOAT));
        VertexElements four = elements(new VertexElement(0, 0, 0, R32G32B32A32_FLOAT));

        sub.vertexElements = two;
        VertexInputEmitter.emit(sub, gl);
        int twoVao = sub.vertexArray.glName();
        sub.vertexElements = four;
        VertexInputEmitter.emit(sub, gl);
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
        var gl = new GlStateCache(true, host.names());
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = elements(new VertexElement(32, 0, 0, R32G32B32A32_FLOAT));
        sub.vertexElements = ve;
        VertexInputEmitter.emit(sub, gl);
        int vao = sub.vertexArray.glName();
        assertThat(glGetVertexArrayIndexed64i(vao, 0, GL_VERTEX_BINDING_OFFSET)).isEqualTo(32);

        glVertexArrayVertexBuffer(vao, 0, bufferB, 0, 8); // behind the shadow's back
        VertexInputEmitter.emit(sub, gl);
        assertThat(attrib(vao, 0, GL_VERTEX_BINDING_BUFFER)).as("filtered").isEqualTo(bufferB);

        sub.vbOffset[0] = 64;
        VertexInputEmitter.emit(sub, gl);
        assertThat(attrib(vao, 0, GL_VERTEX_BINDING_BUFFER)).isEqualTo(bufferA);
        assertThat(glGetVertexArrayIndexed64i(vao, 0, GL_VERTEX_BINDING_OFFSET)).isEqualTo(96);
        ve.release(host.names());
    }

    @Test
    void anAttributeWhoseBufferIsUnboundIsDisabledAndComesBackWithIt() {
        var gl = new GlStateCache(true, host.names());
        var sub = subWithBuffer(bufferA, 0, 4);
        VertexElements ve = elements(new VertexElement(0, 0, 0, R32_UINT));
        sub.vertexElements = ve;
        VertexInputEmitter.emit(sub, gl);
        int vao = sub.vertexArray.glName();
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isEqualTo(1);
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_INTEGER)).isEqualTo(1);

        sub.vbCount = 0;
        VertexInputEmitter.emit(sub, gl);
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isZero();

        sub.vbCount = 1;
        VertexInputEmitter.emit(sub, gl);
        assertThat(attrib(vao, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isEqualTo(1);
        ve.release(host.names());
    }

    @Test
    void theElementBufferIsAttachedOnlyWhenItChanges() {
        var gl = new GlStateCache(true, host.names());
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = elements(new VertexElement(0, 0, 0, R32G32B32A32_FLOAT));
        sub.vertexElements = ve;
        VertexInputEmitter.emit(sub, gl);
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
        var gl = new GlStateCache(true, host.names());
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = elements(new VertexElement(0, 0, 0, R32G32_FLOAT));
        sub.vertexElements = ve;
        VertexInputEmitter.emit(sub, gl);
        int own = sub.vertexArray.glName();

        ve.release(host.names());
        assertThat(glIsVertexArray(own)).isFalse();
        VertexInputEmitter.emit(sub, gl);

        assertThat(sub.vertexArray).isSameAs(sub.spareVertexArray);
        int spare = sub.spareVertexArray.glName();
        assertThat(glGetInteger(GL_VERTEX_ARRAY_BINDING)).isEqualTo(spare);
        assertThat(attrib(spare, 0, GL_VERTEX_ATTRIB_ARRAY_SIZE)).isEqualTo(2);
        assertThat(attrib(spare, 0, GL_VERTEX_ATTRIB_ARRAY_ENABLED)).isEqualTo(1);
        sub.spareVertexArray.delete();
    }

    @Test
    void afterADeleteTheSameBufferNamesAreRespecified() {
        var gl = new GlStateCache(true, host.names());
        var sub = subWithBuffer(bufferA, 0, 16);
        VertexElements ve = elements(new VertexElement(0, 0, 0, R32G32B32A32_FLOAT));
        sub.vertexElements = ve;
        VertexInputEmitter.emit(sub, gl);
        VertexArray va = sub.vertexArray;
        va.elementBuffer(bufferA);
        // As a driver that reuses names would leave it: the VAO no longer holds bufferA's object.
        glVertexArrayVertexBuffer(va.glName(), 0, bufferB, 0, 16);
        glVertexArrayElementBuffer(va.glName(), bufferB);

        host.names().deleteBuffer(glCreateBuffers());
        VertexInputEmitter.emit(sub, gl);
        va.elementBuffer(bufferA);

        assertThat(attrib(va.glName(), 0, GL_VERTEX_BINDING_BUFFER)).isEqualTo(bufferA);
        assertThat(glGetVertexArrayi(va.glName(), GL_ELEMENT_ARRAY_BUFFER_BINDING)).isEqualTo(bufferA);
        ve.release(host.names());
    }
}
