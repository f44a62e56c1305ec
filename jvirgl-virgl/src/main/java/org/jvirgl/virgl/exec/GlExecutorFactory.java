package org.jvirgl.virgl.exec;

import java.util.Set;
import org.jvirgl.shader.glsl.GlslTranslator;
import org.jvirgl.shader.glsl.HostProfile;
import org.jvirgl.virgl.VirglContext;
import org.jvirgl.virgl.VirglListenerFactory;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.wire.VirglCommandListener;

/** The production listener factory: a GL {@link VirglExecutor} per VirGL context. */
public final class GlExecutorFactory implements VirglListenerFactory {

    @Override
    public VirglCommandListener create(VirglContext context) {
        HostProfile profile = hostProfile(context.hostCaps());
        return new VirglExecutor(new ContextResources(context), context.glNames(),
            (shader, key) -> GlslTranslator.translate(shader, key, profile), context.hostCaps(), context::warn);
    }

    /**
     * The GLSL dialect to emit for {@code caps}: desktop GLSL capped at what the translator
     * writes (4.60); on a GLES host GLSL ES 3.20 or 3.10 (the ES floor), with the host's
     * extensions so a shader needing a missing one is refused cleanly.
     */
    static HostProfile hostProfile(HostCaps caps) {
        return hostProfile(caps.isEs(), caps.glslVersion(), caps.extensions());
    }

    static HostProfile hostProfile(boolean es, int glslVersion, Set<String> extensions) {
        if (es) {
            return HostProfile.gles(glslVersion >= 320 ? 320 : 310, extensions);
        }
        return HostProfile.desktop(Math.max(330, Math.min(glslVersion, 460)));
    }
}
