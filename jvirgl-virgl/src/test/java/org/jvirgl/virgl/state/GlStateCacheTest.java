package org.jvirgl.virgl.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL45C.*;

import org.junit.jupiter.api.Test;

/**
 * The GL shadow filters calls whose value GL already holds. Each test changes GL behind the
 * cache's back and then asks the cache for the value it believes is set: GL keeping the
 * foreign value proves the call was filtered; a different value must reach GL.
 */
class GlStateCacheTest extends GlShadowTest {
    private static int boundUniformBuffer(int index) {
        return glGetIntegeri(GL_UNIFORM_BUFFER_BINDING, index);
    }

    private static long boundUniformOffset(int index) {
        return glGetInteger64i(GL_UNIFORM_BUFFER_START, index);
    }

    @Test
    void aRedundantUniformBufferBindingIsFiltered() {
        cache.bindUniformBuffer(3, bufferA, 256, 512);
        assertThat(boundUniformBuffer(3)).isEqualTo(bufferA);

        glBindBufferRange(GL_UNIFORM_BUFFER, 3, bufferB, 0, 64); // behind the cache's back
        cache.bindUniformBuffer(3, bufferA, 256, 512);

        assertThat(boundUniformBuffer(3)).as("filtered: GL keeps the foreign binding").isEqualTo(bufferB);
    }

    @Test
    void aUniformBufferBindingThatDiffersInBufferOffsetOrSizeReachesGl() {
        cache.bindUniformBuffer(4, bufferA, 0, 256);

        cache.bindUniformBuffer(4, bufferB, 0, 256);
        assertThat(boundUniformBuffer(4)).isEqualTo(bufferB);

        cache.bindUniformBuffer(4, bufferB, 256, 256);
        assertThat(boundUniformOffset(4)).isEqualTo(256);

        cache.bindUniformBuffer(4, bufferB, 256, 512);
        assertThat(glGetInteger64i(GL_UNIFORM_BUFFER_SIZE, 4)).isEqualTo(512);
    }

    @Test
    void bindingPointsAreShadowedIndependently() {
        cache.bindUniformBuffer(5, bufferA, 0, 256);
        cache.bindUniformBuffer(6, bufferA, 0, 256);
        assertThat(boundUniformBuffer(6)).isEqualTo(bufferA);
    }

    @Test
    void invalidatingTheCacheMakesTheNextBindingReachGl() {
        cache.bindUniformBuffer(7, bufferA, 0, 256);
        glBindBufferRange(GL_UNIFORM_BUFFER, 7, bufferB, 0, 64);

        cache.invalidate();
        cache.bindUniformBuffer(7, bufferA, 0, 256);

        assertThat(boundUniformBuffer(7)).isEqualTo(bufferA);
    }

    @Test
    void clipDistancesAreSwitchedOnlyWhenTheMaskChanges() {
        cache.clipDistances(0b101);
        assertThat(glIsEnabled(GL_CLIP_DISTANCE0)).isTrue();
        assertThat(glIsEnabled(GL_CLIP_DISTANCE1)).isFalse();
        assertThat(glIsEnabled(GL_CLIP_DISTANCE2)).isTrue();

        glDisable(GL_CLIP_DISTANCE2); // behind the cache's back
        cache.clipDistances(0b101);
        assertThat(glIsEnabled(GL_CLIP_DISTANCE2)).as("filtered").isFalse();

        cache.clipDistances(0b011);
        assertThat(glIsEnabled(GL_CLIP_DISTANCE1)).isTrue();
        cache.clipDistances(0);
        assertThat(glIsEnabled(GL_CLIP_DISTANCE0)).isFalse();
        assertThat(glIsEnabled(GL_CLIP_DISTANCE1)).isFalse();
    }

