package org.jvirgl.virgl.state;

import org.jvirgl.shader.glsl.ShaderKey;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.VirglObjectType;

/**
 * A SAMPLER_VIEW object. {@code texture} is what gets bound: a GL texture view owned by this
 * object ({@code ownsTexture}), the resource's own texture, or a buffer texture for TBOs.
 *
 * @param compareTexture what shadow samplers bind: the same as {@code texture}, or for a depth
 *                     view with a non-identity swizzle a second, unswizzled view owned by this
 *                     object (the shader applies the swizzle to the comparison result instead)
 * @param glTarget     target to bind {@code texture} with
 * @param pipeTarget   Gallium target of the view (shader keys compare it with TGSI targets)
 * @param swizzle      GL swizzle r, g, b, a (applied on the texture when it is a view)
 * @param bufferSwizzle for a buffer texture whose swizzle is not the identity (GL applies none
 *                     to buffer textures, so the shader must): the swizzle as the shader key
 *                     packs it ({@link ShaderKey#bufferSwizzle}); otherwise {@link #NO_BUFFER_SWIZZLE}
 * @param borderRemap  which guest channel each host channel c holds, two bits at 2c
 *                     ({@link SamplerObject#IDENTITY_REMAP} for formats stored as they are):
 *                     selects the sampler's border colour twin
 * @param storageHold  lets go of the resource's storage, which the view keeps alive until it is
 *                     destroyed (the view may sample the resource's own texture, and the guest may
 *                     destroy the resource first)
 */
public record SamplerView(int resHandle, int texture, int compareTexture, boolean ownsTexture, int glTarget,
                          int pipeTarget, int format, int firstLevel, int lastLevel,
                          int[] swizzle, boolean integer, int borderRemap, int bufferSwizzle, Runnable storageHold)
        implements GuestObject {

    @Override
    public int objectType() {
        return VirglObjectType.SAMPLER_VIEW;
    }

    /** No channels to move: {@link #bufferSwizzle()} of a view GL reads as stored. */
    public static final int NO_BUFFER_SWIZZLE = -1;

    /** The packed buffer swizzle of pipe selectors {@code swizzle}, or none for the identity. */
    public static int bufferSwizzle(int[] swizzle) {
        boolean identity = swizzle[0] == 0 && swizzle[1] == 1 && swizzle[2] == 2 && swizzle[3] == 3;
        return identity ? NO_BUFFER_SWIZZLE : ShaderKey.bufferSwizzle(swizzle[0], swizzle[1], swizzle[2], swizzle[3]);
    }

    /** The bound view's {@link #bufferSwizzle()}, or none for an empty slot. */
    public static int bufferSwizzle(SamplerView view) {
        return view == null ? NO_BUFFER_SWIZZLE : view.bufferSwizzle();
    }

    @Override
    public void release(GlNames names) {
        if (ownsTexture) {
            names.deleteTexture(texture);
        }
        if (compareTexture != texture) {
            names.deleteTexture(compareTexture);
        }
        storageHold.run();
    }
}
