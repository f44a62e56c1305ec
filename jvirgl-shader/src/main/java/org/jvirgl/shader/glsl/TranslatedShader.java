package org.jvirgl.shader.glsl;

/**
 * GLSL source for one shader variant plus the reflection the renderer needs.
 *
 * <h2>Conventions (stable; the GL renderer relies on them)</h2>
 * {@code p} is the stage prefix: vs, fs, gs, tc, te, cs.
 * <ul>
 * <li><b>Registers</b> are untyped: TEMP, IMM, CONST, IN, OUT and SV live in {@code uvec4}
 *     arrays and every opcode bit-casts to the type it computes in, so integer and float
 *     data survive moves unchanged. ADDR registers are {@code ivec4}.</li>
 * <li><b>Default constants</b>: {@code uniform uvec4 <p>const0[n];} — n in
 *     {@link ShaderInfo#constArraySize()}; upload SET_CONSTANT_BUFFER's raw dwords with
 *     glUniform4uiv. Indirect indices are clamped into the array.</li>
 * <li><b>UBOs</b>: CONST[k][…] with k ≥ 1 is {@code layout(std140) uniform <p>ubo<k> { uvec4 <p>ubo<k>data[m]; };}.
 *     No binding is written: bind with glUniformBlockBinding (binding points are shared by all
 *     stages, so the renderer picks e.g. stage * 16 + k).</li>
 * <li><b>Samplers</b>: {@code uniform <type> <p>samp<i>;} per SAMP slot, typed from the SVIEW
 *     declaration (float/int/uint) and the instruction target (shadow). Set the texture unit
 *     with glUniform1i. A shadow sampler also declares {@code uniform vec4 <p>shadswz<i>[2];}:
 *     the view's swizzle as multiplier and addend for the comparison result
 *     ({@link ShaderInfo.SamplerSlot}). <b>Images</b>: {@code <p>img<i>} likewise. <b>SSBOs</b>:
 *     {@code layout(std430) buffer <p>ssbo<i> { uint <p>ssbo<i>data[]; };} bound with
 *     glShaderStorageBlockBinding. <b>Atomic counters</b>: {@code layout(binding = b, offset = 4*first)
 *     uniform atomic_uint <p>ac<b>_<first>[n];} — b is the guest's HW atomic buffer slot.</li>
 * <li><b>Vertex inputs</b>: {@code layout(location = i) in vec4|ivec4|uvec4 vsin<i>;} typed by
 *     {@link ShaderKey#attribSignedIntMask()} / {@link ShaderKey#attribUnsignedIntMask()}.</li>
 * <li><b>Varyings</b> are {@code vec4} named {@code <producer prefix>o_<semantic>}:
 *     GENERIC[n] → g<n>, TEXCOORD[n] → t<n>, COLOR[n] → c<n>, BCOLOR[n] → bc<n>, FOG → fog,
 *     PATCH[n] → p<n> (patch), e.g. {@code vso_g3}, {@code gso_c0}. Inputs use the key's previous
 *     stage prefix, so GS/TCS/TES can read and write the same semantic. Inputs the producer does
 *     not write (per {@link ShaderKey#producerOutputs()}) read as zero. GENERIC[n] with n &lt; 32
 *     carries {@code layout(location = n)} on both sides (the host linker cannot place a full set
 *     of implicit ones); other varyings are placed by the linker. Positions, point size,
 *     clip distances, layer, viewport index and tessellation levels use GL built-ins.</li>
 * <li><b>Fragment outputs</b>: {@code layout(location = i) out vec4|ivec4|uvec4 fsout_c<i>;} for
 *     COLOR[i]; with FS_COLOR0_WRITES_ALL_CBUFS COLOR[0] is written to locations 0..nrCbufs-1.
 *     Depth → gl_FragDepth, sample mask → gl_SampleMask.</li>
 * <li><b>Transform feedback</b>: captured outputs are copied into {@code out} variables
 *     {@code <p>so<k>} (float…vec4, {@code layout(stream = s)} in a GS); pass
 *     {@link ShaderInfo#transformFeedbackVaryings()} to glTransformFeedbackVaryings.</li>
 * <li><b>Y flip and fixed function</b>: the last vertex stage multiplies gl_Position.y by
 *     {@code winsys_adjust_y}; other fixed-function state is in {@link DriverUniform}s.
 *     gl_FragCoord gets {@code layout(origin_upper_left)} when the shader's FS_COORD_ORIGIN
 *     matches {@link ShaderKey#lowerLeftOrigin()} (upstream's rule) and
 *     {@code pixel_center_integer} for FS_COORD_PIXEL_CENTER INTEGER.</li>
 * </ul>
 *
 * <h2>GLSL ES hosts ({@link HostProfile#gles})</h2>
 * The same names, plus what a GLES renderer must do differently:
 * <ul>
 * <li>1D textures are sampled as one-row 2D textures, 1D arrays as 2D arrays of rows and
 *     rectangles as single-level 2D textures with normalised coordinates: create them so.</li>
 * <li>Images carry {@code layout(binding = i)} (ES fixes the unit at compile time): bind image
 *     slot i to image unit i. Atomic counters already carry their binding.</li>
 * <li>Level counts come from {@code uniform int <p>texlevels<i>}
 *     ({@link ShaderInfo.SamplerSlot#levelsUniform()}); {@link DriverUniform#POINT_SIZE} replaces
 *     glPointSize.</li>
 * <li>Translate the fragment shader first and pass its {@link ShaderInfo#inputInterpolation()} as
 *     the last vertex stage's {@link ShaderKey#consumerInterpolation()}: ES linkers want flat,
 *     noperspective and sample qualifiers to match.</li>
 * <li>Transform-feedback varying lists never contain gl_SkipComponents or gl_NextBuffer (such
 *     layouts are refused).</li>
 * </ul>
 */
public record TranslatedShader(String glsl, ShaderInfo info) {
}