    @Test
    void theRestartIndexIsSetOnlyWhenItChanges() {
        cache.primitiveRestartIndex(0xffff);
        assertThat(glGetInteger(GL_PRIMITIVE_RESTART_INDEX)).isEqualTo(0xffff);

        glPrimitiveRestartIndex(7);
        cache.primitiveRestartIndex(0xffff);
        assertThat(glGetInteger(GL_PRIMITIVE_RESTART_INDEX)).as("filtered").isEqualTo(7);

        cache.primitiveRestartIndex(0xffffffff);
        assertThat(glGetInteger(GL_PRIMITIVE_RESTART_INDEX)).isEqualTo(0xffffffff);
    }

    @Test
    void aRedundantStorageBufferBindingIsFilteredAndAChangedOneReachesGl() {
        cache.bindStorageBuffer(3, bufferA, 256, 512);
        assertThat(glGetIntegeri(GL_SHADER_STORAGE_BUFFER_BINDING, 3)).isEqualTo(bufferA);

        glBindBufferRange(GL_SHADER_STORAGE_BUFFER, 3, bufferB, 0, 64); // behind the cache's back
        cache.bindStorageBuffer(3, bufferA, 256, 512);
        assertThat(glGetIntegeri(GL_SHADER_STORAGE_BUFFER_BINDING, 3)).as("filtered").isEqualTo(bufferB);

        cache.bindStorageBuffer(3, bufferA, 0, 512);
        assertThat(glGetIntegeri(GL_SHADER_STORAGE_BUFFER_BINDING, 3)).isEqualTo(bufferA);
        assertThat(glGetInteger64i(GL_SHADER_STORAGE_BUFFER_START, 3)).isZero();

        glBindBufferRange(GL_SHADER_STORAGE_BUFFER, 3, bufferB, 0, 64);
        deleteSomethingInTheShareGroup();
        cache.bindStorageBuffer(3, bufferA, 0, 512);
        assertThat(glGetIntegeri(GL_SHADER_STORAGE_BUFFER_BINDING, 3)).as("after a delete").isEqualTo(bufferA);
    }

