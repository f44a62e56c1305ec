package org.jvirgl.shader.glsl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;

/**
 * Variant state: everything the generated GLSL depends on besides the TGSI text. The GL
 * renderer builds one at draw time from bound state and caches programs by it (records give
 * equals/hashCode). Fields that do not apply to a stage are ignored by it.
 *
 * @param previousStage        the stage whose outputs feed this one; its prefix names the
 *                             input varyings ({@code vso_g0} for a VS producer). Null means the
 *                             natural predecessor: VS for GS/TCS/FS, TCS for TES.
 * @param producerOutputs      varyings (semantic + index) the producer actually writes; an input
 *                             missing here reads as zero instead of being declared {@code in},
 *                             so the program still links. Null = unknown, declare all inputs.
 * @param lastVertexStage      this VS/TES/GS feeds the rasterizer: apply {@code winsys_adjust_y}
 *                             and user clip planes to it
 * @param attribSignedIntMask  VS: inputs bound to signed-integer vertex formats (ivec4 inputs)
 * @param attribUnsignedIntMask VS: inputs bound to unsigned-integer vertex formats (uvec4 inputs)
 * @param clipPlaneEnable      user clip planes enabled (bit i = plane i), written from
 *                             {@code clipp[i]} into gl_ClipDistance when the shader has no CLIPDIST
 * @param nrCbufs              FS: bound colour buffers (for FS_COLOR0_WRITES_ALL_CBUFS)
 * @param cbufSignedIntMask    FS: colour buffers with signed-integer formats (ivec4 outputs)
 * @param cbufUnsignedIntMask  FS: colour buffers with unsigned-integer formats (uvec4 outputs)
 * @param lowerLeftOrigin      FS: the render target is not Y_0_TOP (always true for vtest)
 * @param flatshade            FS: COLOR-interpolated inputs are flat
 * @param colorTwoSide         FS: COLOR[i] inputs pick BCOLOR[i] for back faces
 * @param alphaFunc            FS: PIPE_FUNC_* of the alpha test (0 NEVER … 7 ALWAYS), or
 *                             {@link #ALPHA_TEST_DISABLED}; compares COLOR[0].a with {@code alpha_ref_val}
 * @param polygonStipple       FS: discard fragments whose {@code stipple_pattern} bit is clear
 * @param coordReplaceMask     FS: GENERIC[i]/TEXCOORD[i] inputs replaced by gl_PointCoord (bit i)
 * @param streamOutputs        the shader object's transform-feedback layout (may be empty)
 * @param streamOutputStrides  per-buffer vertex strides in dwords from the same layout (index =
 *                             buffer; missing or 0 = packed): trailing gaps are only visible here
 * @param computeSharedBytes   CS: shared memory size from CREATE_OBJECT (0 = 32768)
 * @param cbufAlphaInRedMask   FS: colour buffers of an alpha-only format the host stores in red
 *                             (A8 as R8 …): their output's alpha is written to red
 * @param legacyClamp          sampler slots whose s, t or r coordinate uses Gallium's CLAMP wrap
 *                             with linear filtering: sampling clamps that coordinate to [0, 1]
 *                             ([0, size] for rectangles) and the host sampler uses CLAMP_TO_BORDER,
 *                             which together are GL_CLAMP (core profiles lack it)
 * @param consumerInterpolation GLSL ES hosts only, for the last vertex stage: the fragment
 *                             shader's interpolation qualifiers per input varying
 *                             ({@link ShaderInfo#inputInterpolation()} of the FS it links with).
 *                             GLSL ES linkers (Mesa's among them) refuse a flat, noperspective or
 *                             sample input whose output lacks the same qualifier; desktop GLSL 4.40+
 *                             does not care, so desktop output ignores this. Empty = all smooth.
 * @param bufferSwizzles       sampler slots holding a buffer texture whose format the host stores
 *                             with channels elsewhere (luminance, intensity, alpha in R/RG): GL
 *                             applies no texture swizzle to buffer textures, so the fetch does.
 *                             Value: four 3-bit channel selectors, R in the low bits, each 0-3 a
 *                             stored channel, 4 zero, 5 one ({@link #bufferSwizzle}).
 */
