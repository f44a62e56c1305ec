package org.jvirgl.virgl.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL45C.*;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlProfile;
import org.lwjgl.opengl.GL41C;
import org.lwjgl.opengl.GL42C;
import org.lwjgl.opengl.GL43C;
import org.lwjgl.opengl.GL44C;
import org.lwjgl.opengl.GL46C;
import org.lwjgl.system.MemoryUtil;

/**
 * The call classes' OpenGL ES forms on a real ES 3.2 context (own JVM: the process is claimed
 * for GLES): each edits the named object, leaves no GL error, and leaves the bindings the
 * renderer caches as they were.
 */
class GlesCallsTest {

    private static GlHost host;

    @BeforeAll
    static void open() {
        host = GlHost.open(EglWinsys.openSurfaceless(HostApi.GLES), GlProfile.ES);
        assertThat(HostGl.ES).isTrue();
    }

    @AfterAll
    static void close() {
        host.close();
    }

    @BeforeEach
    void noStaleErrors() {
        while (glGetError() != GL_NO_ERROR) {
            // earlier tests' leftovers are not this test's
        }
    }

    @Test
    void aTwoDimensionalTextureIsStoredUploadedAndReadBackWithoutDisturbingTheUnitsBinding() {
        int bystander = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, bystander);
        int tex = TextureCalls.glCreateTextures(GL_TEXTURE_2D);
        TextureCalls.glTextureStorage2D(tex, 1, GL_RGBA8, 4, 4);
        ByteBuffer texels = pattern(4 * 4 * 4);
        TextureCalls.nglTextureSubImage2D(tex, 0, 0, 0, 4, 4, GL_RGBA, GL_UNSIGNED_BYTE, MemoryUtil.memAddress(texels));
        TextureCalls.glTextureParameteriv(tex, GL_TEXTURE_SWIZZLE_RGBA, new int[] {GL_BLUE, GL_GREEN, GL_RED, GL_ALPHA});
        TextureCalls.glTextureParameteri(tex, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        ByteBuffer back = MemoryUtil.memCalloc(4 * 4 * 4);
        TextureCalls.nglGetTextureSubImage(tex, 0, 0, 0, 0, 4, 4, 1, GL_RGBA, GL_UNSIGNED_BYTE, back.capacity(),
                MemoryUtil.memAddress(back));

        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        assertThat(bytes(back)).isEqualTo(bytes(texels));
        assertThat(glGetInteger(GL_TEXTURE_BINDING_2D)).isEqualTo(bystander);
        MemoryUtil.memFree(back);
        glDeleteTextures(new int[] {tex, bystander});
    }

    @Test
    void cubeFacesAndArrayLayersAreAddressedAsLayersAsDirectStateAccessDoes() {
        for (int target : new int[] {GL_TEXTURE_CUBE_MAP, GL_TEXTURE_2D_ARRAY}) {
            int layers = target == GL_TEXTURE_CUBE_MAP ? 6 : 3;
            int tex = TextureCalls.glCreateTextures(target);
            if (target == GL_TEXTURE_CUBE_MAP) {
                TextureCalls.glTextureStorage2D(tex, 1, GL_RGBA8, 2, 2);
            } else {
                TextureCalls.glTextureStorage3D(tex, 1, GL_RGBA8, 2, 2, layers);
            }
            ByteBuffer texels = pattern(2 * 2 * 4 * layers);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            TextureCalls.nglTextureSubImage3D(tex, 0, 0, 0, 0, 2, 2, layers, GL_RGBA, GL_UNSIGNED_BYTE,
                    MemoryUtil.memAddress(texels));
            ByteBuffer back = MemoryUtil.memCalloc(texels.capacity());
            TextureCalls.nglGetTextureSubImage(tex, 0, 0, 0, 0, 2, 2, layers, GL_RGBA, GL_UNSIGNED_BYTE,
                    back.capacity(), MemoryUtil.memAddress(back));

            assertThat(glGetError()).as("target 0x%x", target).isEqualTo(GL_NO_ERROR);
            assertThat(bytes(back)).as("target 0x%x", target).isEqualTo(bytes(texels));
            MemoryUtil.memFree(back);
            glDeleteTextures(tex);
        }
    }

