package org.jvirgl.virgl.state;

import static org.lwjgl.opengl.GL45C.*;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlProfile;

/**
 * Base of the GL shadow tests: one GL host for the class (its root context current), two 4 KiB
 * buffers A and B to bind, and a fresh state cache for each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GlShadowTest {
    GlHost host;
    int bufferA;
    int bufferB;
    GlStateCache cache;

    @BeforeAll
    final void openHost() {
        host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE);
        bufferA = glCreateBuffers();
        glNamedBufferStorage(bufferA, 4096, 0);
        bufferB = glCreateBuffers();
        glNamedBufferStorage(bufferB, 4096, 0);
    }

    @BeforeEach
    final void freshCache() {
        cache = new GlStateCache(true, host.names());
    }

    @AfterAll
    final void closeHost() {
        glDeleteBuffers(bufferA);
        glDeleteBuffers(bufferB);
        host.close();
    }
}
