package org.jvirgl.virgl.caps;

import static org.jvirgl.wire.caps.CapsField.*;
import static org.lwjgl.opengl.GL46C.*;

import org.jvirgl.api.Capset;
import org.jvirgl.virgl.format.GlFormat;
import org.jvirgl.virgl.format.GlFormatTable;
import org.jvirgl.wire.caps.BoolCap;
import org.jvirgl.wire.caps.CapabilityBit;
import org.jvirgl.wire.caps.CapabilityBitV2;
import org.jvirgl.wire.caps.CapsField;
import org.jvirgl.wire.caps.VirglCaps;
import org.jvirgl.wire.format.VirglFormat;

/**
 * Fills the VIRGL (v1) and VIRGL2 (v2) capsets from the probed host, the way vrend 0.10.4's
 * {@code vrend_renderer_fill_caps} does (facts: upstream-map §4.4), so Mesa 22.3 exposes the
 * same GL version through jvirgl as through the C server. Constructed once per backend with
 * the root context current (it runs two small GL probes and builds the image once); filling
 * copies bytes.
 *
 * <p>On a GLES host the caps follow vrend's GLES path: the GLSL level starts from 310 (ES 3.1),
 * desktop-version rules read the GL version as 0, quads and the compatibility bits are never
 * offered, atomic counters are left to be lowered to storage buffers, and {@code HOST_IS_GLES}
 * is set (guests read it as "fake FP64": they offer doubles the shader translator emulates).
 */
public final class CapsFiller {

    /**
     * Mesa 22.3 gates on values up to 13 (≥7 LINK_SHADER, ≥9 multisample mask, ≥10 TGSI
     * TEXCOORD semantic, ≥12 per-stage const buffer sizes, ≥13 max uniform block size); jvirgl
     * implements all of those and claims nothing beyond (C 0.10.4 says 15).
     */
    public static final int HOST_FEATURE_CHECK_VERSION = 13;

    private static final int PIPE_MAX_SHADER_BUFFERS = 32;
    private static final int PIPE_MAX_SHADER_IMAGES = 32;

    private final HostCaps caps;
    private final GlFormatTable formats;
    private final boolean egl;
    private final MultisampleProbe.Result multisample;
    private final boolean mixedColorFormats;
    private final VirglCaps image = new VirglCaps();

    /** @param egl whether the contexts come from EGL (untyped resources are then offered, as vrend does) */
    public CapsFiller(HostCaps caps, GlFormatTable formats, boolean egl) {
        this(caps, formats, egl,
                caps.has(HostFeature.STORAGE_MULTISAMPLE)
                        ? MultisampleProbe.run(caps.limits().get(GL_MAX_SAMPLES))
                        : new MultisampleProbe.Result(caps.limits().get(GL_MAX_SAMPLES), new int[8]),
                MultisampleProbe.mixedColorAttachmentsWork());
    }

    /** With the two GL probes' answers given (tests fill caps without a context this way). */
    CapsFiller(HostCaps caps, GlFormatTable formats, boolean egl, MultisampleProbe.Result multisample,
            boolean mixedColorFormats) {
        this.caps = caps;
        this.formats = formats;
        this.egl = egl;
        this.multisample = multisample;
        this.mixedColorFormats = mixedColorFormats;
        fillV1(image);
        fillV2(image);
    }

    /** The desktop GL version as vrend's rules read it: 0 on a GLES host. */
    private int glVersion() {
        return caps.isEs() ? 0 : caps.version().asInt();
    }

    /** The ES version on a GLES host, 0 on a desktop one. */
    private int glesVersion() {
        return caps.isEs() ? caps.version().asInt() : 0;
    }

    /**
     * Zeroes {@code out} and fills capset {@code capset}: VIRGL gets the v1 struct, VIRGL2 the
     * 0.10.4 v2 struct (unknown capsets and newer versions stay zero, as upstream).
     */
    public void fill(int capset, int version, byte[] out) {
        java.util.Arrays.fill(out, (byte) 0);
        byte[] bytes = null;
        if (capset == Capset.VIRGL && version <= 1) {
            bytes = image.v1();
        } else if (capset == Capset.VIRGL2 && version <= 2) {
            bytes = image.v2();
        }
        if (bytes != null) {
            System.arraycopy(bytes, 0, out, 0, Math.min(bytes.length, out.length));
        }
    }

