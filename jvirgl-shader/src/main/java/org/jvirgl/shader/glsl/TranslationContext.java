package org.jvirgl.shader.glsl;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.jvirgl.shader.tgsi.PropertyName;
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
    /** GLSL ES: sampler slots whose level count is read from a uniform (ES has no textureQueryLevels). */
    final Set<Integer> levelQueries = new TreeSet<>();
    private int requiredVersion = 330;
    /** The body indexes UBOs with a register: Resources emits {@code load_ubo}. */
    boolean needsUboLoader;

    TranslationContext(TgsiShader shader, ShaderKey key, HostProfile host, ShaderScan scan)
            throws ShaderTranslationException {
        this.shader = shader;
        this.key = key;
        this.host = host;
        this.stage = shader.stage();
        this.scan = scan;
        if (stage == ShaderStage.TESS_CTRL || stage == ShaderStage.TESS_EVAL) {
            require(400);
            need(EsFeature.TESSELLATION_SHADER);
        } else if (stage == ShaderStage.COMPUTE) {
            require(430);
        } else if (stage == ShaderStage.GEOMETRY) {
            need(EsFeature.GEOMETRY_SHADER);
        }
    }

    /**
     * GLSL ES only: the shader uses {@code feature}. Core in the host's ES version, or its
     * extension is required (when the host may have it); otherwise the shader is refused.
     */
    void need(EsFeature feature) throws ShaderTranslationException {
        if (!host.es() || (feature.coreVersion > 0 && host.glslVersion() >= feature.coreVersion)) {
            return;
        }
        if (!host.mayUse(feature.extension)) {
            throw new ShaderTranslationException("unsupported on GLES host: " + feature.description + " need "
                    + (feature.coreVersion > 0 ? "GLSL ES " + feature.coreVersion + " or " : "") + feature.extension);
        }
        extensions.add(feature.extension);
    }

    /** GLSL ES only: refuses what no GLES host can express. */
    void refuseOnEs(String what) throws ShaderTranslationException {
        if (host.es()) {
            throw new ShaderTranslationException("unsupported on GLES host: " + what);
        }
    }

    /** FS: gl_FragCoord must read with an upper-left origin (upstream's rule, see {@link TranslatedShader}). */
    boolean fragCoordUpperLeft() {
        int origin = shader.property(PropertyName.FS_COORD_ORIGIN).orElse(PropertyName.ORIGIN_UPPER_LEFT);
        return (origin == PropertyName.ORIGIN_LOWER_LEFT) == key.lowerLeftOrigin();
    }

    /** FS: gl_FragCoord must read with integer pixel centres. */
    boolean fragCoordIntegerCenter() {
        return shader.property(PropertyName.FS_COORD_PIXEL_CENTER).orElse(0) == PropertyName.PIXEL_CENTER_INTEGER;
    }

    /**
     * The fragment position the guest asked for. Desktop GLSL redeclares gl_FragCoord with
     * layout qualifiers (StageLayouts); GLSL ES cannot, and reads it as is except that integer
     * centres subtract half a pixel. The origin is not flipped there: with the caps a GLES host
     * offers, the guest folds its own y transform into the shader (vrend does the same).
     */
    String fragCoord() {
        if (!host.es() || !fragCoordIntegerCenter()) {
            return "gl_FragCoord";
        }
        return "(gl_FragCoord - vec4(0.5, 0.5, 0.0, 0.0))";
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
