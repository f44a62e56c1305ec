package org.jvirgl.virgl.caps;

import static org.lwjgl.opengl.GL46C.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.virgl.winsys.GlVersion;
import org.lwjgl.system.MemoryStack;

/** Reads {@link HostCaps} from the GL context current on the calling thread. */
public final class HostCapsProbe {

    /** ARB_texture_gather's limit, core in 4.0 but not in LWJGL's core classes. */
    public static final int MAX_PROGRAM_TEXTURE_GATHER_COMPONENTS = 0x8F9F;

    /** Not in LWJGL's core classes (it is compatibility-profile state; core reads it too on Mesa). */
    public static final int GL_ALIASED_POINT_SIZE_RANGE = 0x846D;

    // Integer limits the caps filler and the executor need. Unknown names just read as 0.
    private static final int[] INT_LIMITS = {
        GL_MAX_DRAW_BUFFERS, GL_MAX_COLOR_ATTACHMENTS, GL_MAX_SAMPLES, GL_MAX_TEXTURE_SIZE,
        GL_MAX_3D_TEXTURE_SIZE, GL_MAX_CUBE_MAP_TEXTURE_SIZE, GL_MAX_ARRAY_TEXTURE_LAYERS,
        GL_MAX_RECTANGLE_TEXTURE_SIZE, GL_MAX_RENDERBUFFER_SIZE,
        GL_MAX_TEXTURE_BUFFER_SIZE, GL_MAX_TEXTURE_IMAGE_UNITS, GL_MAX_COMBINED_TEXTURE_IMAGE_UNITS,
        GL_MAX_VERTEX_TEXTURE_IMAGE_UNITS, GL_MAX_GEOMETRY_TEXTURE_IMAGE_UNITS,
        GL_MAX_VERTEX_ATTRIBS, GL_MAX_VERTEX_OUTPUT_COMPONENTS, GL_MAX_VERTEX_ATTRIB_STRIDE,
        GL_MAX_VERTEX_ATTRIB_BINDINGS,
        GL_MAX_VERTEX_UNIFORM_BLOCKS, GL_MAX_FRAGMENT_UNIFORM_BLOCKS, GL_MAX_UNIFORM_BUFFER_BINDINGS,
        GL_MAX_UNIFORM_BLOCK_SIZE, GL_UNIFORM_BUFFER_OFFSET_ALIGNMENT,
        GL_MAX_VERTEX_UNIFORM_COMPONENTS, GL_MAX_FRAGMENT_UNIFORM_COMPONENTS,
        GL_MAX_GEOMETRY_UNIFORM_COMPONENTS, GL_MAX_TESS_CONTROL_UNIFORM_COMPONENTS,
        GL_MAX_TESS_EVALUATION_UNIFORM_COMPONENTS, GL_MAX_COMPUTE_UNIFORM_COMPONENTS,
        GL_MAX_TRANSFORM_FEEDBACK_BUFFERS, GL_MAX_TRANSFORM_FEEDBACK_SEPARATE_ATTRIBS,
        GL_MAX_TRANSFORM_FEEDBACK_SEPARATE_COMPONENTS, GL_MAX_TRANSFORM_FEEDBACK_INTERLEAVED_COMPONENTS,
        GL_MAX_DUAL_SOURCE_DRAW_BUFFERS, MAX_PROGRAM_TEXTURE_GATHER_COMPONENTS,
        GL_MAX_VIEWPORTS, GL_MIN_PROGRAM_TEXEL_OFFSET, GL_MAX_PROGRAM_TEXEL_OFFSET,
        GL_MIN_PROGRAM_TEXTURE_GATHER_OFFSET, GL_MAX_PROGRAM_TEXTURE_GATHER_OFFSET,
        GL_MAX_GEOMETRY_OUTPUT_VERTICES, GL_MAX_GEOMETRY_TOTAL_OUTPUT_COMPONENTS,
        GL_MAX_TESS_PATCH_COMPONENTS, GL_MAX_PATCH_VERTICES,
        GL_TEXTURE_BUFFER_OFFSET_ALIGNMENT, GL_SHADER_STORAGE_BUFFER_OFFSET_ALIGNMENT,
        GL_MAX_VERTEX_SHADER_STORAGE_BLOCKS, GL_MAX_FRAGMENT_SHADER_STORAGE_BLOCKS,
        GL_MAX_COMPUTE_SHADER_STORAGE_BLOCKS, GL_MAX_COMBINED_SHADER_STORAGE_BLOCKS,
        GL_MAX_SHADER_STORAGE_BUFFER_BINDINGS,
        GL_MAX_VERTEX_IMAGE_UNIFORMS, GL_MAX_FRAGMENT_IMAGE_UNIFORMS, GL_MAX_COMPUTE_IMAGE_UNIFORMS,
        GL_MAX_IMAGE_UNITS, GL_MAX_IMAGE_SAMPLES,
        GL_MAX_COMPUTE_WORK_GROUP_INVOCATIONS, GL_MAX_COMPUTE_SHARED_MEMORY_SIZE,
        GL_MAX_VERTEX_ATOMIC_COUNTERS, GL_MAX_FRAGMENT_ATOMIC_COUNTERS, GL_MAX_GEOMETRY_ATOMIC_COUNTERS,
        GL_MAX_TESS_CONTROL_ATOMIC_COUNTERS, GL_MAX_TESS_EVALUATION_ATOMIC_COUNTERS,
        GL_MAX_COMPUTE_ATOMIC_COUNTERS, GL_MAX_COMBINED_ATOMIC_COUNTERS,
        GL_MAX_VERTEX_ATOMIC_COUNTER_BUFFERS, GL_MAX_FRAGMENT_ATOMIC_COUNTER_BUFFERS,
        GL_MAX_GEOMETRY_ATOMIC_COUNTER_BUFFERS, GL_MAX_TESS_CONTROL_ATOMIC_COUNTER_BUFFERS,
        GL_MAX_TESS_EVALUATION_ATOMIC_COUNTER_BUFFERS, GL_MAX_COMPUTE_ATOMIC_COUNTER_BUFFERS,
        GL_MAX_COMBINED_ATOMIC_COUNTER_BUFFERS, GL_MAX_ATOMIC_COUNTER_BUFFER_BINDINGS,
        GL_MAX_CLIP_DISTANCES, GL_MAX_SAMPLE_MASK_WORDS, GL_MAX_COLOR_TEXTURE_SAMPLES,
        GL_MAX_DEPTH_TEXTURE_SAMPLES, GL_MAX_INTEGER_SAMPLES, GL_MAX_ELEMENTS_INDICES,
        GL_MAX_ELEMENTS_VERTICES, GL_IMPLEMENTATION_COLOR_READ_FORMAT, GL_IMPLEMENTATION_COLOR_READ_TYPE,
    };