    int glslLevel() {
        int gl = glVersion();
        int gles = glesVersion();
        int level = caps.isEs() ? (gles >= 31 ? 310 : gles >= 30 ? 130 : 120)
                : gl == 31 ? 140 : gl == 32 ? 150 : gl >= 33 ? 10 * gl : 130;
        if (level < 400 && caps.has(HostFeature.TESSELLATION) && caps.has(HostFeature.GEOMETRY_SHADER)
                && caps.has(HostFeature.GPU_SHADER5)) {
            level = 400;
            if (caps.has(HostFeature.SEPARATE_SHADER_OBJECTS)) {
                level = caps.has(HostFeature.COMPUTE_SHADER) ? 430 : 410;
            }
        }
        return level;
    }

    private void fillV1(VirglCaps b) {
        HostLimits l = caps.limits();
        int gl = glVersion();
        int glsl = glslLevel();
        b.set(GLSL_LEVEL, glsl);
        b.set(PRIM_MASK, primMask(glsl));
        b.set(BSET, bset(gl));
        if (caps.has(HostFeature.VERTEX_TYPE_10F_11F_11F)) {
            b.formats(VERTEXBUFFER_FORMATS).add(VirglFormat.R11G11B10_FLOAT);
        }
        if (caps.has(HostFeature.UBO)) {
            // The default block is an extra "UBO" for Gallium; one is kept for VirglBlock.
            b.set(MAX_UNIFORM_BLOCKS, l.get(GL_MAX_VERTEX_UNIFORM_BLOCKS));
        }
        if (caps.has(HostFeature.TEXTURE_ARRAY)) {
            b.set(MAX_TEXTURE_ARRAY_LAYERS, l.get(GL_MAX_ARRAY_TEXTURE_LAYERS));
        }
        if (caps.has(HostFeature.TRANSFORM_FEEDBACK)) {
            b.set(MAX_STREAMOUT_BUFFERS, streamoutBuffers(l));
        }
        if (caps.has(HostFeature.DUAL_SRC_BLEND)) {
            b.set(MAX_DUAL_SOURCE_RENDER_TARGETS, l.get(GL_MAX_DUAL_SOURCE_DRAW_BUFFERS));
        }
        if (caps.has(HostFeature.TEXTURE_BUFFER)) {
            b.set(MAX_TBO_SIZE, l.get(GL_MAX_TEXTURE_BUFFER_SIZE));
        }
        if (caps.has(HostFeature.TEXTURE_GATHER)) {
            // ES has no such limit; textureGather there always returns four components.
            b.set(MAX_TEXTURE_GATHER_COMPONENTS, caps.isEs() ? 4
                    : l.get(HostCapsProbe.MAX_PROGRAM_TEXTURE_GATHER_COMPONENTS));
        }
        b.set(MAX_VIEWPORTS, caps.has(HostFeature.VIEWPORT_ARRAY) ? l.get(GL_MAX_VIEWPORTS) : 1);
        b.set(MAX_RENDER_TARGETS, caps.maxDrawBuffers());
        b.set(MAX_SAMPLES, multisample.maxSamples());
        putMask(b, SAMPLER_FORMATS, formats.mask(GlFormat::sampler));
        putMask(b, RENDER_FORMATS, formats.mask(f -> f.sampler() && f.render()));
    }

    /** Gallium skips buffers only with transform feedback 3; without it, four as GL 3.0 has. */
    private int streamoutBuffers(HostLimits l) {
        if (caps.has(HostFeature.TRANSFORM_FEEDBACK3)) {
            return l.get(GL_MAX_TRANSFORM_FEEDBACK_BUFFERS);
        }
        if (caps.isEs()) {
            return l.get(GL_MAX_TRANSFORM_FEEDBACK_SEPARATE_ATTRIBS) >= 4 ? 4 : 0;
        }
        return 4;
    }

    private int primMask(int glsl) {
        // POINTS, LINES, LINE_LOOP, LINE_STRIP, TRIANGLES, TRIANGLE_STRIP, TRIANGLE_FAN
        int mask = 0x7f;
        if (!caps.isCoreProfile()) {
            mask |= 1 << 7 | 1 << 8 | 1 << 9; // QUADS, QUAD_STRIP, POLYGON
        }
        if (glsl >= 150) {
            mask |= 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13; // adjacency primitives
        }
        if (glsl >= 400 || caps.has(HostFeature.TESSELLATION)) {
            mask |= 1 << 14; // PATCHES
        }
        return mask;
    }

