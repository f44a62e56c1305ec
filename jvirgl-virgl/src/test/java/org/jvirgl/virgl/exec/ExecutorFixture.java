package org.jvirgl.virgl.exec;

import java.util.ArrayList;
import java.util.List;
import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostCapsProbe;
import org.jvirgl.virgl.program.Translator;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglDecoder;
import org.jvirgl.wire.encode.CommandEncoder;

/**
 * Test resources, an executor and a decoder feeding it, on a GL host shared by the test class
 * (opening EGL costs far more than a test).
 */
final class ExecutorFixture implements AutoCloseable {
    final TestResources resources = new TestResources();
    final List<String> log = new ArrayList<>();
    final VirglExecutor executor;
    final VirglDecoder decoder;

    ExecutorFixture(GlHost host, Translator translator) {
        this(host, translator, null);
    }

    /** @param caps the host features the executor may use; null = what {@code host} offers */
    ExecutorFixture(GlHost host, Translator translator, HostCaps caps) {
        host.root().makeCurrent();
        HostCaps hostCaps = caps != null ? caps : HostCapsProbe.probe(host.version(), host.profile());
        executor = new VirglExecutor(resources, host.names(), translator, hostCaps, log::add);
        decoder = new VirglDecoder(executor);
    }

    /** A fixture translating shaders as for llvmpipe's core profile (for tests that draw). */
    static ExecutorFixture translating(GlHost host) {
        return new ExecutorFixture(host, (shader, key) -> GlslTranslator.translate(shader, key,
            HostProfile.LLVMPIPE_CORE));
    }

    /** A fixture whose shaders cannot be translated (for tests without draws). */
    ExecutorFixture(GlHost host) {
        this(host, (shader, key) -> {
            throw new org.jvirgl.shader.glsl.ShaderTranslationException("no translator in this test");
        });
    }

    DecodeResult run(CommandEncoder commands) {
        return decoder.decode(commands.toSegment());
    }

    @Override
    public void close() {
        executor.close();
        resources.releaseAll();
    }

    static GlHost openHost() {
        return GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE);
    }
}
