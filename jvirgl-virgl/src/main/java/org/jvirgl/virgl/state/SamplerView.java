package org.jvirgl.virgl.state;

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
 * @param borderRemap  which guest channel each host channel c holds, two bits at 2c
 *                     ({@link SamplerObject#IDENTITY_REMAP} for formats stored as they are):
 *                     selects the sampler's border colour twin
 * @param storageHold  lets go of the resource's storage, which the view keeps alive until it is
 *                     destroyed (the view may sample the resource's own texture, and the guest may
 *                     destroy the resource first)
 */
public record SamplerView(int resHandle, int texture, int compareTexture, boolean ownsTexture, int glTarget,
                          int pipeTarget, int format, int firstLevel, int lastLevel,
                          int[] swizzle, boolean integer, int borderRemap, Runnable storageHold)
        implements GuestObject {

    @Override
    public int objectType() {
        return VirglObjectType.SAMPLER_VIEW;
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
