package org.jvirgl.virgl.exec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.jvirgl.virgl.winsys.GlHost;

/**
 * Base of executor test classes whose tests share one GL host, opened before the first test
 * and closed after the last (opening EGL costs far more than a test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedHostTest {
    GlHost host;

    @BeforeAll
    final void openHost() {
        host = ExecutorFixture.openHost();
    }

    @AfterAll
    final void closeHost() {
        host.close();
    }

    /** A fixture on the shared host whose shaders translate for llvmpipe's core profile. */
    final ExecutorFixture drawingFixture() {
        return ExecutorFixture.translating(host);
    }
}