    private int bset(int gl) {
        int bits = BoolCap.OCCLUSION_QUERY.mask();
        if (!caps.isCoreProfile()) {
            bits |= BoolCap.POLY_STIPPLE.mask() | BoolCap.COLOR_CLAMPING.mask();
        }
        bits |= when(HostFeature.CONDITIONAL_RENDER, BoolCap.CONDITIONAL_RENDER)
                | when(HostFeature.INDEP_BLEND, BoolCap.INDEP_BLEND_ENABLE)
                | when(HostFeature.DRAW_INSTANCE, BoolCap.INSTANCEID)
                | when(HostFeature.DEPTH_CLAMP, BoolCap.DEPTH_CLIP_DISABLE)
                | when(HostFeature.SEAMLESS_CUBE_MAP_PER_TEXTURE, BoolCap.SEAMLESS_CUBE_MAP_PER_TEXTURE)
                | when(HostFeature.TEXTURE_MULTISAMPLE, BoolCap.TEXTURE_MULTISAMPLE)
                | when(HostFeature.TESSELLATION, BoolCap.HAS_TESSELLATION_SHADERS)
                | when(HostFeature.SAMPLE_SHADING, BoolCap.HAS_SAMPLE_SHADING)
                | when(HostFeature.INDIRECT_DRAW, BoolCap.HAS_INDIRECT_DRAW)
                | when(HostFeature.INDEP_BLEND_FUNC, BoolCap.INDEP_BLEND_FUNC)
                | when(HostFeature.CUBE_MAP_ARRAY, BoolCap.CUBE_MAP_ARRAY)
                | when(HostFeature.TEXTURE_QUERY_LOD, BoolCap.TEXTURE_QUERY_LOD)
                | when(HostFeature.BASE_INSTANCE, BoolCap.START_INSTANCE)
                | when(HostFeature.SHADER_STENCIL_EXPORT, BoolCap.SHADER_STENCIL_EXPORT)
                | when(HostFeature.CONDITIONAL_RENDER_INVERTED, BoolCap.CONDITIONAL_RENDER_INVERTED)
                | when(HostFeature.POLYGON_OFFSET_CLAMP, BoolCap.POLYGON_OFFSET_CLAMP)
                | when(HostFeature.TRANSFORM_FEEDBACK_OVERFLOW_QUERY, BoolCap.TRANSFORM_FEEDBACK_OVERFLOW_QUERY)
                | when(HostFeature.MIRROR_CLAMP, BoolCap.MIRROR_CLAMP)
                | when(HostFeature.TIMER_QUERY, BoolCap.TIMER_QUERY)
                | when(HostFeature.PRIMITIVE_RESTART, BoolCap.PRIMITIVE_RESTART);
        if (caps.isEs()) {
            // ES 3 cube maps are always seamless; fragment coordinate conventions are a desktop extension.
            bits |= BoolCap.SEAMLESS_CUBE_MAP.mask();
            if (caps.hasExtension("GL_ARB_fragment_coord_conventions")) {
                bits |= BoolCap.FRAGMENT_COORD_CONVENTIONS.mask();
            }
        } else if (gl >= 32 || caps.has(HostFeature.SEAMLESS_CUBE_MAP)) {
            bits |= BoolCap.SEAMLESS_CUBE_MAP.mask() | BoolCap.FRAGMENT_COORD_CONVENTIONS.mask();
        }
        if (gl >= 40 || caps.hasExtension("GL_ARB_gpu_shader_fp64") && caps.has(HostFeature.GPU_SHADER5)) {
            bits |= BoolCap.HAS_FP64.mask();
        }
        if (gl >= 45 || caps.has(HostFeature.CULL_DISTANCE)) {
            bits |= BoolCap.HAS_CULL.mask();
        }
        if (caps.has(HostFeature.DERIVATIVE_CONTROL)) {
            bits |= BoolCap.DERIVATIVE_CONTROL.mask();
        }
        if (caps.has(HostFeature.TRANSFORM_FEEDBACK2) && caps.has(HostFeature.TRANSFORM_FEEDBACK)) {
            bits |= BoolCap.STREAMOUT_PAUSE_RESUME.mask();
        }
        return bits;
    }

    private int when(HostFeature f, BoolCap bit) {
        return caps.has(f) ? bit.mask() : 0;
    }