    @Test
    void buffersAreAllocatedWrittenReadAndCopiedThroughTheCopyBindings() {
        int bystander = glGenBuffers();
        glBindBuffer(GL_COPY_WRITE_BUFFER, bystander);
        int a = BufferCalls.glCreateBuffers();
        int b = BufferCalls.glCreateBuffers();
        BufferCalls.glNamedBufferStorage(a, 64, GL_DYNAMIC_STORAGE_BIT);
        BufferCalls.glNamedBufferStorage(b, 64, GL_DYNAMIC_STORAGE_BIT);
        ByteBuffer data = pattern(64);
        BufferCalls.nglNamedBufferSubData(a, 0, 64, MemoryUtil.memAddress(data));
        BufferCalls.glCopyNamedBufferSubData(a, b, 16, 0, 32);
        ByteBuffer back = MemoryUtil.memCalloc(32);
        BufferCalls.nglGetNamedBufferSubData(b, 0, 32, MemoryUtil.memAddress(back));

        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        assertThat(bytes(back)).isEqualTo(bytes(data.slice(16, 32)));
        assertThat(glGetInteger(GL_COPY_WRITE_BUFFER_BINDING)).isEqualTo(bystander);
        MemoryUtil.memFree(back);
        glDeleteBuffers(new int[] {a, b, bystander});
    }

    @Test
    void framebuffersAreAttachedCheckedAndBlittedWithoutTouchingTheBoundOnes() {
        int bound = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, bound);
        int src = TextureCalls.glCreateTextures(GL_TEXTURE_2D_ARRAY);
        TextureCalls.glTextureStorage3D(src, 1, GL_RGBA8, 4, 4, 2);
        int dst = TextureCalls.glCreateTextures(GL_TEXTURE_2D);
        TextureCalls.glTextureStorage2D(dst, 1, GL_RGBA8, 4, 4);
        ByteBuffer texels = pattern(4 * 4 * 4 * 2);
        TextureCalls.nglTextureSubImage3D(src, 0, 0, 0, 0, 4, 4, 2, GL_RGBA, GL_UNSIGNED_BYTE,
                MemoryUtil.memAddress(texels));

        int read = FramebufferCalls.glCreateFramebuffers();
        int draw = FramebufferCalls.glCreateFramebuffers();
        FramebufferCalls.glNamedFramebufferTextureLayer(read, GL_COLOR_ATTACHMENT0, src, 0, 1);
        FramebufferCalls.glNamedFramebufferReadBuffer(read, GL_COLOR_ATTACHMENT0);
        FramebufferCalls.glNamedFramebufferTexture(draw, GL_COLOR_ATTACHMENT0, dst, 0);
        FramebufferCalls.glNamedFramebufferDrawBuffer(draw, GL_COLOR_ATTACHMENT0);
        assertThat(FramebufferCalls.glCheckNamedFramebufferStatus(read, GL_READ_FRAMEBUFFER))
                .isEqualTo(GL_FRAMEBUFFER_COMPLETE);
        assertThat(FramebufferCalls.glCheckNamedFramebufferStatus(draw, GL_DRAW_FRAMEBUFFER))
                .isEqualTo(GL_FRAMEBUFFER_COMPLETE);
        FramebufferCalls.glBlitNamedFramebuffer(read, draw, 0, 0, 4, 4, 0, 0, 4, 4, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        ByteBuffer back = MemoryUtil.memCalloc(4 * 4 * 4);
        TextureCalls.nglGetTextureSubImage(dst, 0, 0, 0, 0, 4, 4, 1, GL_RGBA, GL_UNSIGNED_BYTE, back.capacity(),
                MemoryUtil.memAddress(back));

        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        assertThat(bytes(back)).isEqualTo(bytes(texels.slice(64, 64)));
        assertThat(glGetInteger(GL_DRAW_FRAMEBUFFER_BINDING)).isEqualTo(bound);
        assertThat(glGetInteger(GL_READ_FRAMEBUFFER_BINDING)).isEqualTo(bound);
        MemoryUtil.memFree(back);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDeleteFramebuffers(new int[] {read, draw, bound});
        glDeleteTextures(new int[] {src, dst});
    }

