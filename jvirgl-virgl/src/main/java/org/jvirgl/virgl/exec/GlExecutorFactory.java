package org.jvirgl.virgl.exec;

import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.virgl.VirglContext;
import org.jvirgl.virgl.VirglListenerFactory;
import org.jvirgl.wire.VirglCommandListener;

/** The production listener factory: a GL {@link VirglExecutor} per VirGL context. */
public final class GlExecutorFactory implements VirglListenerFactory {

    @Override
    public VirglCommandListener create(VirglContext context) {
        // Emit the host's GLSL dialect, capped at what the translator writes (4.60).
        int glsl = Math.max(330, Math.min(context.hostCaps().glslVersion(), 460));
        HostProfile profile = HostProfile.desktop(glsl);
        return new VirglExecutor(new ContextResources(context), context.glNames(),
            (shader, key) -> GlslTranslator.translate(shader, key, profile), context.hostCaps(), context::warn);
    }
}
