package org.jvirgl.virgl.format;

import static org.jvirgl.virgl.format.Swizzle.IDENTITY;
import static org.jvirgl.virgl.format.Swizzle.OOOR;
import static org.jvirgl.virgl.format.Swizzle.RGB1;
import static org.jvirgl.virgl.format.Swizzle.RRR1;
import static org.lwjgl.opengl.GL46C.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate host mapping of every guest format the backend supports on a desktop GL or
 * GLES host (the facts of vrend_formats.c, 0.10.4). Which candidates survive is decided per
 * host by {@link GlFormatProbe}: a candidate whose storage or client format/type the host
 * refuses (GL_BGRA, GL_ABGR, GL_ALPHA8, 3_3_2 … on ES) is simply not offered, unless a later
 * candidate for the same format works. Formats are named as in {@code virgl_hw.h} and resolved
 * through the wire module's format table, so no format number is repeated here.
 */
final class FormatEntries {

    /** What host support a group of candidates needs before it is probed at all. */
    enum Group {
        /** Any host. */
        COMMON,
        /** Desktop GL hosts only (BGRA client data converted by GL). */
        DESKTOP,
        /** GLES hosts only (their stand-ins for what desktop GL converts or stores). */
        GLES,
        S3TC,
        /** sRGB S3TC: with S3TC on desktop GL, EXT_texture_compression_s3tc_srgb on ES. */
        S3TC_SRGB,
        RGTC,
        BPTC,
        /** ETC2/EAC: core in ES 3.0; offered on GLES hosts only, as vrend does. */
        ETC2,
        /** ASTC LDR: offered on GLES hosts with KHR_texture_compression_astc_ldr only, as vrend does. */
        ASTC
    }

    /**
     * One candidate: the guest format by name, the GL triple plus sampling swizzle, and whether
     * transfers must exchange each pixel's red and blue channels (guest BGR data kept in RGBA
     * storage on GLES hosts, as vrend does: ES has no BGRA-to-RGBA conversion on upload).
     */
    record Entry(String name, int internalFormat, int format, int type, Swizzle swizzle, Group group,
            boolean swapRedBlue) {

        Entry(String name, int internalFormat, int format, int type, Swizzle swizzle, Group group) {
            this(name, internalFormat, format, type, swizzle, group, false);
        }
    }

    // Compatibility-profile and extension enums LWJGL's core classes lack.
    static final int GL_ALPHA8 = 0x803C;
    static final int GL_ALPHA16 = 0x803E;
    static final int GL_LUMINANCE_ALPHA = 0x190A;
    static final int GL_LUMINANCE_ALPHA16F = 0x881F;
    static final int GL_LUMINANCE_ALPHA32F = 0x8819;
    static final int GL_LUMINANCE_ALPHA_INTEGER = 0x8D9D;
    static final int GL_LUMINANCE_ALPHA8UI = 0x8D81;
    static final int GL_LUMINANCE_ALPHA8I = 0x8D93;
    static final int GL_LUMINANCE_ALPHA16UI = 0x8D7B;
    static final int GL_LUMINANCE_ALPHA16I = 0x8D8D;
    static final int GL_LUMINANCE_ALPHA32UI = 0x8D75;
    static final int GL_LUMINANCE_ALPHA32I = 0x8D87;
    static final int GL_ALPHA8_SNORM = 0x9014;
    static final int GL_LUMINANCE8_ALPHA8_SNORM = 0x9016;
    static final int GL_ALPHA16_SNORM = 0x9018;
    static final int GL_LUMINANCE16_ALPHA16_SNORM = 0x901A;
    static final int GL_SR8 = 0x8FBD;
    static final int GL_SRG8 = 0x8FBE;
    static final int GL_ABGR = 0x8000;
    static final int GL_COMPRESSED_RGB_S3TC_DXT1 = 0x83F0;
    static final int GL_COMPRESSED_RGBA_S3TC_DXT1 = 0x83F1;
    static final int GL_COMPRESSED_RGBA_S3TC_DXT3 = 0x83F2;
    static final int GL_COMPRESSED_RGBA_S3TC_DXT5 = 0x83F3;
    static final int GL_COMPRESSED_SRGB_S3TC_DXT1 = 0x8C4C;
    static final int GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT1 = 0x8C4D;
    static final int GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT3 = 0x8C4E;
    static final int GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT5 = 0x8C4F;