    private int when(HostFeature f, CapabilityBit bit) {
        return caps.has(f) ? bit.mask() : 0;
    }

    private void fillV2(VirglCaps b) {
        HostLimits l = caps.limits();
        int gl = glVersion();
        int gles = glesVersion();
        b.set(CapsField.HOST_FEATURE_CHECK_VERSION, HOST_FEATURE_CHECK_VERSION);
        b.renderer(guestRenderer(caps.renderer()));
        b.setFloat(MIN_ALIASED_POINT_SIZE, l.getFloat(HostCapsProbe.GL_ALIASED_POINT_SIZE_RANGE, 0));
        b.setFloat(MAX_ALIASED_POINT_SIZE, l.getFloat(HostCapsProbe.GL_ALIASED_POINT_SIZE_RANGE, 1));
        b.setFloat(MIN_ALIASED_LINE_WIDTH, l.getFloat(GL_ALIASED_LINE_WIDTH_RANGE, 0));
        b.setFloat(MAX_ALIASED_LINE_WIDTH, l.getFloat(GL_ALIASED_LINE_WIDTH_RANGE, 1));
        if (!caps.isEs()) {
            // ES has no smooth points or lines.
            b.setFloat(MIN_SMOOTH_POINT_SIZE, l.getFloat(GL_POINT_SIZE_RANGE, 0));
            b.setFloat(MAX_SMOOTH_POINT_SIZE, l.getFloat(GL_POINT_SIZE_RANGE, 1));
            b.setFloat(MIN_SMOOTH_LINE_WIDTH, l.getFloat(GL_SMOOTH_LINE_WIDTH_RANGE, 0));
            b.setFloat(MAX_SMOOTH_LINE_WIDTH, l.getFloat(GL_SMOOTH_LINE_WIDTH_RANGE, 1));
        }
        b.setFloat(MAX_TEXTURE_LOD_BIAS, l.getFloat(GL_MAX_TEXTURE_LOD_BIAS, 0));
        b.set(MAX_VERTEX_ATTRIBS, l.get(GL_MAX_VERTEX_ATTRIBS));
        // vrend reads the limit only on desktop 3.2+ and assumes the 64-component minimum on ES.
        b.set(MAX_VERTEX_OUTPUTS, (gl >= 32 ? l.get(GL_MAX_VERTEX_OUTPUT_COMPONENTS) : 64) / 4);
        b.set(MIN_TEXEL_OFFSET, l.get(GL_MIN_PROGRAM_TEXEL_OFFSET));
        b.set(MAX_TEXEL_OFFSET, l.get(GL_MAX_PROGRAM_TEXEL_OFFSET));
        b.set(UNIFORM_BUFFER_OFFSET_ALIGNMENT, l.get(GL_UNIFORM_BUFFER_OFFSET_ALIGNMENT));
        b.set(MAX_TEXTURE_2D_SIZE, caps.maxTextureSize());
        b.set(MAX_TEXTURE_3D_SIZE, caps.max3dTextureSize());
        b.set(MAX_TEXTURE_CUBE_SIZE, caps.maxCubeTextureSize());
        if (caps.has(HostFeature.GEOMETRY_SHADER)) {
            b.set(MAX_GEOM_OUTPUT_VERTICES, l.get(GL_MAX_GEOMETRY_OUTPUT_VERTICES));
            b.set(MAX_GEOM_TOTAL_OUTPUT_COMPONENTS, l.get(GL_MAX_GEOMETRY_TOTAL_OUTPUT_COMPONENTS));
        }
        if (caps.has(HostFeature.TESSELLATION)) {
            b.set(MAX_SHADER_PATCH_VARYINGS, l.get(GL_MAX_TESS_PATCH_COMPONENTS) / 4);
        }
        if (caps.has(HostFeature.TEXTURE_GATHER)) {
            b.set(MIN_TEXTURE_GATHER_OFFSET, l.get(GL_MIN_PROGRAM_TEXTURE_GATHER_OFFSET));
            b.set(MAX_TEXTURE_GATHER_OFFSET, l.get(GL_MAX_PROGRAM_TEXTURE_GATHER_OFFSET));
        }
        if (caps.has(HostFeature.TEXTURE_BUFFER_RANGE)) {
            b.set(TEXTURE_BUFFER_OFFSET_ALIGNMENT, l.get(GL_TEXTURE_BUFFER_OFFSET_ALIGNMENT));
        }
        if (caps.has(HostFeature.SSBO)) {
            b.set(SHADER_BUFFER_OFFSET_ALIGNMENT, l.get(GL_SHADER_STORAGE_BUFFER_OFFSET_ALIGNMENT));
            b.set(MAX_SHADER_BUFFER_OTHER_STAGES,
                    Math.min(l.get(GL_MAX_VERTEX_SHADER_STORAGE_BLOCKS), PIPE_MAX_SHADER_BUFFERS));
            b.set(MAX_SHADER_BUFFER_FRAG_COMPUTE,
                    Math.min(l.get(GL_MAX_FRAGMENT_SHADER_STORAGE_BLOCKS), PIPE_MAX_SHADER_BUFFERS));
            b.set(MAX_COMBINED_SHADER_BUFFERS, l.get(GL_MAX_COMBINED_SHADER_STORAGE_BLOCKS));
        }
        if (caps.has(HostFeature.IMAGES)) {
            b.set(MAX_SHADER_IMAGE_OTHER_STAGES, Math.min(l.get(GL_MAX_VERTEX_IMAGE_UNIFORMS), PIPE_MAX_SHADER_IMAGES));
            b.set(MAX_SHADER_IMAGE_FRAG_COMPUTE,
                    Math.min(l.get(GL_MAX_FRAGMENT_IMAGE_UNIFORMS), PIPE_MAX_SHADER_IMAGES));
            if (!caps.isEs()) {
                // ES has no multisample images.
                b.set(MAX_IMAGE_SAMPLES, l.get(GL_MAX_IMAGE_SAMPLES));
            }
        }
        for (int i = 0; i < 8; i++) {
            b.set(SAMPLE_LOCATIONS, i, multisample.sampleLocations()[i]);
        }
        b.set(MAX_VERTEX_ATTRIB_STRIDE, gl >= 44 || gles >= 31 ? l.get(GL_MAX_VERTEX_ATTRIB_STRIDE) : 2048);
        if (computeOffered()) {
            b.set(MAX_COMPUTE_WORK_GROUP_INVOCATIONS, l.get(GL_MAX_COMPUTE_WORK_GROUP_INVOCATIONS));
            b.set(MAX_COMPUTE_SHARED_MEMORY_SIZE, l.get(GL_MAX_COMPUTE_SHARED_MEMORY_SIZE));
            for (int i = 0; i < 3; i++) {
                b.set(MAX_COMPUTE_GRID_SIZE, i, l.get(GL_MAX_COMPUTE_WORK_GROUP_COUNT, i));
                b.set(MAX_COMPUTE_BLOCK_SIZE, i, l.get(GL_MAX_COMPUTE_WORK_GROUP_SIZE, i));
            }
        }
        fillAtomics(b, l);
        b.set(CAPABILITY_BITS, capabilityBits());
        b.set(CAPABILITY_BITS_V2, capabilityBitsV2());
        putMask(b, SUPPORTED_READBACK_FORMATS, formats.mask(GlFormat::readback));
        putMask(b, SUPPORTED_MULTISAMPLE_FORMATS, formats.mask(GlFormat::multisample));
        // Format NONE: framebuffers without attachments may be multisampled.
        b.formats(SUPPORTED_MULTISAMPLE_FORMATS).add(VirglFormat.NONE);
        // Without GBM every format can be scanned out (vrend answers so too).
        for (int f = 0; f < VirglFormat.MAX; f++) {
            b.formats(SCANOUT_FORMATS).add(f);
        }
        if (caps.has(HostFeature.ANISOTROPIC_FILTER)) {
            b.setFloat(MAX_ANISOTROPY, Math.min(l.getFloat(GL_MAX_TEXTURE_MAX_ANISOTROPY, 0), 16f));
        }
        // Never promise more sampler views per stage than the decoder accepts (upstream clamps to 128).
        b.set(MAX_TEXTURE_SAMPLERS, Math.min(l.get(GL_MAX_TEXTURE_IMAGE_UNITS), org.jvirgl.wire.WireLimits.MAX_SAMPLER_VIEWS));
        if (caps.has(HostFeature.UBO)) {
            b.set(MAX_UNIFORM_BLOCK_SIZE, l.get(GL_MAX_UNIFORM_BLOCK_SIZE));
        }
        fillConstBufferSizes(b, l);
    }

