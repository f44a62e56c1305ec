package org.jvirgl.virgl.caps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL46C.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jvirgl.api.Capset;
import org.jvirgl.virgl.format.GlFormatTable;
import org.jvirgl.virgl.winsys.GlProfile;
import org.jvirgl.virgl.winsys.GlVersion;
import org.jvirgl.wire.caps.BoolCap;
import org.jvirgl.wire.caps.CapabilityBit;
import org.jvirgl.wire.caps.CapsField;
import org.junit.jupiter.api.Test;

/** CapsFiller's GLES decisions on made-up hosts, without a GL context. */
class CapsFillerEsTest {

    private static final int QUADS = 1 << 7 | 1 << 8 | 1 << 9;
    private static final int ADJACENCY = 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13;
    private static final int PATCHES = 1 << 14;

    private static Set<String> llvmpipeEs() throws IOException {
        try (InputStream in = CapsFillerEsTest.class.getResourceAsStream("llvmpipe-es32-extensions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        }
    }

    private static HostCaps host(GlVersion version, GlProfile profile, Set<String> ext, Map<Integer, Integer> ints) {
        boolean es = profile == GlProfile.ES;
        return new HostCaps(version, profile, "Mesa", "llvmpipe", es ? "OpenGL ES " + version : version.toString(),
                es ? version.asInt() * 10 : version.asInt() * 10, ext, HostCapsProbe.features(version, es, ext),
                new HostLimits(ints, Map.of(), Map.of()));
    }

    private static Map<Integer, Integer> limits() {
        Map<Integer, Integer> l = new HashMap<>();
        l.put(GL_MAX_TRANSFORM_FEEDBACK_SEPARATE_ATTRIBS, 4);
        l.put(GL_MAX_TRANSFORM_FEEDBACK_BUFFERS, 4);
        l.put(GL_MAX_VERTEX_ATOMIC_COUNTERS, 8);
        l.put(GL_MAX_FRAGMENT_ATOMIC_COUNTERS, 8);
        l.put(GL_MAX_COMBINED_ATOMIC_COUNTERS, 16);
        l.put(GL_MAX_VERTEX_ATOMIC_COUNTER_BUFFERS, 1);
        l.put(GL_MAX_FRAGMENT_ATOMIC_COUNTER_BUFFERS, 1);
        l.put(GL_MAX_COMBINED_ATOMIC_COUNTER_BUFFERS, 2);
        l.put(GL_MAX_VERTEX_OUTPUT_COMPONENTS, 128);
        l.put(GL_MAX_VERTEX_ATTRIB_STRIDE, 4096);
        l.put(GL_MAX_IMAGE_SAMPLES, 4);
        return l;
    }

    private static CapsFiller filler(HostCaps caps) {
        return new CapsFiller(caps, GlFormatTable.of(List.of()), true,
                new MultisampleProbe.Result(4, new int[8]), true);
    }

    private static ByteBuffer v2(CapsFiller f) {
        byte[] out = new byte[1376];
        f.fill(Capset.VIRGL2, 2, out);
        return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int at(ByteBuffer b, CapsField field) {
        return b.getInt(field.offset());
    }

    private static int at(ByteBuffer b, CapsField field, int index) {
        return b.getInt(field.offset() + 4 * index);
    }

    @Test
    void llvmpipeEs32GetsGlsl430AndTheGlesBit() throws IOException {
        CapsFiller f = filler(host(new GlVersion(3, 2), GlProfile.ES, llvmpipeEs(), limits()));
        assertThat(f.glslLevel()).isEqualTo(430);
        ByteBuffer b = v2(f);
        assertThat(at(b, CapsField.GLSL_LEVEL)).isEqualTo(430);
        int bits = at(b, CapsField.CAPABILITY_BITS);
        assertThat(bits & CapabilityBit.HOST_IS_GLES.mask()).isNotZero();
        assertThat(bits & CapabilityBit.COMPUTE_SHADER.mask()).isNotZero();
        assertThat(bits & CapabilityBit.TEXTURE_VIEW.mask()).isNotZero();
        assertThat(bits & (CapabilityBit.QBO.mask() | CapabilityBit.TRANSFORM_FEEDBACK3.mask()
                | CapabilityBit.MULTI_DRAW_INDIRECT.mask() | CapabilityBit.TXQS.mask())).isZero();
        int prims = at(b, CapsField.PRIM_MASK);
        assertThat(prims & QUADS).isZero();
        assertThat(prims & (ADJACENCY | PATCHES)).isEqualTo(ADJACENCY | PATCHES);
    }

    @Test
    void es31WithoutExtensionsStaysAtGlsl310WithoutPatches() {
        CapsFiller f = filler(host(new GlVersion(3, 1), GlProfile.ES, Set.of(), limits()));
        assertThat(f.glslLevel()).isEqualTo(310);
        ByteBuffer b = v2(f);
        assertThat(at(b, CapsField.PRIM_MASK) & (QUADS | PATCHES)).isZero();
        assertThat(at(b, CapsField.CAPABILITY_BITS) & CapabilityBit.HOST_IS_GLES.mask()).isNotZero();
    }

    @Test
    void desktopOnlyBitsAndLimitsAreLeftOut() throws IOException {
        ByteBuffer b = v2(filler(host(new GlVersion(3, 2), GlProfile.ES, llvmpipeEs(), limits())));
        int bset = at(b, CapsField.BSET);
        assertThat(bset & (BoolCap.POLY_STIPPLE.mask() | BoolCap.COLOR_CLAMPING.mask() | BoolCap.HAS_FP64.mask()
                | BoolCap.FRAGMENT_COORD_CONVENTIONS.mask() | BoolCap.DERIVATIVE_CONTROL.mask())).isZero();
        assertThat(bset & (BoolCap.SEAMLESS_CUBE_MAP.mask() | BoolCap.HAS_CULL.mask()
                | BoolCap.CONDITIONAL_RENDER.mask())).isEqualTo(BoolCap.SEAMLESS_CUBE_MAP.mask()
                | BoolCap.HAS_CULL.mask() | BoolCap.CONDITIONAL_RENDER.mask());
        // Atomic counters are lowered to storage buffers on ES: buffers only.
        assertThat(at(b, CapsField.MAX_ATOMIC_COUNTERS, 0)).isZero();
        assertThat(at(b, CapsField.MAX_COMBINED_ATOMIC_COUNTERS)).isZero();
        assertThat(at(b, CapsField.MAX_ATOMIC_COUNTER_BUFFERS, 0)).isEqualTo(1);
        assertThat(at(b, CapsField.MAX_COMBINED_ATOMIC_COUNTER_BUFFERS)).isEqualTo(2);
        assertThat(at(b, CapsField.MAX_IMAGE_SAMPLES)).isZero();
        assertThat(at(b, CapsField.MAX_VERTEX_OUTPUTS)).isEqualTo(16);
        assertThat(at(b, CapsField.MAX_VERTEX_ATTRIB_STRIDE)).isEqualTo(4096);
        assertThat(at(b, CapsField.MAX_TEXTURE_GATHER_COMPONENTS)).isEqualTo(4);
    }

    @Test
    void streamoutBuffersOnEsDependOnSeparateAttribs() throws IOException {
        Map<Integer, Integer> few = limits();
        few.put(GL_MAX_TRANSFORM_FEEDBACK_SEPARATE_ATTRIBS, 3);
        assertThat(at(v2(filler(host(new GlVersion(3, 2), GlProfile.ES, llvmpipeEs(), limits()))),
                CapsField.MAX_STREAMOUT_BUFFERS)).isEqualTo(4);
        assertThat(at(v2(filler(host(new GlVersion(3, 2), GlProfile.ES, llvmpipeEs(), few))),
                CapsField.MAX_STREAMOUT_BUFFERS)).isZero();
    }

    @Test
    void aDesktopHostIsNoGlesHost() {
        ByteBuffer b = v2(filler(host(new GlVersion(4, 5), GlProfile.CORE, Set.of(), limits())));
        assertThat(at(b, CapsField.CAPABILITY_BITS) & CapabilityBit.HOST_IS_GLES.mask()).isZero();
        assertThat(at(b, CapsField.GLSL_LEVEL)).isEqualTo(450);
        assertThat(at(b, CapsField.MAX_ATOMIC_COUNTERS, 0)).isEqualTo(8);
        assertThat(at(b, CapsField.MAX_VERTEX_OUTPUTS)).isEqualTo(32);
    }
}