    private FormatEntries() {
    }

    private static Entry e(String name, int internal, int format, int type, Swizzle swizzle) {
        return new Entry(name, internal, format, type, swizzle, Group.COMMON);
    }

    private static Entry e(String name, int internal, int format, int type) {
        return e(name, internal, format, type, IDENTITY);
    }

    private static Entry g(Group group, String name, int internal, int format, int type) {
        return new Entry(name, internal, format, type, IDENTITY, group);
    }

    /** A GLES stand-in whose guest data has red and blue exchanged relative to its storage. */
    private static Entry bgrOnEs(String name, int internal, int type, Swizzle swizzle) {
        return new Entry(name, internal, GL_RGBA, type, swizzle, Group.GLES, true);
    }

    // KHR_texture_compression_astc_ldr: the 14 block sizes in enum order, linear then sRGB.
    private static final String[] ASTC_BLOCKS = {
        "4x4", "5x4", "5x5", "6x5", "6x6", "8x5", "8x6", "8x8", "10x5", "10x6", "10x8", "10x10", "12x10", "12x12",
    };
    static final int GL_COMPRESSED_RGBA_ASTC_4x4 = 0x93B0;
    static final int GL_COMPRESSED_SRGB8_ALPHA8_ASTC_4x4 = 0x93D0;