    @Test
    void aRedundantImageBindingIsFilteredAndAnyChangedParameterReachesGl() {
        int texture = glCreateTextures(GL_TEXTURE_2D_ARRAY);
        glTextureStorage3D(texture, 2, GL_RGBA8, 4, 4, 3);
        int other = glCreateTextures(GL_TEXTURE_2D);
        glTextureStorage2D(other, 1, GL_RGBA8, 4, 4);
        cache.bindImage(1, texture, 0, false, 1, GL_READ_WRITE, GL_RGBA8);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_NAME, 1)).isEqualTo(texture);

        glBindImageTexture(1, other, 0, false, 0, GL_READ_ONLY, GL_RGBA8); // behind the cache's back
        cache.bindImage(1, texture, 0, false, 1, GL_READ_WRITE, GL_RGBA8);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_NAME, 1)).as("filtered").isEqualTo(other);

        cache.bindImage(1, texture, 1, false, 1, GL_READ_WRITE, GL_RGBA8);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_LEVEL, 1)).isEqualTo(1);
        cache.bindImage(1, texture, 1, false, 2, GL_READ_WRITE, GL_RGBA8);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_LAYER, 1)).isEqualTo(2);
        cache.bindImage(1, texture, 1, true, 2, GL_READ_WRITE, GL_RGBA8);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_LAYERED, 1)).isEqualTo(GL_TRUE);
        cache.bindImage(1, texture, 1, true, 2, GL_WRITE_ONLY, GL_RGBA8);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_ACCESS, 1)).isEqualTo(GL_WRITE_ONLY);
        cache.bindImage(1, texture, 1, true, 2, GL_WRITE_ONLY, GL_R32UI);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_FORMAT, 1)).isEqualTo(GL_R32UI);

        glBindImageTexture(1, other, 0, false, 0, GL_READ_ONLY, GL_RGBA8);
        deleteSomethingInTheShareGroup();
        cache.bindImage(1, texture, 1, true, 2, GL_WRITE_ONLY, GL_R32UI);
        assertThat(glGetIntegeri(GL_IMAGE_BINDING_NAME, 1)).as("after a delete").isEqualTo(texture);

        glBindImageTexture(1, 0, 0, false, 0, GL_READ_ONLY, GL_R32UI);
        host.names().deleteTexture(texture);
        host.names().deleteTexture(other);
    }

    /** Deletes a throwaway buffer through the share group's names, as any backend delete does. */
    private void deleteSomethingInTheShareGroup() {
        host.names().deleteBuffer(glCreateBuffers());
    }

    @Test
    void afterADeleteTheSameUniformBufferNameReachesGlAgain() {
        cache.bindUniformBuffer(8, bufferA, 0, 256);
        glBindBufferRange(GL_UNIFORM_BUFFER, 8, bufferB, 0, 64); // as if bufferA's name now named another

        deleteSomethingInTheShareGroup();
        cache.bindUniformBuffer(8, bufferA, 0, 256);

        assertThat(boundUniformBuffer(8)).isEqualTo(bufferA);
    }

    @Test
    void afterADeleteTheSameTextureAndSamplerNamesReachGlAgain() {
        int texture = glCreateTextures(GL_TEXTURE_2D);
        int other = glCreateTextures(GL_TEXTURE_2D);
        int sampler = glCreateSamplers();
        cache.bindTexture(2, GL_TEXTURE_2D, texture);
        cache.bindSampler(2, sampler);
        glBindTextureUnit(2, other);
        glBindSampler(2, 0);

        deleteSomethingInTheShareGroup();
        cache.bindTexture(2, GL_TEXTURE_2D, texture);
        cache.bindSampler(2, sampler);

        glActiveTexture(GL_TEXTURE2);
        assertThat(glGetInteger(GL_TEXTURE_BINDING_2D)).isEqualTo(texture);
        assertThat(glGetInteger(GL_SAMPLER_BINDING)).isEqualTo(sampler);
        glBindTextureUnit(2, 0);
        host.names().deleteTexture(texture);
        host.names().deleteTexture(other);
        host.names().deleteSampler(sampler);
    }

    @Test
    void afterADeleteTheSameFramebufferAndVertexArrayNamesReachGlAgain() {
        int fbo = glCreateFramebuffers();
        int vao = glCreateVertexArrays();
        cache.bindDrawFramebuffer(fbo);
        cache.bindVertexArray(vao);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        glBindVertexArray(0);

        deleteSomethingInTheShareGroup();
        cache.bindDrawFramebuffer(fbo);
        cache.bindVertexArray(vao);

        assertThat(glGetInteger(GL_DRAW_FRAMEBUFFER_BINDING)).isEqualTo(fbo);
        assertThat(glGetInteger(GL_VERTEX_ARRAY_BINDING)).isEqualTo(vao);
        cache.invalidate();
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        glBindVertexArray(0);
        host.names().deleteFramebuffer(fbo);
        host.names().deleteVertexArray(vao);
    }

    private static int linkedProgram() {
        int vs = glCreateShader(GL_VERTEX_SHADER);
        glShaderSource(vs, "#version 330 core\nvoid main() { gl_Position = vec4(0.0); }\n");
        glCompileShader(vs);
        int program = glCreateProgram();
        glAttachShader(program, vs);
        glLinkProgram(program);
        glDeleteShader(vs);
        assertThat(glGetProgrami(program, GL_LINK_STATUS)).isEqualTo(GL_TRUE);
        return program;
    }

    @Test
    void aProgramBindingIsFilteredUntilADelete() {
        int program = linkedProgram();
        cache.useProgram(program);
        glUseProgram(0); // behind the cache's back

        cache.useProgram(program);
        assertThat(glGetInteger(GL_CURRENT_PROGRAM)).as("filtered").isZero();

        deleteSomethingInTheShareGroup();
        cache.useProgram(program);
        assertThat(glGetInteger(GL_CURRENT_PROGRAM)).isEqualTo(program);
        glUseProgram(0);
        host.names().deleteProgram(program);
    }
}
