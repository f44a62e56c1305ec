package org.jvirgl.wire.caps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumSet;

import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.ShaderStage;
import org.junit.jupiter.api.Test;

class VirglCapsTest {

    private static int u32(byte[] bytes, int offset) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
    }

    @Test
    void fieldsTileTheStructWithoutGapsOrOverlaps() {
        int expected = 0;
        for (CapsField f : CapsField.values()) {
            assertThat(f.offset()).as(f.name()).isEqualTo(expected);
            expected = f.end();
        }
        assertThat(expected).isEqualTo(VirglCaps.V2_EXTENDED_SIZE);
        assertThat(CapsField.MAX_TEXTURE_GATHER_COMPONENTS.end()).isEqualTo(VirglCaps.V1_SIZE);
        assertThat(CapsField.MAX_UNIFORM_BLOCK_SIZE.end()).isEqualTo(VirglCaps.V2_SIZE);
    }

    @Test
    void keyOffsetsMatchTheProtocolReference() {
        assertThat(CapsField.BSET.offset()).isEqualTo(260);
        assertThat(CapsField.GLSL_LEVEL.offset()).isEqualTo(264);
        assertThat(CapsField.CAPABILITY_BITS.offset()).isEqualTo(392);
        assertThat(CapsField.HOST_FEATURE_CHECK_VERSION.offset()).isEqualTo(556);
        assertThat(CapsField.CAPABILITY_BITS_V2.offset()).isEqualTo(688);
        assertThat(CapsField.RENDERER.offset()).isEqualTo(696);
        assertThat(CapsField.MAX_TEXTURE_SAMPLERS.offset()).isEqualTo(764);
        assertThat(CapsField.MAX_CONST_BUFFER_SIZE.offset()).isEqualTo(832);
        assertThat(CapsField.MAX_UNIFORM_BLOCK_SIZE.offset()).isEqualTo(1372);
    }

    @Test
    void v1RepliesAre308BytesWithMaxVersion1AndV2Replies1376WithMaxVersion2() {
        VirglCaps caps = new VirglCaps().set(CapsField.GLSL_LEVEL, 450).set(CapsField.MAX_VERTEX_ATTRIBS, 16);
        byte[] v1 = caps.v1();
        assertThat(v1).hasSize(308);
        assertThat(u32(v1, 0)).isEqualTo(1);
        assertThat(u32(v1, 264)).isEqualTo(450);
        byte[] v2 = caps.v2();
        assertThat(v2).hasSize(1376);
        assertThat(u32(v2, 0)).isEqualTo(2);
        assertThat(u32(v2, 356)).isEqualTo(16);
        assertThat(caps.bytes(VirglCaps.V2_EXTENDED_SIZE, 2)).hasSize(1408);
        assertThatThrownBy(() -> caps.bytes(1000, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capabilityBitsByNameReproduceWhat0104ReportsOnLlvmpipe() {
        VirglCaps caps = new VirglCaps();
        EnumSet<CapabilityBit> bits = EnumSet.allOf(CapabilityBit.class);
        bits.removeAll(EnumSet.of(CapabilityBit.HOST_IS_GLES, CapabilityBit.BGRA_SRGB_IS_EMULATED,
                CapabilityBit.ARB_BUFFER_STORAGE));
        caps.enable(bits.toArray(CapabilityBit[]::new));
        caps.enable(CapabilityBitV2.BLEND_EQUATION, CapabilityBitV2.UNTYPED_RESOURCE, CapabilityBitV2.STRING_MARKER,
                CapabilityBitV2.COPY_TRANSFER_BOTH_DIRECTIONS, CapabilityBitV2.SSO, CapabilityBitV2.TEXTURE_SHADOW_LOD);
        byte[] v2 = caps.v2();
        assertThat(u32(v2, 392)).isEqualTo(0x5ff7ffff);
        assertThat(u32(v2, 688)).isEqualTo(0x693);
        assertThat(caps.has(CapabilityBit.TRANSFER)).isTrue();
        assertThat(caps.has(CapabilityBit.HOST_IS_GLES)).isFalse();
    }

    @Test
    void boolSetBitsFollowTheStructOrder() {
        VirglCaps caps = new VirglCaps().enable(BoolCap.INDEP_BLEND_ENABLE, BoolCap.UBO,
                BoolCap.TRANSFORM_FEEDBACK_OVERFLOW_QUERY);
        assertThat(caps.get(CapsField.BSET)).isEqualTo(1 | 1 << 18 | 1 << 31);
        assertThat(caps.has(BoolCap.UBO)).isTrue();
        assertThat(caps.has(BoolCap.HAS_FP64)).isFalse();
    }

    @Test
    void formatMasksSetBitFormatMod32OfWordFormatDiv32() {
        VirglCaps caps = new VirglCaps();
        caps.formats(CapsField.SAMPLER_FORMATS).add(VirglFormat.B8G8R8X8_UNORM, VirglFormat.R8G8B8A8_UNORM,
                VirglFormat.R32G32B32A32_SINT);
        byte[] v1 = caps.v1();
        assertThat(u32(v1, 4)).isEqualTo(1 << 2);
        assertThat(u32(v1, 4 + 4 * 2)).isEqualTo(1 << (67 - 64));
        assertThat(u32(v1, 4 + 4 * (200 / 32))).isEqualTo(1 << (200 % 32));
        assertThat(caps.formats(CapsField.SAMPLER_FORMATS).contains(VirglFormat.R8G8B8A8_UNORM)).isTrue();
        assertThat(caps.formats(CapsField.RENDER_FORMATS).contains(VirglFormat.R8G8B8A8_UNORM)).isFalse();
        assertThatThrownBy(() -> caps.formats(CapsField.GLSL_LEVEL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perStageArraysUseWireStageOrder() {
        VirglCaps caps = new VirglCaps().set(CapsField.MAX_CONST_BUFFER_SIZE, ShaderStage.FRAGMENT, 65536)
                .set(CapsField.MAX_ATOMIC_COUNTERS, ShaderStage.COMPUTE, 8);
        byte[] v2 = caps.v2();
        assertThat(u32(v2, 832 + 4)).isEqualTo(65536);
        assertThat(u32(v2, 500 + 20)).isEqualTo(8);
        assertThatThrownBy(() -> caps.set(CapsField.MAX_ATOMIC_COUNTERS, 6, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void floatsAndSignedOffsetsLandWhereTheGuestReadsThem() {
        VirglCaps caps = new VirglCaps().setFloat(CapsField.MAX_ALIASED_POINT_SIZE, 255.0f)
                .setFloat(CapsField.MAX_ANISOTROPY, 16.0f).set(CapsField.MIN_TEXEL_OFFSET, -8);
        byte[] v2 = caps.v2();
        assertThat(Float.intBitsToFloat(u32(v2, 312))).isEqualTo(255.0f);
        assertThat(Float.intBitsToFloat(u32(v2, 760))).isEqualTo(16.0f);
        assertThat(u32(v2, 364)).isEqualTo(-8);
        assertThatThrownBy(() -> caps.set(CapsField.MAX_ANISOTROPY, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRendererStringIsNulTerminatedAndTruncatedTo63Bytes() {
        VirglCaps caps = new VirglCaps().renderer("LLVMPIPE (LLVM 15.0.6, 256 bits)");
        byte[] v2 = caps.v2();
        assertThat(new String(v2, 696, 32, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("LLVMPIPE (LLVM 15.0.6, 256 bits)");
        assertThat(v2[696 + 32]).isZero();
        caps.renderer("x".repeat(100));
        assertThat(caps.renderer()).hasSize(63);
        assertThat(caps.v2()[696 + 63]).isZero();
    }

    @Test
    void capsReadBackFromBytesRoundTrip() {
        VirglCaps caps = new VirglCaps().set(CapsField.HOST_FEATURE_CHECK_VERSION, 15).renderer("jvirgl");
        VirglCaps copy = VirglCaps.read(caps.v2());
        assertThat(copy.get(CapsField.HOST_FEATURE_CHECK_VERSION)).isEqualTo(15);
        assertThat(copy.renderer()).isEqualTo("jvirgl");
        assertThat(copy.get(CapsField.MAX_VERSION)).isEqualTo(2);
    }
}
