package org.jvirgl.virgl.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jvirgl.shader.glsl.HostProfile;
import org.junit.jupiter.api.Test;

class GlExecutorFactoryTest {

    @Test
    void glesHostsGetGlslEsWithTheirExtensions() {
        HostProfile es32 = GlExecutorFactory.hostProfile(true, 320, Set.of("GL_EXT_texture_buffer"));
        assertThat(es32.es()).isTrue();
        assertThat(es32.glslVersion()).isEqualTo(320);
        assertThat(es32.mayUse("GL_EXT_texture_buffer")).isTrue();
        assertThat(es32.mayUse("GL_ARB_gpu_shader_fp64")).isFalse();
        assertThat(GlExecutorFactory.hostProfile(true, 310, Set.of()).glslVersion()).isEqualTo(310);
    }

    @Test
    void desktopHostsGetDesktopGlslCappedAt460() {
        HostProfile gl = GlExecutorFactory.hostProfile(false, 450, Set.of());
        assertThat(gl.es()).isFalse();
        assertThat(gl.glslVersion()).isEqualTo(450);
        assertThat(GlExecutorFactory.hostProfile(false, 470, Set.of()).glslVersion()).isEqualTo(460);
    }
}
