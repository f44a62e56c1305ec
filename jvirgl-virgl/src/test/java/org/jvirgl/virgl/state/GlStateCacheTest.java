package org.jvirgl.virgl.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL45C.*;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlProfile;

/**
 * The GL shadow filters calls whose value GL already holds. Each test changes GL behind the
 * cache's back and then asks the cache for the value it believes is set: GL keeping the
 * foreign value proves the call was filtered; a different value must reach GL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlStateCacheTest {
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

    private static int boundUniformBuffer(int index) {
        return glGetIntegeri(GL_UNIFORM_BUFFER_BINDING, index);
    }

    private static long boundUniformOffset(int index) {
        return glGetInteger64i(GL_UNIFORM_BUFFER_START, index);
    }

    @Test
    void aRedundantUniformBufferBindingIsFiltered() {
        var cache = new GlStateCache(true);
        cache.bindUniformBuffer(3, bufferA, 256, 512);
        assertThat(boundUniformBuffer(3)).isEqualTo(bufferA);

        glBindBufferRange(GL_UNIFORM_BUFFER, 3, bufferB, 0, 64); // behind the cache's back
        cache.bindUniformBuffer(3, bufferA, 256, 512);

        assertThat(boundUniformBuffer(3)).as("filtered: GL keeps the foreign binding").isEqualTo(bufferB);
    }

    @Test
    void aUniformBufferBindingThatDiffersInBufferOffsetOrSizeReachesGl() {
        var cache = new GlStateCache(true);
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
        var cache = new GlStateCache(true);
        cache.bindUniformBuffer(5, bufferA, 0, 256);
        cache.bindUniformBuffer(6, bufferA, 0, 256);
        assertThat(boundUniformBuffer(6)).isEqualTo(bufferA);
    }

    @Test
    void invalidatingTheCacheMakesTheNextBindingReachGl() {
        var cache = new GlStateCache(true);
        cache.bindUniformBuffer(7, bufferA, 0, 256);
        glBindBufferRange(GL_UNIFORM_BUFFER, 7, bufferB, 0, 64);

        cache.invalidate();
        cache.bindUniformBuffer(7, bufferA, 0, 256);

        assertThat(boundUniformBuffer(7)).isEqualTo(bufferA);
    }

    @Test
    void clipDistancesAreSwitchedOnlyWhenTheMaskChanges() {
        var cache = new GlStateCache(true);
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
        var cache = new GlStateCache(true);
        cache.primitiveRestartIndex(0xffff);
        assertThat(glGetInteger(GL_PRIMITIVE_RESTART_INDEX)).isEqualTo(0xffff);

        glPrimitiveRestartIndex(7);
        cache.primitiveRestartIndex(0xffff);
        assertThat(glGetInteger(GL_PRIMITIVE_RESTART_INDEX)).as("filtered").isEqualTo(7);

        cache.primitiveRestartIndex(0xffffffff);
        assertThat(glGetInteger(GL_PRIMITIVE_RESTART_INDEX)).isEqualTo(0xffffffff);
    }
}
