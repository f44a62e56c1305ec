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
 * <p>Two dialects ({@link org.jvirgl.shader.glsl.HostProfile}): desktop core GLSL 3.30–4.60 and
 * GLSL ES 3.10/3.20 for GLES hosts. The ES dialect writes precision statements, takes
 * {@code #extension} lines from {@code EsFeature}, samples 1D and rectangle textures through 2D
 * stand-ins ({@code EsTextureCoords}) and replaces what ES lacks with uniforms the renderer sets
 * (level counts, point size); see {@link org.jvirgl.shader.glsl.ShaderInfo.SamplerSlot}
 * and {@link org.jvirgl.shader.glsl.DriverUniform}.
 *
 * <p>Not supported (translation fails cleanly with a {@link org.jvirgl.shader.glsl.ShaderTranslationException}):
 * 64-bit integer opcodes, the SAMPLE_* family of separate sampler views,
 * subroutines (CAL/BGNSUB), ATOMFADD/ATOMINC_WRAP/ATOMDEC_WRAP, subgroup/vote/ballot opcodes.
 * On GLES hosts also (message "unsupported on GLES host: …"): fp64, TXQS, stencil export,
 * atomic-counter operations other than increment/decrement, vertex streams other than 0,
 * multisample images, images both read and written in a format other than r32f/r32i/r32ui,
 * transform feedback with gaps or several interleaved buffers, gl_Layer/gl_ViewportIndex written
 * outside a geometry shader, and any feature whose extension a known host extension list lacks.
 */
package org.jvirgl.shader.glsl;