    private static final int[] INDEXED_LIMITS = {
        GL_MAX_COMPUTE_WORK_GROUP_COUNT, GL_MAX_COMPUTE_WORK_GROUP_SIZE,
    };

    private static final int[] FLOAT_RANGES = {
        GL_ALIASED_LINE_WIDTH_RANGE, GL_SMOOTH_LINE_WIDTH_RANGE, GL_POINT_SIZE_RANGE,
        GL_MAX_TEXTURE_LOD_BIAS, GL_MAX_TEXTURE_MAX_ANISOTROPY, GL_VIEWPORT_BOUNDS_RANGE,
    };


    private HostCapsProbe() {
    }

    /**
     * Probes the current context, which was created as {@code version}/{@code profile}. On a
     * GLES host, limits ES does not have read as absent (0) and features come from the ES
     * column of {@link HostFeature}. Leaves no GL error behind.
     */
    public static HostCaps probe(GlVersion version, GlProfile profile) {
        drainErrors();
        Set<String> extensions = readExtensions();
        HostLimits limits = readLimits();
        String glsl = glGetString(GL_SHADING_LANGUAGE_VERSION);
        HostCaps caps = new HostCaps(version, profile, nonNull(glGetString(GL_VENDOR)),
                nonNull(glGetString(GL_RENDERER)), nonNull(glGetString(GL_VERSION)), parseGlsl(glsl),
                extensions, features(version, profile.isEs(), extensions), limits);
        drainErrors();
        return caps;
    }

    /** The features a host of this version (ES when {@code gles}) and extension set has. */
    static Set<HostFeature> features(GlVersion version, boolean gles, Set<String> extensions) {
        EnumSet<HostFeature> features = EnumSet.noneOf(HostFeature.class);
        for (HostFeature f : HostFeature.values()) {
            if (f.availableOn(version, gles, extensions)) {
                features.add(f);
            }
        }
        return features;
    }

    private static Set<String> readExtensions() {
        int n = glGetInteger(GL_NUM_EXTENSIONS);
        Set<String> ext = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String e = glGetStringi(GL_EXTENSIONS, i);
            if (e != null) {
                ext.add(e);
            }
        }
        return ext;
    }

    private static HostLimits readLimits() {
        Map<Integer, Integer> ints = new HashMap<>();
        Map<Long, Integer> indexed = new HashMap<>();
        Map<Long, Float> floats = new HashMap<>();
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var iv = stack.mallocInt(4);
            for (int pname : INT_LIMITS) {
                iv.put(0, 0);
                glGetIntegerv(pname, iv);
                if (glGetError() == GL_NO_ERROR) {
                    ints.put(pname, iv.get(0));
                }
            }
            for (int pname : INDEXED_LIMITS) {
                for (int i = 0; i < 3; i++) {
                    iv.put(0, 0);
                    glGetIntegeri_v(pname, i, iv);
                    if (glGetError() == GL_NO_ERROR) {
                        indexed.put(HostLimits.key(pname, i), iv.get(0));
                    }
                }
            }
            var fv = stack.mallocFloat(4);
            for (int pname : concat(FLOAT_RANGES, GL_ALIASED_POINT_SIZE_RANGE)) {
                fv.put(0, 0f).put(1, 0f);
                glGetFloatv(pname, fv);
                if (glGetError() == GL_NO_ERROR) {
                    floats.put(HostLimits.key(pname, 0), fv.get(0));
                    floats.put(HostLimits.key(pname, 1), fv.get(1));
                }
            }
        }
        return new HostLimits(ints, indexed, floats);
    }

    private static int[] concat(int[] a, int b) {
        int[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }

    /**
     * "4.50" or "4.50 NVIDIA" → 450, "OpenGL ES GLSL ES 3.20" → 320 (the first word that
     * starts with a digit is the version); unparsable → 0.
     */
    static int parseGlsl(String s) {
        if (s == null) {
            return 0;
        }
        String head = "";
        for (String word : s.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
                head = word;
                break;
            }
        }
        int dot = head.indexOf('.');
        if (dot <= 0) {
            return 0;
        }
        try {
            int major = Integer.parseInt(head.substring(0, dot));
            String minorDigits = head.substring(dot + 1).replaceAll("[^0-9].*$", "");
            int minor = minorDigits.isEmpty() ? 0 : Integer.parseInt((minorDigits + "00").substring(0, 2));
            return major * 100 + minor;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void drainErrors() {
        for (int i = 0; i < 64 && glGetError() != GL_NO_ERROR; i++) {
            // stale errors from whoever used the context before
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
