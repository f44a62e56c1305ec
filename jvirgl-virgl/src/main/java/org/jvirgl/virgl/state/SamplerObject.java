package org.jvirgl.virgl.state;

import org.jvirgl.wire.VirglObjectType;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.wire.state.SamplerState;

/**
 * A SAMPLER_STATE object backed by a GL sampler object. {@code compareMode} is kept because
 * shadow sampling must agree with the shader's sampler type (pitfall 30).
 */
public record SamplerObject(int glSampler, SamplerState state) implements GuestObject {

    private static final int GL_TEXTURE_MAX_ANISOTROPY = 0x84FE;

    /** Creates the GL sampler; null when a wrap mode or filter is outside Gallium's range. */
    public static SamplerObject create(SamplerState s, int[] scratch4) {
        int wrapS = GalliumGl.wrap(s.wrapS());
        int wrapT = GalliumGl.wrap(s.wrapT());
        int wrapR = GalliumGl.wrap(s.wrapR());
        int minFilter = GalliumGl.minFilter(s.minImgFilter(), s.minMipFilter());
        if (wrapS == 0 || wrapT == 0 || wrapR == 0 || minFilter == 0) {
            return null;
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
        glSamplerParameteri(sampler, GL_TEXTURE_CUBE_MAP_SEAMLESS, s.seamlessCubeMap() ? 1 : 0);
        if (s.maxAnisotropy() > 1) {
            glSamplerParameterf(sampler, GL_TEXTURE_MAX_ANISOTROPY, s.maxAnisotropy());
        }
        // Border colours travel as raw bits; the integer form keeps them exact for float,
        // int and uint textures alike.
        for (int i = 0; i < 4; i++) {
            scratch4[i] = s.borderColor().word(i);
        }
        glSamplerParameterIuiv(sampler, GL_TEXTURE_BORDER_COLOR, scratch4);
        return new SamplerObject(sampler, s);
    }

    @Override
    public int objectType() {
        return VirglObjectType.SAMPLER_STATE;
    }

    @Override
    public void release() {
        glDeleteSamplers(glSampler);
    }
}
