package org.jvirgl.shader.glsl;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TgsiShader;

/** State shared by the emitters while one shader variant is translated. */
final class TranslationContext {
    final TgsiShader shader;
    final ShaderKey key;
    final HostProfile host;
    final ShaderStage stage;
    final ShaderScan scan;
    final GlslWriter body = new GlslWriter();
    final EnumSet<DriverUniform> driverUniforms = EnumSet.noneOf(DriverUniform.class);
    final Set<String> extensions = new TreeSet<>();
    private int requiredVersion = 330;
    /** The body indexes UBOs with a register: Resources emits {@code load_ubo}. */
    boolean needsUboLoader;

    TranslationContext(TgsiShader shader, ShaderKey key, HostProfile host, ShaderScan scan) {
        this.shader = shader;
        this.key = key;
        this.host = host;
        this.stage = shader.stage();
        this.scan = scan;
        if (stage == ShaderStage.TESS_CTRL || stage == ShaderStage.TESS_EVAL) {
            require(400);
        } else if (stage == ShaderStage.COMPUTE) {
            require(430);
        }
    }

    String prefix() {
        return stage.glslPrefix();
    }

    /** Notes that the GLSL needs at least {@code version}; fails when the host has less. */
    void require(int version) {
        requiredVersion = Math.max(requiredVersion, version);
    }

    int requiredVersion() {
        return requiredVersion;
    }

    /** The stage whose outputs this stage reads. */
    ShaderStage producer() {
        if (key.previousStage() != null) {
            return key.previousStage();
        }
        return stage == ShaderStage.TESS_EVAL ? ShaderStage.TESS_CTRL : ShaderStage.VERTEX;
    }

    /** Whether the producer writes {@code semantic} (true when the key does not say). */
    boolean producerWrites(SemanticRef semantic) {
        return key.producerOutputs() == null || key.producerOutputs().contains(semantic);
    }

    void use(DriverUniform u) {
        driverUniforms.add(u);
    }
}
