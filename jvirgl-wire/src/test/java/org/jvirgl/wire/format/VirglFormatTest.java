package org.jvirgl.wire.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.jvirgl.wire.gallium.PipeTexTarget;
import org.junit.jupiter.api.Test;

class VirglFormatTest {

    private static FormatDesc fmt(int value) {
        return VirglFormat.describe(value).orElseThrow();
    }

    @Test
    void everyNamedConstantMatchesTheGeneratedTable() throws IllegalAccessException {
        int checked = 0;
        for (Field f : VirglFormat.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class && !f.getName().equals("MAX")) {
                assertThat(VirglFormat.name(f.getInt(null))).as(f.getName()).isEqualTo(f.getName());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void theTableHoldsThe313DistinctFormatsOfVirglrenderer0104WithItsHoles() {
        assertThat(VirglFormat.all()).hasSize(313);
        // 0.10.4 declares 262-266 twice; the first meaning is the one later trees kept.
        assertThat(VirglFormat.name(263)).isEqualTo("G8R8_UNORM");
        assertThat(VirglFormat.isValid(73)).isFalse();
        assertThat(VirglFormat.isValid(86)).isFalse();
        assertThat(VirglFormat.isValid(VirglFormat.MAX)).isFalse();
        assertThat(VirglFormat.isValid(-1)).isFalse();
        assertThat(VirglFormat.name(321)).isEqualTo("R5G6B5_UNORM");
        assertThat(VirglFormat.lookup(Integer.MAX_VALUE)).isNull();
    }

    @Test
    void plainFormatsReportBlockBytesChannelsAndType() {
        FormatDesc bgrx = fmt(VirglFormat.B8G8R8X8_UNORM);
        assertThat(bgrx.blockBytes()).isEqualTo(4);
        assertThat(bgrx.channelCount()).isEqualTo(3);
        assertThat(bgrx.hasAlpha()).isFalse();
        assertThat(bgrx.type()).isEqualTo(FormatType.UNORM);
        assertThat(fmt(VirglFormat.B8G8R8A8_UNORM).hasAlpha()).isTrue();
        assertThat(fmt(VirglFormat.R32G32B32A32_FLOAT).blockBytes()).isEqualTo(16);
        assertThat(fmt(VirglFormat.R32G32B32A32_FLOAT).type()).isEqualTo(FormatType.FLOAT);
        assertThat(fmt(VirglFormat.R8G8B8A8_UINT).isPureInteger()).isTrue();
        assertThat(fmt(VirglFormat.R32_SINT).type()).isEqualTo(FormatType.SINT);
        assertThat(fmt(VirglFormat.R8G8B8A8_SRGB).type()).isEqualTo(FormatType.SRGB);
        assertThat(fmt(VirglFormat.R8G8B8_UNORM).blockBytes()).isEqualTo(3);
        assertThat(fmt(VirglFormat.R11G11B10_FLOAT).type()).isEqualTo(FormatType.FLOAT);
        assertThat(fmt(VirglFormat.NONE).type()).isEqualTo(FormatType.NONE);
        assertThat(VirglFormat.byName("R32_USCALED").orElseThrow().type()).isEqualTo(FormatType.USCALED);
    }

    @Test
    void depthStencilFormatsSayWhichComponentsTheyHave() {
        assertThat(fmt(VirglFormat.S8_UINT_Z24_UNORM).type()).isEqualTo(FormatType.DEPTH_STENCIL);
        assertThat(fmt(VirglFormat.Z24X8_UNORM).type()).isEqualTo(FormatType.DEPTH);
        assertThat(fmt(VirglFormat.S8_UINT).type()).isEqualTo(FormatType.STENCIL);
        assertThat(fmt(VirglFormat.Z32_FLOAT_S8X24_UINT).blockBytes()).isEqualTo(8);
        assertThat(fmt(VirglFormat.Z16_UNORM).blockBytes()).isEqualTo(2);
    }

    @Test
    void compressedFormatsUseBlocks() {
        FormatDesc dxt1 = fmt(VirglFormat.DXT1_RGB);
        assertThat(dxt1.isCompressed()).isTrue();
        assertThat(dxt1.blockBytes()).isEqualTo(8);
        assertThat(dxt1.stride(250)).isEqualTo(63 * 8);
        assertThat(dxt1.nblocksy(250)).isEqualTo(63);
        FormatDesc astc = VirglFormat.byName("ASTC_12x12_SRGB").orElseThrow();
        assertThat(astc.blockWidth()).isEqualTo(12);
        assertThat(astc.blockBytes()).isEqualTo(16);
        assertThat(astc.isSrgb()).isTrue();
    }

    @Test
    void strideOf250PixelsOfB8G8R8X8Is1000AndTheGuestBackingIs250000Bytes() {
        FormatDesc bgrx = fmt(VirglFormat.B8G8R8X8_UNORM);
        assertThat(bgrx.stride(250)).isEqualTo(1000);
        GuestLayout layout = GuestLayout.compute(bgrx, PipeTexTarget.TEXTURE_2D, 250, 250, 1, 1, 0, 0).orElseThrow();
        assertThat(layout.level(0).stride()).isEqualTo(1000);
        assertThat(layout.level(0).layerStride()).isEqualTo(250_000);
        assertThat(layout.totalSize()).isEqualTo(250_000);
    }

    @Test
    void mipLevelsFollowEachOtherWithoutPadding() {
        FormatDesc rgba = fmt(VirglFormat.R8G8B8A8_UNORM);
        GuestLayout layout = GuestLayout.compute(rgba, PipeTexTarget.TEXTURE_2D_ARRAY, 8, 4, 1, 3, 3, 0).orElseThrow();
        assertThat(layout.levels()).hasSize(4);
        assertThat(layout.level(0).offset()).isZero();
        assertThat(layout.level(1).offset()).isEqualTo(3 * 8 * 4 * 4);
        assertThat(layout.level(1).width()).isEqualTo(4);
        assertThat(layout.level(1).height()).isEqualTo(2);
        assertThat(layout.level(3).width()).isEqualTo(1);
        assertThat(layout.level(3).height()).isEqualTo(1);
        assertThat(layout.totalSize()).isEqualTo(3L * 4 * (32 + 8 + 2 + 1));
    }

    @Test
    void cubesStoreSixFacesAndThreeDTexturesTheirMinifiedDepth() {
        FormatDesc r8 = fmt(VirglFormat.R8_UNORM);
        assertThat(GuestLayout.compute(r8, PipeTexTarget.TEXTURE_CUBE, 4, 4, 1, 6, 0, 0).orElseThrow().totalSize())
                .isEqualTo(6 * 16);
        GuestLayout vol = GuestLayout.compute(r8, PipeTexTarget.TEXTURE_3D, 4, 4, 4, 1, 1, 0).orElseThrow();
        assertThat(vol.level(1).slices()).isEqualTo(2);
        assertThat(vol.totalSize()).isEqualTo(64 + 2 * 4);
    }

    @Test
    void multisampledResourcesHaveNoGuestStorage() {
        FormatDesc rgba = fmt(VirglFormat.R8G8B8A8_UNORM);
        assertThat(GuestLayout.compute(rgba, PipeTexTarget.TEXTURE_2D, 64, 64, 1, 1, 0, 4).orElseThrow().totalSize())
                .isZero();
    }

    @Test
    void hostileGuestSizesYieldNoLayoutInsteadOfOverflowing() {
        FormatDesc rgba32 = fmt(VirglFormat.R32G32B32A32_FLOAT);
        assertThat(GuestLayout.compute(rgba32, PipeTexTarget.TEXTURE_2D_ARRAY, -1, -1, 1, -1, 0, 0)).isEmpty();
        assertThat(GuestLayout.compute(rgba32, 9, 1, 1, 1, 1, 0, 0)).isEmpty();
        assertThat(GuestLayout.compute(rgba32, PipeTexTarget.TEXTURE_2D, 1, 1, 1, 1, 40, 0)).isEmpty();
    }
}