public record ShaderKey(ShaderStage previousStage, Set<SemanticRef> producerOutputs, boolean lastVertexStage,
                        int attribSignedIntMask, int attribUnsignedIntMask, int clipPlaneEnable,
                        int nrCbufs, int cbufSignedIntMask, int cbufUnsignedIntMask, boolean lowerLeftOrigin,
                        boolean flatshade, boolean colorTwoSide, int alphaFunc, boolean polygonStipple,
                        int coordReplaceMask, List<StreamOutput> streamOutputs, List<Integer> streamOutputStrides,
                        int computeSharedBytes, int cbufAlphaInRedMask, LegacyClamp legacyClamp,
                        Map<SemanticRef, String> consumerInterpolation, Map<Integer, Integer> bufferSwizzles) {
    public static final int ALPHA_TEST_DISABLED = -1;
    /** Channel selectors of {@link #bufferSwizzles}: 0-3 read that stored channel. */
    public static final int SWIZZLE_ZERO = 4;
    public static final int SWIZZLE_ONE = 5;

    /** Packs four channel selectors (0-3 a stored channel, {@link #SWIZZLE_ZERO}, {@link #SWIZZLE_ONE}). */
    public static int bufferSwizzle(int r, int g, int b, int a) {
        return r | g << 3 | b << 6 | a << 9;
    }
    private static final Pattern QUALIFIERS = Pattern.compile("((flat|smooth|noperspective|centroid|sample) )*");

    /** Per coordinate, the sampler slots (bit i = slot i) that emulate GL_CLAMP. */
    public record LegacyClamp(int sMask, int tMask, int rMask) {
        public static final LegacyClamp NONE = new LegacyClamp(0, 0, 0);

        /** Bit c (0 s, 1 t, 2 r) set when coordinate c of {@code slot} is clamped. */
        public int coordinates(int slot) {
            if (slot < 0 || slot >= 32) {
                return 0;
            }
            return (sMask >>> slot & 1) | (tMask >>> slot & 1) << 1 | (rMask >>> slot & 1) << 2;
        }
    }

    public ShaderKey {
        producerOutputs = producerOutputs == null ? null : Set.copyOf(producerOutputs);
        streamOutputs = List.copyOf(streamOutputs);
        streamOutputStrides = List.copyOf(streamOutputStrides);
        legacyClamp = legacyClamp == null ? LegacyClamp.NONE : legacyClamp;
        consumerInterpolation = consumerInterpolation == null ? Map.of() : Map.copyOf(consumerInterpolation);
        for (String q : consumerInterpolation.values()) {
            if (!QUALIFIERS.matcher(q).matches()) {
                throw new IllegalArgumentException("bad interpolation qualifiers: " + q);
            }
        }
        bufferSwizzles = bufferSwizzles == null ? Map.of() : Map.copyOf(bufferSwizzles);
        for (Map.Entry<Integer, Integer> e : bufferSwizzles.entrySet()) {
            int packed = e.getValue();
            for (int c = 0; c < 4; c++) {
                if ((packed >>> (3 * c) & 7) > SWIZZLE_ONE) {
                    throw new IllegalArgumentException("bad buffer swizzle " + packed + " for slot " + e.getKey());
                }
            }
        }
        if (nrCbufs < 0 || nrCbufs > 8 || alphaFunc < ALPHA_TEST_DISABLED || alphaFunc > 7
                || computeSharedBytes < 0 || computeSharedBytes > (1 << 20)) {
            throw new IllegalArgumentException("bad shader key");
        }
    }

    /** The key of a plain draw: VS last, one float colour buffer, lower-left origin, no fixed function. */
    public static ShaderKey defaults() {
        return new Builder().build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder; the key itself is immutable. */
    public static final class Builder {
        private ShaderStage previousStage;
        private Set<SemanticRef> producerOutputs;
        private boolean lastVertexStage = true;
        private int attribSignedIntMask;
        private int attribUnsignedIntMask;
        private int clipPlaneEnable;
        private int nrCbufs = 1;
        private int cbufSignedIntMask;
        private int cbufUnsignedIntMask;
        private boolean lowerLeftOrigin = true;
        private boolean flatshade;
        private boolean colorTwoSide;
        private int alphaFunc = ALPHA_TEST_DISABLED;
        private boolean polygonStipple;
        private int coordReplaceMask;
        private List<StreamOutput> streamOutputs = List.of();
        private List<Integer> streamOutputStrides = List.of();
        private int computeSharedBytes;
        private int cbufAlphaInRedMask;
        private LegacyClamp legacyClamp = LegacyClamp.NONE;
        private Map<SemanticRef, String> consumerInterpolation = Map.of();
        private Map<Integer, Integer> bufferSwizzles = Map.of();

        public Builder() {
        }

        private Builder(ShaderKey k) {
            previousStage = k.previousStage;
            producerOutputs = k.producerOutputs;
            lastVertexStage = k.lastVertexStage;
            attribSignedIntMask = k.attribSignedIntMask;
            attribUnsignedIntMask = k.attribUnsignedIntMask;
            clipPlaneEnable = k.clipPlaneEnable;
            nrCbufs = k.nrCbufs;
            cbufSignedIntMask = k.cbufSignedIntMask;
            cbufUnsignedIntMask = k.cbufUnsignedIntMask;
            lowerLeftOrigin = k.lowerLeftOrigin;
            flatshade = k.flatshade;
            colorTwoSide = k.colorTwoSide;
            alphaFunc = k.alphaFunc;
            polygonStipple = k.polygonStipple;
            coordReplaceMask = k.coordReplaceMask;
            streamOutputs = k.streamOutputs;
            streamOutputStrides = k.streamOutputStrides;
            computeSharedBytes = k.computeSharedBytes;
            cbufAlphaInRedMask = k.cbufAlphaInRedMask;
            legacyClamp = k.legacyClamp;
            consumerInterpolation = k.consumerInterpolation;
            bufferSwizzles = k.bufferSwizzles;
        }

        public Builder previousStage(ShaderStage v) { previousStage = v; return this; }
        public Builder producerOutputs(Set<SemanticRef> v) { producerOutputs = v; return this; }
        public Builder lastVertexStage(boolean v) { lastVertexStage = v; return this; }
        public Builder attribSignedIntMask(int v) { attribSignedIntMask = v; return this; }
        public Builder attribUnsignedIntMask(int v) { attribUnsignedIntMask = v; return this; }
        public Builder clipPlaneEnable(int v) { clipPlaneEnable = v; return this; }
        public Builder nrCbufs(int v) { nrCbufs = v; return this; }
        public Builder cbufSignedIntMask(int v) { cbufSignedIntMask = v; return this; }
        public Builder cbufUnsignedIntMask(int v) { cbufUnsignedIntMask = v; return this; }
        public Builder lowerLeftOrigin(boolean v) { lowerLeftOrigin = v; return this; }
        public Builder flatshade(boolean v) { flatshade = v; return this; }
        public Builder colorTwoSide(boolean v) { colorTwoSide = v; return this; }
        public Builder alphaFunc(int v) { alphaFunc = v; return this; }
        public Builder polygonStipple(boolean v) { polygonStipple = v; return this; }
        public Builder coordReplaceMask(int v) { coordReplaceMask = v; return this; }
        public Builder streamOutputs(List<StreamOutput> v) { streamOutputs = v; return this; }
        public Builder streamOutputStrides(List<Integer> v) { streamOutputStrides = v; return this; }
        public Builder computeSharedBytes(int v) { computeSharedBytes = v; return this; }
        public Builder cbufAlphaInRedMask(int v) { cbufAlphaInRedMask = v; return this; }
        public Builder legacyClamp(LegacyClamp v) { legacyClamp = v; return this; }
        public Builder consumerInterpolation(Map<SemanticRef, String> v) { consumerInterpolation = v; return this; }
        public Builder bufferSwizzles(Map<Integer, Integer> v) { bufferSwizzles = v; return this; }

        public ShaderKey build() {
            return new ShaderKey(previousStage, producerOutputs, lastVertexStage, attribSignedIntMask,
                    attribUnsignedIntMask, clipPlaneEnable, nrCbufs, cbufSignedIntMask, cbufUnsignedIntMask,
                    lowerLeftOrigin, flatshade, colorTwoSide, alphaFunc, polygonStipple, coordReplaceMask,
                    streamOutputs, streamOutputStrides, computeSharedBytes, cbufAlphaInRedMask, legacyClamp,
                    consumerInterpolation, bufferSwizzles);
        }
    }
}