    /** Per-stage arrays use the wire's stage order: VS, FS, GS, TCS, TES, CS. */
    private void fillAtomics(VirglCaps b, HostLimits l) {
        if (!caps.has(HostFeature.ATOMIC_COUNTERS)) {
            return;
        }
        int[] counters = {GL_MAX_VERTEX_ATOMIC_COUNTERS, GL_MAX_FRAGMENT_ATOMIC_COUNTERS,
            GL_MAX_GEOMETRY_ATOMIC_COUNTERS, GL_MAX_TESS_CONTROL_ATOMIC_COUNTERS,
            GL_MAX_TESS_EVALUATION_ATOMIC_COUNTERS, GL_MAX_COMPUTE_ATOMIC_COUNTERS};
        int[] buffers = {GL_MAX_VERTEX_ATOMIC_COUNTER_BUFFERS, GL_MAX_FRAGMENT_ATOMIC_COUNTER_BUFFERS,
            GL_MAX_GEOMETRY_ATOMIC_COUNTER_BUFFERS, GL_MAX_TESS_CONTROL_ATOMIC_COUNTER_BUFFERS,
            GL_MAX_TESS_EVALUATION_ATOMIC_COUNTER_BUFFERS, GL_MAX_COMPUTE_ATOMIC_COUNTER_BUFFERS};
        // On a GLES host no counters are offered, only buffers: the guest then lowers atomic
        // counters to storage buffers (as vrend wants on ES).
        boolean counted = !caps.isEs();
        for (int stage = 0; stage < 6; stage++) {
            if (stageAvailable(stage)) {
                if (counted) {
                    b.set(MAX_ATOMIC_COUNTERS, stage, l.get(counters[stage]));
                }
                b.set(MAX_ATOMIC_COUNTER_BUFFERS, stage, l.get(buffers[stage]));
            }
        }
        if (counted) {
            b.set(MAX_COMBINED_ATOMIC_COUNTERS, l.get(GL_MAX_COMBINED_ATOMIC_COUNTERS));
        }
        b.set(MAX_COMBINED_ATOMIC_COUNTER_BUFFERS, l.get(GL_MAX_COMBINED_ATOMIC_COUNTER_BUFFERS));
    }

