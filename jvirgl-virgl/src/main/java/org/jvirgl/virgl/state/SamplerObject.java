package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.TextureCalls.glCreateSamplers;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.gl.HostGl;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.state.RawColor;
import org.jvirgl.wire.state.SamplerState;

/**
 * A SAMPLER_STATE object backed by a GL sampler object. {@code compareMode} is kept because
 * shadow sampling must agree with the shader's sampler type (pitfall 30).
 *
 * <p>The border colour is in the guest format's channels, but GL applies the host texture
 * swizzle to it; a view whose format lives in other host channels (A8 stored as R8, swizzle
 * 000R) therefore needs the border colour moved into those channels. Such views ask for a
 * {@link SamplerView#borderRemap() remapped} twin GL sampler, made on first use and kept here.
 *
 * <p>Gallium's CLAMP wrap (GL_CLAMP) has no core-profile equivalent. With nearest filtering it
 * is CLAMP_TO_EDGE; with linear filtering it is CLAMP_TO_BORDER on a coordinate the shader
 * clamps to [0, 1], so {@link #legacyClampMask()} feeds the shader key.
 */
public final class SamplerObject implements GuestObject {

    private static final int GL_TEXTURE_MAX_ANISOTROPY = 0x84FE;
    private static final int PIPE_TEX_WRAP_CLAMP = 1;
    private static final int PIPE_TEX_FILTER_NEAREST = 0;
    /** Each host channel reads the guest channel of the same index. */
    public static final int IDENTITY_REMAP = 0 | 1 << 2 | 2 << 4 | 3 << 6;
    /** Remapped twins: at most a few per sampler (one per distinct host layout it meets). */
    private static final int MAX_TWINS = 4;

    private final int glSampler;
    private final SamplerState state;
    private final int legacyClampMask;
    private final int[] twinRemap = new int[MAX_TWINS];
    private final int[] twinSampler = new int[MAX_TWINS];
    private int twins;

    private SamplerObject(int glSampler, SamplerState state) {
        this.glSampler = glSampler;
        this.state = state;
        this.legacyClampMask = legacyClampMask(state);
    }

    /** Bit 0 s, 1 t, 2 r: coordinates whose CLAMP wrap is emulated as clamp-in-shader plus border. */
    private static int legacyClampMask(SamplerState s) {
        if (s.minImgFilter() == PIPE_TEX_FILTER_NEAREST || s.magImgFilter() == PIPE_TEX_FILTER_NEAREST) {
            return 0;
        }
        return (s.wrapS() == PIPE_TEX_WRAP_CLAMP ? 1 : 0) | (s.wrapT() == PIPE_TEX_WRAP_CLAMP ? 2 : 0)
            | (s.wrapR() == PIPE_TEX_WRAP_CLAMP ? 4 : 0);
    }

    /** See {@link #legacyClampMask(SamplerState)}; 0 for most samplers. */
    public int legacyClampMask() {
        return legacyClampMask;
    }

    /** The legacy-clamp mask of a possibly unbound sampler. */
    public static int legacyClampMask(SamplerObject s) {
        return s == null ? 0 : s.legacyClampMask;
    }

    /** Creates the GL sampler; null when a wrap mode or filter is outside Gallium's range. */
    public static SamplerObject create(SamplerState s, int[] scratch4) {
        int sampler = glSampler(s, s.borderColor(), scratch4);
        return sampler == 0 ? null : new SamplerObject(sampler, s);
    }

    private static int glSampler(SamplerState s, RawColor border, int[] scratch4) {
        int legacy = legacyClampMask(s);
        int wrapS = (legacy & 1) != 0 ? GL_CLAMP_TO_BORDER : GalliumGl.wrap(s.wrapS());
        int wrapT = (legacy & 2) != 0 ? GL_CLAMP_TO_BORDER : GalliumGl.wrap(s.wrapT());
        int wrapR = (legacy & 4) != 0 ? GL_CLAMP_TO_BORDER : GalliumGl.wrap(s.wrapR());
        int minFilter = GalliumGl.minFilter(s.minImgFilter(), s.minMipFilter());
        if (wrapS == 0 || wrapT == 0 || wrapR == 0 || minFilter == 0) {
            return 0;
        }
        int sampler = glCreateSamplers();
        glSamplerParameteri(sampler, GL_TEXTURE_WRAP_S, wrapS);
        glSamplerParameteri(sampler, GL_TEXTURE_WRAP_T, wrapT);
        glSamplerParameteri(sampler, GL_TEXTURE_WRAP_R, wrapR);
        glSamplerParameteri(sampler, GL_TEXTURE_MIN_FILTER, minFilter);
        glSamplerParameteri(sampler, GL_TEXTURE_MAG_FILTER, GalliumGl.magFilter(s.magImgFilter()));
        glSamplerParameteri(sampler, GL_TEXTURE_COMPARE_MODE, s.compareMode() ? GL_COMPARE_REF_TO_TEXTURE : GL_NONE);
        glSamplerParameteri(sampler, GL_TEXTURE_COMPARE_FUNC, GalliumGl.compareFunc(s.compareFunc()));
        glSamplerParameterf(sampler, GL_TEXTURE_LOD_BIAS, s.lodBias());
        glSamplerParameterf(sampler, GL_TEXTURE_MIN_LOD, s.minLod());
        glSamplerParameterf(sampler, GL_TEXTURE_MAX_LOD, s.maxLod());
        if (!HostGl.ES) { // ES cube maps are always seamless and have no switch
            glSamplerParameteri(sampler, GL_TEXTURE_CUBE_MAP_SEAMLESS, s.seamlessCubeMap() ? 1 : 0);
        }
        if (s.maxAnisotropy() > 1) {
            glSamplerParameterf(sampler, GL_TEXTURE_MAX_ANISOTROPY, s.maxAnisotropy());
        }
        // Border colours travel as raw bits; the integer form keeps them exact for float,
        // int and uint textures alike.
        for (int i = 0; i < 4; i++) {
            scratch4[i] = border.word(i);
        }
        glSamplerParameterIuiv(sampler, GL_TEXTURE_BORDER_COLOR, scratch4);
        return sampler;
    }

    public int glSampler() {
        return glSampler;
    }

    public SamplerState state() {
        return state;
    }

    /**
     * The GL sampler for a view whose host channel c holds guest channel
     * {@code (remap >>> 2c) & 3}: this sampler itself for the identity, else its twin with the
     * border colour moved accordingly.
     */
    public int glSampler(int remap) {
        if (remap == IDENTITY_REMAP) {
            return glSampler;
        }
        for (int i = 0; i < twins; i++) {
            if (twinRemap[i] == remap) {
                return twinSampler[i];
            }
        }
        if (twins == MAX_TWINS) {
            return glSampler; // more host layouts than any format table has: keep the plain border
        }
        RawColor b = state.borderColor();
        RawColor moved = new RawColor(b.word(remap & 3), b.word((remap >>> 2) & 3), b.word((remap >>> 4) & 3),
            b.word((remap >>> 6) & 3));
        int twin = glSampler(state, moved, new int[4]);
        twinRemap[twins] = remap;
        twinSampler[twins] = twin;
        twins++;
        return twin;
    }

    @Override
    public int objectType() {
        return VirglObjectType.SAMPLER_STATE;
    }

    @Override
    public void release(GlNames names) {
        names.deleteSampler(glSampler);
        for (int i = 0; i < twins; i++) {
            names.deleteSampler(twinSampler[i]);
        }
        twins = 0;
    }
}
