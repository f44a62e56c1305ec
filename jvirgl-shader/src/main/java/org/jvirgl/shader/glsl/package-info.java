/**
 * TGSI IR → GLSL translation with shader variant keys.
 *
 * <p>Entry point: {@link org.jvirgl.shader.glsl.GlslTranslator#translate}. Inputs are a parsed
 * {@link org.jvirgl.shader.tgsi.TgsiShader}, a {@link org.jvirgl.shader.glsl.ShaderKey} (state
 * GLSL cannot express) and a {@link org.jvirgl.shader.glsl.HostProfile}; the result is a
 * {@link org.jvirgl.shader.glsl.TranslatedShader} whose javadoc lists the naming and binding
 * conventions the GL renderer relies on.
 *
 * <p>The emitter is split by concern: {@code ShaderScan} (sizes, guest-controlled caps),
 * {@code OperandEmitter} (typed reads/writes of untyped registers), {@code AluEmitter},
 * {@code DoubleEmitter}, {@code TextureEmitter}, {@code MemoryEmitter},
 * {@code InterpolationEmitter}, {@code FlowEmitter}, {@code Interfaces}/{@code Outputs}
 * (varyings, built-ins, store_outputs), {@code SystemValues}, {@code Resources} (uniforms,
 * blocks, samplers, images) and {@code StageLayouts}.
 *
 * <p>Not supported (translation fails cleanly with a {@link org.jvirgl.shader.glsl.ShaderTranslationException}):
 * GLSL ES hosts, 64-bit integer opcodes, the SAMPLE_* family of separate sampler views,
 * subroutines (CAL/BGNSUB), ATOMFADD/ATOMINC_WRAP/ATOMDEC_WRAP, subgroup/vote/ballot opcodes.
 */
package org.jvirgl.shader.glsl;