    private void fillConstBufferSizes(VirglCaps b, HostLimits l) {
        int[] components = {GL_MAX_VERTEX_UNIFORM_COMPONENTS, GL_MAX_FRAGMENT_UNIFORM_COMPONENTS,
            GL_MAX_GEOMETRY_UNIFORM_COMPONENTS, GL_MAX_TESS_CONTROL_UNIFORM_COMPONENTS,
            GL_MAX_TESS_EVALUATION_UNIFORM_COMPONENTS, GL_MAX_COMPUTE_UNIFORM_COMPONENTS};
        for (int stage = 0; stage < 6; stage++) {
            if (stageAvailable(stage)) {
                b.set(MAX_CONST_BUFFER_SIZE, stage, l.get(components[stage]) * 4);
            }
        }
    }

    private boolean stageAvailable(int stage) {
        return switch (stage) {
            case 2 -> caps.has(HostFeature.GEOMETRY_SHADER);
            case 3, 4 -> caps.has(HostFeature.TESSELLATION);
            case 5 -> caps.has(HostFeature.COMPUTE_SHADER);
            default -> true;
        };
    }

    /** Compute needs desktop GL 3.3+ (vrend's rule) or any GLES host that has it (ES 3.1). */
    private boolean computeOffered() {
        return caps.has(HostFeature.COMPUTE_SHADER) && (caps.isEs() || glVersion() >= 33);
    }