    @Test
    void vertexArraysAreSetUpWhileAnotherStaysBound() {
        int bound = glGenVertexArrays();
        glBindVertexArray(bound);
        int vao = VertexArrayCalls.glCreateVertexArrays();
        int vbo = BufferCalls.glCreateBuffers();
        BufferCalls.glNamedBufferStorage(vbo, 64, GL_DYNAMIC_STORAGE_BIT);
        VertexArrayCalls.glVertexArrayAttribFormat(vao, 0, 4, GL_FLOAT, false, 0);
        VertexArrayCalls.glVertexArrayAttribIFormat(vao, 1, 1, GL_INT, 0);
        VertexArrayCalls.glVertexArrayAttribBinding(vao, 0, 0);
        VertexArrayCalls.glVertexArrayBindingDivisor(vao, 0, 1);
        VertexArrayCalls.glVertexArrayVertexBuffer(vao, 0, vbo, 16, 16);
        VertexArrayCalls.glVertexArrayElementBuffer(vao, vbo);
        VertexArrayCalls.glEnableVertexArrayAttrib(vao, 0);
        VertexArrayCalls.glDisableVertexArrayAttrib(vao, 1);

        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        assertThat(glGetInteger(GL_VERTEX_ARRAY_BINDING)).isEqualTo(bound);
        glBindVertexArray(vao);
        assertThat(glGetIntegeri(GL_VERTEX_BINDING_BUFFER, 0)).isEqualTo(vbo);
        assertThat(glGetIntegeri(GL_VERTEX_BINDING_DIVISOR, 0)).isEqualTo(1);
        assertThat(glGetInteger(GL_ELEMENT_ARRAY_BUFFER_BINDING)).isEqualTo(vbo);
        glBindVertexArray(0);
        glDeleteVertexArrays(new int[] {vao, bound});
        glDeleteBuffers(vbo);
    }

    @Test
    void aQueryResultIsWrittenIntoABufferWithoutQueryBufferObjects() {
        int query = QueryCalls.glCreateQueries(GL_ANY_SAMPLES_PASSED);
        glBeginQuery(GL_ANY_SAMPLES_PASSED, query);
        glEndQuery(GL_ANY_SAMPLES_PASSED);
        int buffer = BufferCalls.glCreateBuffers();
        BufferCalls.glNamedBufferStorage(buffer, 16, GL_DYNAMIC_STORAGE_BIT);
        ByteBuffer fill = MemoryUtil.memAlloc(16);
        for (int i = 0; i < 16; i++) {
            fill.put(i, (byte) 0x55);
        }
        BufferCalls.nglNamedBufferSubData(buffer, 0, 16, MemoryUtil.memAddress(fill));
        QueryCalls.glGetQueryBufferObjectui64v(query, buffer, GL_QUERY_RESULT, 8); // waits
        QueryCalls.glGetQueryBufferObjectuiv(query, buffer, GL_QUERY_RESULT_AVAILABLE, 0);
        ByteBuffer back = MemoryUtil.memCalloc(16);
        BufferCalls.nglGetNamedBufferSubData(buffer, 0, 16, MemoryUtil.memAddress(back));

        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        assertThat(back.getInt(0)).isEqualTo(1);
        assertThat(back.getInt(4)).isEqualTo(0x55555555); // untouched
        assertThat(back.getLong(8)).isZero(); // nothing drawn: no samples passed
        MemoryUtil.memFree(fill);
        MemoryUtil.memFree(back);
        glDeleteQueries(query);
        glDeleteBuffers(buffer);
    }