    /** Every candidate, in probe order (a later entry for the same format does not replace one that worked). */
    static final List<Entry> ALL = withEsCompressed(List.of(
            // plain RGBA
            e("R8G8B8X8_UNORM", GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, RGB1),
            e("R8G8B8A8_UNORM", GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE),
            e("A8R8G8B8_UNORM", GL_RGBA8, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8),
            e("X8R8G8B8_UNORM", GL_RGBA8, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8),
            e("A8B8G8R8_UNORM", GL_RGBA8, GL_ABGR, GL_UNSIGNED_BYTE),
            e("B4G4R4X4_UNORM", GL_RGBA4, GL_BGRA, GL_UNSIGNED_SHORT_4_4_4_4_REV, RGB1),
            e("A4B4G4R4_UNORM", GL_RGBA4, GL_RGBA, GL_UNSIGNED_SHORT_4_4_4_4),
            e("B5G5R5X1_UNORM", GL_RGB5_A1, GL_BGRA, GL_UNSIGNED_SHORT_1_5_5_5_REV, RGB1),
            e("B5G6R5_UNORM", GL_RGB565, GL_RGB, GL_UNSIGNED_SHORT_5_6_5),
            e("B2G3R3_UNORM", GL_R3_G3_B2, GL_RGB, GL_UNSIGNED_BYTE_3_3_2),
            e("R16G16B16X16_UNORM", GL_RGBA16, GL_RGBA, GL_UNSIGNED_SHORT, RGB1),
            e("R16G16B16A16_UNORM", GL_RGBA16, GL_RGBA, GL_UNSIGNED_SHORT),
            // depth / stencil
            e("Z16_UNORM", GL_DEPTH_COMPONENT16, GL_DEPTH_COMPONENT, GL_UNSIGNED_SHORT),
            e("Z32_UNORM", GL_DEPTH_COMPONENT32, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT),
            e("S8_UINT_Z24_UNORM", GL_DEPTH24_STENCIL8, GL_DEPTH_STENCIL, GL_UNSIGNED_INT_24_8),
            e("Z24X8_UNORM", GL_DEPTH_COMPONENT24, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT),
            e("Z32_FLOAT", GL_DEPTH_COMPONENT32F, GL_DEPTH_COMPONENT, GL_FLOAT),
            e("Z32_FLOAT_S8X24_UINT", GL_DEPTH32F_STENCIL8, GL_DEPTH_STENCIL, GL_FLOAT_32_UNSIGNED_INT_24_8_REV),
            e("X24S8_UINT", GL_STENCIL_INDEX8, GL_STENCIL_INDEX, GL_UNSIGNED_BYTE),
            // luminance / alpha (GL_ALPHA* exist on compatibility hosts only; see CORE_FALLBACKS).
            // A GLES host gets the red stand-in too, though Mesa's ES takes GL_ALPHA8 through
            // OES_required_internalformat: texture views and the sampling blit need a sized colour format.
            g(Group.DESKTOP, "A8_UNORM", GL_ALPHA8, GL_ALPHA, GL_UNSIGNED_BYTE),
            e("L8_UNORM", GL_R8, GL_RED, GL_UNSIGNED_BYTE, RRR1),
            g(Group.DESKTOP, "A16_UNORM", GL_ALPHA16, GL_ALPHA, GL_UNSIGNED_SHORT),
            e("L16_UNORM", GL_R16, GL_RED, GL_UNSIGNED_SHORT, RRR1),
            // float
            e("R16G16B16A16_FLOAT", GL_RGBA16F, GL_RGBA, GL_HALF_FLOAT),
            e("R32G32B32A32_FLOAT", GL_RGBA32F, GL_RGBA, GL_FLOAT),
            e("A16_FLOAT", GL_R16F, GL_RED, GL_HALF_FLOAT, OOOR),
            e("L16_FLOAT", GL_R16F, GL_RED, GL_HALF_FLOAT, RRR1),
            e("L16A16_FLOAT", GL_LUMINANCE_ALPHA16F, GL_LUMINANCE_ALPHA, GL_HALF_FLOAT),
            e("A32_FLOAT", GL_R32F, GL_RED, GL_FLOAT, OOOR),
            e("L32_FLOAT", GL_R32F, GL_RED, GL_FLOAT, RRR1),
            e("L32A32_FLOAT", GL_LUMINANCE_ALPHA32F, GL_LUMINANCE_ALPHA, GL_FLOAT),
            e("R16G16B16X16_FLOAT", GL_RGBA16F, GL_RGBA, GL_HALF_FLOAT, RGB1),
            e("R32G32B32_FLOAT", GL_RGB32F, GL_RGB, GL_FLOAT),
            // integer
            e("R8G8B8A8_UINT", GL_RGBA8UI, GL_RGBA_INTEGER, GL_UNSIGNED_BYTE),
            e("R8G8B8A8_SINT", GL_RGBA8I, GL_RGBA_INTEGER, GL_BYTE),
            e("R16G16B16A16_UINT", GL_RGBA16UI, GL_RGBA_INTEGER, GL_UNSIGNED_SHORT),
            e("R16G16B16A16_SINT", GL_RGBA16I, GL_RGBA_INTEGER, GL_SHORT),
            e("R32G32B32A32_UINT", GL_RGBA32UI, GL_RGBA_INTEGER, GL_UNSIGNED_INT),
            e("R32G32B32A32_SINT", GL_RGBA32I, GL_RGBA_INTEGER, GL_INT),
            e("A8_UINT", GL_R8UI, GL_RED_INTEGER, GL_UNSIGNED_BYTE, OOOR),
            e("L8_UINT", GL_R8UI, GL_RED_INTEGER, GL_UNSIGNED_BYTE, RRR1),
            e("L8A8_UINT", GL_LUMINANCE_ALPHA8UI, GL_LUMINANCE_ALPHA_INTEGER, GL_UNSIGNED_BYTE),
            e("A8_SINT", GL_R8I, GL_RED_INTEGER, GL_BYTE, OOOR),
            e("L8_SINT", GL_R8I, GL_RED_INTEGER, GL_BYTE, RRR1),
            e("L8A8_SINT", GL_LUMINANCE_ALPHA8I, GL_LUMINANCE_ALPHA_INTEGER, GL_BYTE),
            e("A16_UINT", GL_R16UI, GL_RED_INTEGER, GL_UNSIGNED_SHORT, OOOR),
            e("L16_UINT", GL_R16UI, GL_RED_INTEGER, GL_UNSIGNED_SHORT, RRR1),
            e("L16A16_UINT", GL_LUMINANCE_ALPHA16UI, GL_LUMINANCE_ALPHA_INTEGER, GL_UNSIGNED_SHORT),
            e("A16_SINT", GL_R16I, GL_RED_INTEGER, GL_SHORT, OOOR),
            e("L16_SINT", GL_R16I, GL_RED_INTEGER, GL_SHORT, RRR1),
            e("L16A16_SINT", GL_LUMINANCE_ALPHA16I, GL_LUMINANCE_ALPHA_INTEGER, GL_SHORT),
            e("A32_UINT", GL_R32UI, GL_RED_INTEGER, GL_UNSIGNED_INT, OOOR),
            e("L32_UINT", GL_R32UI, GL_RED_INTEGER, GL_UNSIGNED_INT, RRR1),
            e("L32A32_UINT", GL_LUMINANCE_ALPHA32UI, GL_LUMINANCE_ALPHA_INTEGER, GL_UNSIGNED_INT),
            e("A32_SINT", GL_R32I, GL_RED_INTEGER, GL_INT, OOOR),
            e("L32_SINT", GL_R32I, GL_RED_INTEGER, GL_INT, RRR1),
            e("L32A32_SINT", GL_LUMINANCE_ALPHA32I, GL_LUMINANCE_ALPHA_INTEGER, GL_INT),
            e("R8G8B8X8_UINT", GL_RGBA8UI, GL_RGBA_INTEGER, GL_UNSIGNED_BYTE, RGB1),
            e("R8G8B8X8_SINT", GL_RGBA8I, GL_RGBA_INTEGER, GL_BYTE, RGB1),
            e("R16G16B16X16_UINT", GL_RGBA16UI, GL_RGBA_INTEGER, GL_UNSIGNED_SHORT, RGB1),
            e("R16G16B16X16_SINT", GL_RGBA16I, GL_RGBA_INTEGER, GL_SHORT, RGB1),
            e("R32G32B32_UINT", GL_RGB32UI, GL_RGB_INTEGER, GL_UNSIGNED_INT),
            e("R32G32B32_SINT", GL_RGB32I, GL_RGB_INTEGER, GL_INT),
            // R / RG
            e("R8_UNORM", GL_R8, GL_RED, GL_UNSIGNED_BYTE),
            e("R8G8_UNORM", GL_RG8, GL_RG, GL_UNSIGNED_BYTE),
            e("R16_UNORM", GL_R16, GL_RED, GL_UNSIGNED_SHORT),
            e("R16G16_UNORM", GL_RG16, GL_RG, GL_UNSIGNED_SHORT),
            e("R8_UINT", GL_R8UI, GL_RED_INTEGER, GL_UNSIGNED_BYTE),
            e("R8G8_UINT", GL_RG8UI, GL_RG_INTEGER, GL_UNSIGNED_BYTE),
            e("R8_SINT", GL_R8I, GL_RED_INTEGER, GL_BYTE),
            e("R8G8_SINT", GL_RG8I, GL_RG_INTEGER, GL_BYTE),
            e("R16_UINT", GL_R16UI, GL_RED_INTEGER, GL_UNSIGNED_SHORT),
            e("R16G16_UINT", GL_RG16UI, GL_RG_INTEGER, GL_UNSIGNED_SHORT),
            e("R16_SINT", GL_R16I, GL_RED_INTEGER, GL_SHORT),
            e("R16G16_SINT", GL_RG16I, GL_RG_INTEGER, GL_SHORT),
            e("R32_UINT", GL_R32UI, GL_RED_INTEGER, GL_UNSIGNED_INT),
            e("R32G32_UINT", GL_RG32UI, GL_RG_INTEGER, GL_UNSIGNED_INT),
            e("R32_SINT", GL_R32I, GL_RED_INTEGER, GL_INT),
            e("R32G32_SINT", GL_RG32I, GL_RG_INTEGER, GL_INT),
            e("R16_FLOAT", GL_R16F, GL_RED, GL_HALF_FLOAT),
            e("R16G16_FLOAT", GL_RG16F, GL_RG, GL_HALF_FLOAT),
            e("R32_FLOAT", GL_R32F, GL_RED, GL_FLOAT),
            e("R32G32_FLOAT", GL_RG32F, GL_RG, GL_FLOAT),
            // snorm
            e("R8_SNORM", GL_R8_SNORM, GL_RED, GL_BYTE),
            e("R8G8_SNORM", GL_RG8_SNORM, GL_RG, GL_BYTE),
            e("R8G8B8A8_SNORM", GL_RGBA8_SNORM, GL_RGBA, GL_BYTE),
            e("R8G8B8X8_SNORM", GL_RGBA8_SNORM, GL_RGBA, GL_BYTE, RGB1),
            e("R16_SNORM", GL_R16_SNORM, GL_RED, GL_SHORT),
            e("R16G16_SNORM", GL_RG16_SNORM, GL_RG, GL_SHORT),
            e("R16G16B16A16_SNORM", GL_RGBA16_SNORM, GL_RGBA, GL_SHORT),
            e("R16G16B16X16_SNORM", GL_RGBA16_SNORM, GL_RGBA, GL_SHORT, RGB1),
            e("A8_SNORM", GL_ALPHA8_SNORM, GL_ALPHA, GL_BYTE),
            e("L8_SNORM", GL_R8_SNORM, GL_RED, GL_BYTE, RRR1),
            e("L8A8_SNORM", GL_LUMINANCE8_ALPHA8_SNORM, GL_LUMINANCE_ALPHA, GL_BYTE),
            e("A16_SNORM", GL_ALPHA16_SNORM, GL_ALPHA, GL_SHORT),
            e("L16_SNORM", GL_R16_SNORM, GL_RED, GL_SHORT, RRR1),
            e("L16A16_SNORM", GL_LUMINANCE16_ALPHA16_SNORM, GL_LUMINANCE_ALPHA, GL_SHORT),
            // compressed (sampled and read back, never rendered)
            g(Group.S3TC, "DXT1_RGB", GL_COMPRESSED_RGB_S3TC_DXT1, GL_RGB, GL_UNSIGNED_BYTE),
            g(Group.S3TC, "DXT1_RGBA", GL_COMPRESSED_RGBA_S3TC_DXT1, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.S3TC, "DXT3_RGBA", GL_COMPRESSED_RGBA_S3TC_DXT3, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.S3TC, "DXT5_RGBA", GL_COMPRESSED_RGBA_S3TC_DXT5, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.S3TC_SRGB, "DXT1_SRGB", GL_COMPRESSED_SRGB_S3TC_DXT1, GL_RGB, GL_UNSIGNED_BYTE),
            g(Group.S3TC_SRGB, "DXT1_SRGBA", GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT1, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.S3TC_SRGB, "DXT3_SRGBA", GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT3, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.S3TC_SRGB, "DXT5_SRGBA", GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT5, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.RGTC, "RGTC1_UNORM", GL_COMPRESSED_RED_RGTC1, GL_RED, GL_UNSIGNED_BYTE),
            g(Group.RGTC, "RGTC1_SNORM", GL_COMPRESSED_SIGNED_RED_RGTC1, GL_RED, GL_BYTE),
            g(Group.RGTC, "RGTC2_UNORM", GL_COMPRESSED_RG_RGTC2, GL_RG, GL_UNSIGNED_BYTE),
            g(Group.RGTC, "RGTC2_SNORM", GL_COMPRESSED_SIGNED_RG_RGTC2, GL_RG, GL_BYTE),
            g(Group.BPTC, "BPTC_RGBA_UNORM", GL_COMPRESSED_RGBA_BPTC_UNORM, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.BPTC, "BPTC_SRGBA", GL_COMPRESSED_SRGB_ALPHA_BPTC_UNORM, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.BPTC, "BPTC_RGB_FLOAT", GL_COMPRESSED_RGB_BPTC_SIGNED_FLOAT, GL_RGB, GL_UNSIGNED_BYTE),
            g(Group.BPTC, "BPTC_RGB_UFLOAT", GL_COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT, GL_RGB, GL_UNSIGNED_BYTE),
            // sRGB
            e("R8G8B8X8_SRGB", GL_SRGB8_ALPHA8, GL_RGBA, GL_UNSIGNED_BYTE, RGB1),
            e("R8G8B8A8_SRGB", GL_SRGB8_ALPHA8, GL_RGBA, GL_UNSIGNED_BYTE),
            e("L8_SRGB", GL_SR8, GL_RED, GL_UNSIGNED_BYTE, RRR1),
            e("R8_SRGB", GL_SR8, GL_RED, GL_UNSIGNED_BYTE),
            e("R8G8_SRGB", GL_SRG8, GL_RG, GL_UNSIGNED_BYTE),
            // 10-bit and packed float
            e("B10G10R10X2_UNORM", GL_RGB10_A2, GL_BGRA, GL_UNSIGNED_INT_2_10_10_10_REV, RGB1),
            e("B10G10R10A2_UNORM", GL_RGB10_A2, GL_BGRA, GL_UNSIGNED_INT_2_10_10_10_REV),
            e("B10G10R10A2_UINT", GL_RGB10_A2UI, GL_BGRA_INTEGER, GL_UNSIGNED_INT_2_10_10_10_REV),
            e("R10G10B10X2_UNORM", GL_RGB10_A2, GL_RGBA, GL_UNSIGNED_INT_2_10_10_10_REV, RGB1),
            e("R10G10B10A2_UNORM", GL_RGB10_A2, GL_RGBA, GL_UNSIGNED_INT_2_10_10_10_REV),
            e("R10G10B10A2_UINT", GL_RGB10_A2UI, GL_RGBA_INTEGER, GL_UNSIGNED_INT_2_10_10_10_REV),
            e("R11G11B10_FLOAT", GL_R11F_G11F_B10F, GL_RGB, GL_UNSIGNED_INT_10F_11F_11F_REV),
            e("R9G9B9E5_FLOAT", GL_RGB9_E5, GL_RGB, GL_UNSIGNED_INT_5_9_9_9_REV),
            // BGRA: desktop GL converts on transfer through the BGRA client format
            g(Group.DESKTOP, "B4G4R4A4_UNORM", GL_RGBA4, GL_BGRA, GL_UNSIGNED_SHORT_4_4_4_4_REV),
            g(Group.DESKTOP, "B5G5R5A1_UNORM", GL_RGB5_A1, GL_BGRA, GL_UNSIGNED_SHORT_1_5_5_5_REV),
            new Entry("B8G8R8X8_UNORM", GL_RGBA8, GL_BGRA, GL_UNSIGNED_BYTE, RGB1, Group.DESKTOP),
            g(Group.DESKTOP, "B8G8R8A8_UNORM", GL_RGBA8, GL_BGRA, GL_UNSIGNED_BYTE),
            new Entry("B8G8R8X8_SRGB", GL_SRGB8_ALPHA8, GL_BGRA, GL_UNSIGNED_BYTE, RGB1, Group.DESKTOP),
            g(Group.DESKTOP, "B8G8R8A8_SRGB", GL_SRGB8_ALPHA8, GL_BGRA, GL_UNSIGNED_BYTE),
            // GLES: BGR[AX]8 live as RGBA8 and transfers swap red and blue (vrend avoids
            // EXT_texture_format_BGRA8888 storage: it does not mix with sRGB views and
            // multisampling); the 10-bit BGR formats the same way with packed 10-bit fields.
            bgrOnEs("B8G8R8X8_UNORM", GL_RGBA8, GL_UNSIGNED_BYTE, RGB1),
            bgrOnEs("B8G8R8A8_UNORM", GL_RGBA8, GL_UNSIGNED_BYTE, IDENTITY),
            bgrOnEs("B8G8R8X8_SRGB", GL_SRGB8_ALPHA8, GL_UNSIGNED_BYTE, RGB1),
            bgrOnEs("B8G8R8A8_SRGB", GL_SRGB8_ALPHA8, GL_UNSIGNED_BYTE, IDENTITY),
            bgrOnEs("B10G10R10X2_UNORM", GL_RGB10_A2, GL_UNSIGNED_INT_2_10_10_10_REV, RGB1),
            bgrOnEs("B10G10R10A2_UNORM", GL_RGB10_A2, GL_UNSIGNED_INT_2_10_10_10_REV, IDENTITY),
            // GLES has no 32-bit normalized depth: Z32 is kept in 24 bits (vrend's choice too).
            new Entry("Z32_UNORM", GL_DEPTH_COMPONENT24, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT, IDENTITY, Group.GLES),
            g(Group.ETC2, "ETC2_RGB8", GL_COMPRESSED_RGB8_ETC2, GL_RGB, GL_UNSIGNED_BYTE),
            g(Group.ETC2, "ETC2_SRGB8", GL_COMPRESSED_SRGB8_ETC2, GL_RGB, GL_BYTE),
            g(Group.ETC2, "ETC2_RGB8A1", GL_COMPRESSED_RGB8_PUNCHTHROUGH_ALPHA1_ETC2, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.ETC2, "ETC2_SRGB8A1", GL_COMPRESSED_SRGB8_PUNCHTHROUGH_ALPHA1_ETC2, GL_RGBA, GL_BYTE),
            g(Group.ETC2, "ETC2_RGBA8", GL_COMPRESSED_RGBA8_ETC2_EAC, GL_RGBA, GL_UNSIGNED_BYTE),
            g(Group.ETC2, "ETC2_SRGBA8", GL_COMPRESSED_SRGB8_ALPHA8_ETC2_EAC, GL_RGBA, GL_BYTE),
            g(Group.ETC2, "ETC2_R11_UNORM", GL_COMPRESSED_R11_EAC, GL_RED, GL_UNSIGNED_BYTE),
            g(Group.ETC2, "ETC2_R11_SNORM", GL_COMPRESSED_SIGNED_R11_EAC, GL_RED, GL_BYTE),
            g(Group.ETC2, "ETC2_RG11_UNORM", GL_COMPRESSED_RG11_EAC, GL_RG, GL_UNSIGNED_BYTE),
            g(Group.ETC2, "ETC2_RG11_SNORM", GL_COMPRESSED_SIGNED_RG11_EAC, GL_RG, GL_BYTE)));

