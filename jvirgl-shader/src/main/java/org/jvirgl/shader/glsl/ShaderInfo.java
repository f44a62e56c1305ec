package org.jvirgl.shader.glsl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;
import org.jvirgl.shader.tgsi.TextureTarget;

/**
 * What the GL renderer must know to bind a translated shader. Names follow
 * {@link TranslatedShader}'s conventions; {@code p} below is the stage prefix
 * ({@link ShaderStage#glslPrefix()}).
 *
 * @param constArraySize        vec4 slots of {@code uniform uvec4 <p>const0[n]} (0 = not declared);
 *                              fill with glUniform4uiv from SET_CONSTANT_BUFFER's dwords
 * @param uboMask               UBO slots k ≥ 1 used; block {@code <p>ubo<k>} (std140)
 * @param samplers              sampler uniforms {@code <p>samp<i>}, one per used SAMP slot
 * @param images                image uniforms {@code <p>img<i>}
 * @param ssboMask              SSBO slots used; block {@code <p>ssbo<i>} (std430)
 * @param atomicBufferMask      atomic counter buffer bindings used (layout(binding) in the GLSL)
 * @param vertexAttribMask      VS: attribute locations read
 * @param inputs                varyings read (semantic + index), in declaration order
 * @param outputs               varyings and built-ins written, in declaration order
 * @param fragmentOutputMask    FS: colour locations written (after COLOR0 broadcast)
 * @param driverUniforms        fixed-function uniforms declared (see {@link DriverUniform})
 * @param transformFeedbackVaryings names for glTransformFeedbackVaryings (GL_INTERLEAVED_ATTRIBS),
 *                              with gl_SkipComponentsN / gl_NextBuffer separators; empty = none
 * @param clipDistances         gl_ClipDistance entries written (shader or user planes); enable
 *                              GL_CLIP_DISTANCE0..n-1 for them
 * @param writesDepth           FS writes gl_FragDepth
 * @param writesSampleMask      FS writes gl_SampleMask
 * @param fsColor0WritesAllCbufs FS property FS_COLOR0_WRITES_ALL_CBUFS was set
 * @param glslVersion           the {@code #version} emitted
 * @param inputInterpolation    FS: the interpolation qualifiers declared per input varying
 *                              ("flat ", "noperspective centroid ", "" …); on a GLSL ES host pass
 *                              it as {@link ShaderKey#consumerInterpolation()} to the last vertex
 *                              stage of the same program
 */
public record ShaderInfo(ShaderStage stage, int constArraySize, int uboMask, List<SamplerSlot> samplers,
                         List<ImageSlot> images, int ssboMask, int atomicBufferMask, int vertexAttribMask,
                         List<SemanticRef> inputs, List<SemanticRef> outputs, int fragmentOutputMask,
                         Set<DriverUniform> driverUniforms, List<String> transformFeedbackVaryings,
                         int clipDistances, boolean writesDepth, boolean writesSampleMask,
                         boolean fsColor0WritesAllCbufs, int glslVersion, Map<SemanticRef, String> inputInterpolation) {
    public ShaderInfo {
        samplers = List.copyOf(samplers);
        images = List.copyOf(images);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        driverUniforms = Set.copyOf(driverUniforms);
        transformFeedbackVaryings = List.copyOf(transformFeedbackVaryings);
        inputInterpolation = Map.copyOf(inputInterpolation);
    }

    /** Bit mask of sampler slots used. */
    public int samplerMask() {
        int mask = 0;
        for (SamplerSlot s : samplers) {
            mask |= 1 << s.slot();
        }
        return mask;
    }

    /**
     * One sampler uniform. {@code shadow} means the GLSL type is a *Shadow sampler: the GL
     * sampler object must use GL_COMPARE_REF_TO_TEXTURE. {@code returnKind} is
     * 'f', 'i' or 'u' (sampler, isampler, usampler).
     *
     * <p>A shadow sampler also gets {@code uniform vec4 <p>shadswz<i>[2]} ({@code shadowSwizzleUniform},
     * null otherwise): the comparison result r becomes {@code vec4(r) * [0] + [1]}, so the sampler
     * view's swizzle reaches it the way the guest means it (DEPTH_TEXTURE_MODE: X001, XXX1, XXXX,
     * 000X). Per channel, [0] is 1 where the view's swizzle names a channel and 0 for ZERO/ONE;
     * [1] is 1 for ONE. The texture itself must then sample with the identity swizzle.
     *
     * <p>{@code target} is the guest's. A GLSL ES host has no 1D or rectangle textures: there the
     * sampler is a 2D (array) one and the texture must be created as GL_TEXTURE_2D (1D arrays as
     * GL_TEXTURE_2D_ARRAY, one row per layer). ES also has no textureQueryLevels: when the shader
     * asks for the level count, {@code levelsUniform} names {@code uniform int <p>texlevels<i>},
     * which the renderer sets to the view's level count (null otherwise).
     */
    public record SamplerSlot(int slot, String uniformName, TextureTarget target, boolean shadow, char returnKind,
                              String shadowSwizzleUniform, String levelsUniform) {
        public SamplerSlot(int slot, String uniformName, TextureTarget target, boolean shadow, char returnKind,
                           String shadowSwizzleUniform) {
            this(slot, uniformName, target, shadow, returnKind, shadowSwizzleUniform, null);
        }
    }

    /** One image uniform with its GLSL format layout qualifier (empty when writeonly without format). */
    public record ImageSlot(int slot, String uniformName, TextureTarget target, String glslFormat) {
    }
}