    @Test
    void entryPointsEsHasUnderExtensionsAreTheSameAndRaiseNoError() {
        FixedFunctionCalls.glClipControl(GL_LOWER_LEFT, GL_ZERO_TO_ONE);
        FixedFunctionCalls.glClipControl(GL_LOWER_LEFT, GL_NEGATIVE_ONE_TO_ONE);
        FixedFunctionCalls.glViewportIndexedf(1, 0, 0, 8, 8);
        FixedFunctionCalls.glScissorIndexed(1, 0, 0, 8, 8);
        FixedFunctionCalls.glDepthRangeIndexed(0, 0.25, 0.75);
        FixedFunctionCalls.glDepthRangeIndexed(1, 0.25, 0.75);
        FixedFunctionCalls.glPolygonOffsetClamp(1f, 1f, 0.5f);
        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        float[] range = new float[2];
        GL41C.glGetFloati_v(GL_DEPTH_RANGE, 1, range);
        assertThat(range).containsExactly(0.25f, 0.75f);

        int query = QueryCalls.glCreateQueries(GL_TIMESTAMP);
        GL43C.glQueryCounter(query, GL_TIMESTAMP);
        long[] stamp = new long[1];
        QueryCalls.glGetQueryObjectui64v(query, GL_QUERY_RESULT, stamp);
        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        glDeleteQueries(query);

        int tex = TextureCalls.glCreateTextures(GL_TEXTURE_2D);
        TextureCalls.glTextureStorage2D(tex, 2, GL_RGBA8, 4, 4);
        int view = glGenTextures();
        TextureCalls.glTextureView(view, GL_TEXTURE_2D, tex, GL_RGBA8, 1, 1, 0, 1);
        ByteBuffer red = MemoryUtil.memAlloc(4).putInt(0, 0xff0000ff);
        TextureCalls.nglClearTexSubImage(view, 0, 0, 0, 0, 2, 2, 1, GL_RGBA, GL_UNSIGNED_BYTE, MemoryUtil.memAddress(red));
        ByteBuffer back = MemoryUtil.memCalloc(16);
        TextureCalls.nglGetTextureSubImage(tex, 1, 0, 0, 0, 2, 2, 1, GL_RGBA, GL_UNSIGNED_BYTE, 16, MemoryUtil.memAddress(back));
        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        assertThat(back.getInt(12)).isEqualTo(0xff0000ff);
        MemoryUtil.memFree(red);
        MemoryUtil.memFree(back);
        glDeleteTextures(new int[] {view, tex});
    }

    @Test
    void desktopOnlyStateIsSkippedOnEsRatherThanRaisingErrors() {
        FixedFunctionCalls.glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
        FixedFunctionCalls.glLogicOp(GL_XOR);
        FixedFunctionCalls.glProvokingVertex(GL_FIRST_VERTEX_CONVENTION);
        FixedFunctionCalls.glPointSize(4f);
        FixedFunctionCalls.glPrimitiveRestartIndex(7);
        FixedFunctionCalls.glPatchParameterfv(GL_PATCH_DEFAULT_OUTER_LEVEL, new float[] {1, 1, 1, 1});
        FixedFunctionCalls.glTextureBarrier();
        assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
        assertThat(GL42C.glGetInteger(GL_PATCH_VERTICES)).isPositive();
        assertThat(GL44C.GL_CLEAR_TEXTURE).isNotZero();
        assertThat(GL46C.GL_POLYGON_OFFSET_CLAMP).isNotZero();
    }

    private static ByteBuffer pattern(int n) {
        ByteBuffer b = MemoryUtil.memAlloc(n);
        for (int i = 0; i < n; i++) {
            b.put(i, (byte) (i * 7 + 3));
        }
        return b;
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return a;
    }
}