    private static List<Entry> withEsCompressed(List<Entry> entries) {
        List<Entry> all = new ArrayList<>(entries);
        for (int i = 0; i < ASTC_BLOCKS.length; i++) {
            all.add(g(Group.ASTC, "ASTC_" + ASTC_BLOCKS[i], GL_COMPRESSED_RGBA_ASTC_4x4 + i, GL_RGBA, GL_UNSIGNED_BYTE));
        }
        for (int i = 0; i < ASTC_BLOCKS.length; i++) {
            all.add(g(Group.ASTC, "ASTC_" + ASTC_BLOCKS[i] + "_SRGB", GL_COMPRESSED_SRGB8_ALPHA8_ASTC_4x4 + i, GL_RGBA,
                    GL_BYTE));
        }
        return List.copyOf(all);
    }

    /**
     * What a format whose candidate the host refused is stored as instead (core profiles have no
     * GL_ALPHA/LUMINANCE storage): A8/A16 in red, rendered with alpha moved into red, as vrend
     * does. Luminance-alpha and intensity get no such storage, as in vrend: a sample-only
     * emulation would make Mesa's state tracker choose it for GL_LUMINANCE*_ALPHA* and
     * GL_INTENSITY* textures an application may then attach to a framebuffer (incomplete), where
     * without it Mesa picks RGBA storage it renders and blends natively. On RG storage the guest's
     * alpha equation could not be given to green, so rendering them cannot be emulated exactly.
     */
    static final List<Entry> CORE_FALLBACKS = List.of(
            e("A8_UNORM", GL_R8, GL_RED, GL_UNSIGNED_BYTE, OOOR),
            e("A16_UNORM", GL_R16, GL_RED, GL_UNSIGNED_SHORT, OOOR));
}
