package org.jvirgl.virgl.program;

import static org.jvirgl.virgl.gl.FixedFunctionCalls.glShaderStorageBlockBinding;
import static org.lwjgl.opengl.GL45C.*;

import java.util.function.Consumer;
import org.jvirgl.shader.glsl.DriverUniform;
import org.jvirgl.shader.glsl.ShaderInfo;
import org.jvirgl.shader.glsl.TranslatedShader;
import org.jvirgl.virgl.gl.HostGl;
import org.jvirgl.virgl.state.Limits;

/**
 * Compiles shader variants and links programs, resolving every name the translator's
 * conventions promise ({@link TranslatedShader}) into locations and bindings once.
 * Texture units and UBO binding points are handed out per program in stage order, so no
 * stage's slots collide with another's.
 */
final class ProgramLinker {
    private static final int[] GL_STAGE = {
        GL_VERTEX_SHADER, GL_FRAGMENT_SHADER, GL_GEOMETRY_SHADER, GL_TESS_CONTROL_SHADER,
        GL_TESS_EVALUATION_SHADER, GL_COMPUTE_SHADER,
    };

    private final Consumer<String> log;
    private int nextVariantId = 1;

    ProgramLinker(Consumer<String> log) {
        this.log = log;
    }

    /** Compiles one variant; a compile failure yields a variant with shader 0 (logged once). */
    ShaderVariant compile(int stage, TranslatedShader translated) {
        int shader = glCreateShader(GL_STAGE[stage]);
        glShaderSource(shader, translated.glsl());
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) == GL_FALSE) {
            log.accept("host GLSL compile failed: " + glGetShaderInfoLog(shader) + "\n" + translated.glsl());
            glDeleteShader(shader);
            shader = 0;
        }
        return new ShaderVariant(nextVariantId++, shader, translated.glsl(), translated.info());
    }

    /** Links the variants (indexed by wire stage, nulls skipped); null when linking fails. */
    LinkedProgram link(ShaderVariant[] variants) {
        int program = glCreateProgram();
        for (ShaderVariant v : variants) {
            if (v != null) {
                glAttachShader(program, v.glShader());
            }
        }
        transformFeedback(program, variants);
        glLinkProgram(program);
        if (glGetProgrami(program, GL_LINK_STATUS) == GL_FALSE) {
            log.accept("host GLSL link failed: " + glGetProgramInfoLog(program));
            glDeleteProgram(program);
            return null;
        }
        LinkedProgram linked = new LinkedProgram(program);
        resolve(linked, variants);
        return linked;
    }

    private static void transformFeedback(int program, ShaderVariant[] variants) {
        // Captured outputs come from the last vertex stage: GS, else TES, else VS.
        int[] order = {Limits.STAGE_GEOMETRY, Limits.STAGE_TESS_EVAL, Limits.STAGE_VERTEX};
        for (int stage : order) {
            ShaderVariant v = variants[stage];
            if (v != null) {
                var names = v.info().transformFeedbackVaryings();
                if (!names.isEmpty()) {
                    glTransformFeedbackVaryings(program, names.toArray(CharSequence[]::new), GL_INTERLEAVED_ATTRIBS);
                }
                return;
            }
        }
    }

    private static void resolve(LinkedProgram p, ShaderVariant[] variants) {
        int unit = 0;
        int uboBinding = 0;
        int ssboBinding = 0;
        int imageUnit = 0;
        int prog = p.glProgram;
        for (int stage = 0; stage < Limits.STAGES; stage++) {
            p.constLocation[stage] = -1;
            ShaderVariant v = variants[stage];
            if (v == null) {
                continue;
            }
            ShaderInfo info = v.info();
            String prefix = ShaderKeys.stage(stage).glslPrefix();
            if (info.constArraySize() > 0) {
                p.constLocation[stage] = glGetUniformLocation(prog, prefix + "const0");
                p.constSlots[stage] = info.constArraySize();
            }
            p.samplerUnitBase[stage] = unit;
            for (ShaderInfo.SamplerSlot s : info.samplers()) {
                int loc = glGetUniformLocation(prog, s.uniformName());
                if (loc >= 0) {
                    glProgramUniform1i(prog, loc, unit + s.slot());
                }
                p.samplerMask[stage] |= 1 << s.slot();
                if (s.shadow()) {
                    p.shadowMask[stage] |= 1 << s.slot();
                    shadowSwizzle(p, stage, s);
                }
            }
            unit += highestBit(p.samplerMask[stage]);
            p.uboBindingBase[stage] = uboBinding;
            int ubos = info.uboMask();
            p.uboMask[stage] = ubos;
            for (int k = 1; k < 32; k++) {
                if ((ubos & (1 << k)) != 0) {
                    int index = glGetUniformBlockIndex(prog, prefix + "ubo" + k);
                    if (index != GL_INVALID_INDEX) {
                        glUniformBlockBinding(prog, index, uboBinding + k);
                    }
                }
            }
            uboBinding += highestBit(ubos);
            p.ssboBindingBase[stage] = ssboBinding;
            p.ssboMask[stage] = info.ssboMask();
            for (int i = 0; i < 32; i++) {
                if ((info.ssboMask() & (1 << i)) != 0) {
                    int index = glGetProgramResourceIndex(prog, GL_SHADER_STORAGE_BLOCK, prefix + "ssbo" + i);
                    if (index != GL_INVALID_INDEX) {
                        glShaderStorageBlockBinding(prog, index, ssboBinding + i);
                    }
                }
            }
            p.imageUnitBase[stage] = imageUnit;
            for (ShaderInfo.ImageSlot img : info.images()) {
                int loc = HostGl.ES ? -1 : glGetUniformLocation(prog, img.uniformName());
                if (loc >= 0) {
                    glProgramUniform1i(prog, loc, imageUnit + img.slot());
                }
                p.imageMask[stage] |= 1 << img.slot();
            }
            if (!HostGl.ES) {
                // GLSL ES fixes SSBO bindings and image units in the shader (the guest's slot),
                // so every stage there binds from 0.
                ssboBinding += highestBit(info.ssboMask());
                imageUnit += highestBit(p.imageMask[stage]);
            }
            p.atomicMask |= info.atomicBufferMask();
            if (info.driverUniforms().contains(DriverUniform.WINSYS_ADJUST_Y)) {
                p.winsysAdjustYLocation = glGetUniformLocation(prog, DriverUniform.WINSYS_ADJUST_Y.glslName());
            }
            if (info.driverUniforms().contains(DriverUniform.ALPHA_REF)) {
                p.alphaRefLocation = glGetUniformLocation(prog, DriverUniform.ALPHA_REF.glslName());
            }
            if (info.driverUniforms().contains(DriverUniform.CLIP_PLANES)) {
                p.clipPlanesLocation = glGetUniformLocation(prog, DriverUniform.CLIP_PLANES.glslName());
            }
            if (info.driverUniforms().contains(DriverUniform.STIPPLE_PATTERN)) {
                p.stippleLocation = glGetUniformLocation(prog, DriverUniform.STIPPLE_PATTERN.glslName());
            }
            if (info.driverUniforms().contains(DriverUniform.POINT_SIZE)) {
                p.pointSizeLocation = glGetUniformLocation(prog, DriverUniform.POINT_SIZE.glslName());
            }
        }
    }

    private static void shadowSwizzle(LinkedProgram p, int stage, ShaderInfo.SamplerSlot s) {
        if (p.shadowSwizzleLocation[stage] == null) {
            p.shadowSwizzleLocation[stage] = new int[Limits.SAMPLER_VIEWS];
            p.shadowSwizzleWritten[stage] = new int[Limits.SAMPLER_VIEWS];
            java.util.Arrays.fill(p.shadowSwizzleLocation[stage], -1);
            java.util.Arrays.fill(p.shadowSwizzleWritten[stage], -1);
        }
        p.shadowSwizzleLocation[stage][s.slot()] = glGetUniformLocation(p.glProgram, s.shadowSwizzleUniform());
    }

    /** Number of slots needed to cover every set bit (index of highest bit + 1). */
    private static int highestBit(int mask) {
        return 32 - Integer.numberOfLeadingZeros(mask);
    }
}
