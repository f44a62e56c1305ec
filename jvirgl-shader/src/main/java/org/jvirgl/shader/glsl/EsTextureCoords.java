package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.TextureTarget;

/**
 * Coordinates for the texture targets GLSL ES lacks, sampled through the stand-ins
 * {@link Resources#esTarget} declares: a 1D texture is a one-row 2D texture read at
 * {@code t = 0.5} (the row's centre, whatever the t wrap mode), a 1D array a 2D array of such
 * rows, and a rectangle a 2D texture whose unnormalised coordinates are divided by its size.
 * Coordinate expressions are repeated rather than stored: they are plain register reads.
 */
final class EsTextureCoords {
    private EsTextureCoords() {
    }

    /** Whether {@code t} is sampled through a stand-in on GLSL ES. */
    static boolean emulated(TextureTarget t) {
        return switch (t) {
            case TEX_1D, SHADOW_1D, TEX_1D_ARRAY, SHADOW_1D_ARRAY, RECT, SHADOW_RECT -> true;
            default -> false;
        };
    }

    private static String size(String sampler) {
        return "vec2(textureSize(" + sampler + ", 0))";
    }

    /**
     * The coordinate vector for texture()/textureLod()/textureOffset()... on the stand-in.
     * {@code c} has {@link TextureEmitter#coordWidth} components of the guest target, or four
     * (x, y, z, q) when {@code projective}: the divide is done here, since the stand-in's
     * extra row coordinate must not be divided.
     */
    static String sample(TextureTarget t, String sampler, String c, boolean projective) throws ShaderTranslationException {
        String v = "(" + c + ")";
        String x = projective ? "(" + v + ".x / " + v + ".w)" : v + ".x";
        String z = projective ? "(" + v + ".z / " + v + ".w)" : v + ".z";
        return switch (t) {
            case TEX_1D -> "vec2(" + (projective ? x : v) + ", 0.5)";
            case SHADOW_1D -> "vec3(" + x + ", 0.5, " + z + ")";
            case RECT -> projective ? "(" + v + ".xy / " + v + ".w / " + size(sampler) + ")"
                    : "(" + v + " / " + size(sampler) + ")";
            case SHADOW_RECT -> projective
                    ? "vec3(" + v + ".xy / " + v + ".w / " + size(sampler) + ", " + z + ")"
                    : "vec3(" + v + ".xy / " + size(sampler) + ", " + z + ")";
            case TEX_1D_ARRAY -> {
                ShaderScan.check(!projective, "projective lookup on an array texture");
                yield "vec3(" + v + ".x, 0.5, " + v + ".y)";
            }
            case SHADOW_1D_ARRAY -> {
                ShaderScan.check(!projective, "projective lookup on an array texture");
                yield "vec4(" + v + ".x, 0.5, " + v + ".y, " + v + ".z)";
            }
            default -> c;
        };
    }

    /** An explicit gradient ({@link TextureEmitter#spatialDims} components) on the stand-in. */
    static String gradient(TextureTarget t, String sampler, String d) {
        return switch (t) {
            case TEX_1D, SHADOW_1D, TEX_1D_ARRAY, SHADOW_1D_ARRAY -> "vec2(" + d + ", 0.0)";
            case RECT, SHADOW_RECT -> "(" + d + " / " + size(sampler) + ")";
            default -> d;
        };
    }

    /** A texel offset on the stand-in: 1D offsets gain a zero row offset. */
    static String offset(TextureTarget t, String offset) {
        return switch (t) {
            case TEX_1D, SHADOW_1D, TEX_1D_ARRAY, SHADOW_1D_ARRAY -> "ivec2(" + offset + ", 0)";
            default -> offset;
        };
    }

    /** An integer texel coordinate ({@code c} with the guest target's components) on the stand-in. */
    static String texel(TextureTarget t, String c) {
        return switch (t) {
            case TEX_1D, SHADOW_1D -> "ivec2(" + c + ", 0)";
            case TEX_1D_ARRAY, SHADOW_1D_ARRAY -> "ivec3((" + c + ").x, 0, (" + c + ").y)";
            default -> c;
        };
    }
}