    int capabilityBits() {
        // Always on in vrend: they only say which commands/TGSI the host understands.
        int bits = CapabilityBit.TGSI_INVARIANT.mask() | CapabilityBit.SET_MIN_SAMPLES.mask() | CapabilityBit.TGSI_PRECISE.mask()
                | CapabilityBit.APP_TWEAK_SUPPORT.mask() | CapabilityBit.TGSI_COMPONENTS.mask() | CapabilityBit.GUEST_MAY_INIT_LOG.mask()
                | CapabilityBit.TRANSFER.mask() | CapabilityBit.INDIRECT_INPUT_ADDR.mask() | CapabilityBit.COPY_TRANSFER.mask();
        if (computeOffered()) {
            bits |= CapabilityBit.COMPUTE_SHADER.mask();
        }
        if (caps.isEs()) {
            bits |= CapabilityBit.HOST_IS_GLES.mask();
        }
        bits |= when(HostFeature.FB_NO_ATTACH, CapabilityBit.FB_NO_ATTACH)
                | when(HostFeature.TEXTURE_VIEW, CapabilityBit.TEXTURE_VIEW)
                | when(HostFeature.TXQS, CapabilityBit.TXQS)
                | when(HostFeature.BARRIER, CapabilityBit.MEMORY_BARRIER)
                | when(HostFeature.COPY_IMAGE, CapabilityBit.COPY_IMAGE)
                | when(HostFeature.ROBUST_BUFFER_ACCESS, CapabilityBit.ROBUST_BUFFER_ACCESS)
                | when(HostFeature.FRAMEBUFFER_FETCH, CapabilityBit.TGSI_FBFETCH)
                | when(HostFeature.SHADER_CLOCK, CapabilityBit.SHADER_CLOCK)
                | when(HostFeature.TEXTURE_BARRIER, CapabilityBit.TEXTURE_BARRIER)
                | when(HostFeature.SRGB_WRITE_CONTROL, CapabilityBit.SRGB_WRITE_CONTROL)
                | when(HostFeature.TRANSFORM_FEEDBACK3, CapabilityBit.TRANSFORM_FEEDBACK3)
                | when(HostFeature.QBO, CapabilityBit.QBO)
                | when(HostFeature.INDIRECT_DRAW, CapabilityBit.BIND_COMMAND_ARGS)
                | when(HostFeature.MULTI_DRAW_INDIRECT, CapabilityBit.MULTI_DRAW_INDIRECT)
                | when(HostFeature.INDIRECT_PARAMS, CapabilityBit.INDIRECT_PARAMS)
                | when(HostFeature.CLEAR_TEXTURE, CapabilityBit.CLEAR_TEXTURE)
                | when(HostFeature.CLIP_CONTROL, CapabilityBit.CLIP_HALFZ)
                | when(HostFeature.ASTC_SLICED_3D, CapabilityBit.ASTC_3D);
        if (mixedColorFormats) {
            bits |= CapabilityBit.FBO_MIXED_COLOR_FORMATS.mask();
        }
        // ARB_BUFFER_STORAGE (persistent/coherent guest maps of host buffers) stays off until
        // HOST3D blobs can be mapped persistently; C 0.10.4 under vtest does not offer it either.
        // It is the one GL 4.4 prerequisite the guest lacks (everything else GL 4.4/4.5 needs is
        // already offered here), yet the bit alone would not lift Mesa 22.3's virpipe past GL 4.3:
        // its PIPE_CAP_BUFFER_MAP_PERSISTENT_COHERENT also needs the winsys's supports_coherent,
        // which only the DRM winsys (blob resources) sets, never the vtest one.
        return bits;
    }

    int capabilityBitsV2() {
        int bits = CapabilityBitV2.COPY_TRANSFER_BOTH_DIRECTIONS.mask();
        if (egl) {
            bits |= CapabilityBitV2.UNTYPED_RESOURCE.mask();
        }
        if (caps.has(HostFeature.BLEND_EQUATION_ADVANCED)) {
            bits |= CapabilityBitV2.BLEND_EQUATION.mask();
        }
        if (caps.has(HostFeature.ATI_MEMINFO) || caps.has(HostFeature.NVX_GPU_MEMORY_INFO)) {
            bits |= CapabilityBitV2.MEMINFO.mask();
        }
        if (caps.has(HostFeature.KHR_DEBUG)) {
            bits |= CapabilityBitV2.STRING_MARKER.mask();
        }
        if (caps.has(HostFeature.TEXTURE_SHADOW_LOD)) {
            bits |= CapabilityBitV2.TEXTURE_SHADOW_LOD.mask();
        }
        if (caps.has(HostFeature.SEPARATE_SHADER_OBJECTS)) {
            bits |= CapabilityBitV2.SSO.mask();
        }
        return bits;
    }

    /** Host GL_RENDERER, with "llvmpipe" upper-cased as vrend does (guest compositors reject it). */
    static String guestRenderer(String hostRenderer) {
        return hostRenderer.replace("llvmpipe", "LLVMPIPE");
    }

    private static void putMask(VirglCaps b, CapsField field, int[] words) {
        for (int i = 0; i < words.length; i++) {
            b.set(field, i, words[i]);
        }
    }
}
