package org.jvirgl.virgl.state;

import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.VirglObjectType;

/**
 * A SURFACE object: one level (and layer range) of a resource as a render target. It keeps the
 * GL names and sizes it needs, so attaching it never looks the resource up again.
 *
 * @param texture   GL texture name (0 for a buffer surface, which GL cannot render to)
 * @param glTarget  GL target of that texture
 * @param ownsTexture whether {@code texture} is a GL view this object created (and frees)
 * @param traits    what blending, sRGB and clears need to know about {@code format}
 * @param alphaInRed an alpha-only format the host stores in red (A8 as R8): outputs, colour
 *                  masks, blend factors and clear colours move alpha to red (pitfall 23)
 * @param storageHold lets go of the resource's storage, which the surface keeps alive until it
 *                  is destroyed (it may attach the resource's own texture), as vrend's surfaces do
 */
public record Surface(int resHandle, int texture, int glTarget, int format, int level,
                      int firstLayer, int lastLayer, int width, int height, int samples,
                      boolean y0Top, FormatTraits traits, boolean ownsTexture,
                      boolean alphaInRed, Runnable storageHold) implements GuestObject {

    public boolean layered() {
        return lastLayer > firstLayer;
    }

    /** Whether {@code glTarget} has layers (array, 3D, cube): one of them is attached by index. */
    public static boolean isLayeredTarget(int glTarget) {
        return glTarget == GL_TEXTURE_2D_ARRAY || glTarget == GL_TEXTURE_1D_ARRAY || glTarget == GL_TEXTURE_3D
            || glTarget == GL_TEXTURE_CUBE_MAP || glTarget == GL_TEXTURE_CUBE_MAP_ARRAY
            || glTarget == GL_TEXTURE_2D_MULTISAMPLE_ARRAY;
    }

    @Override
    public int objectType() {
        return VirglObjectType.SURFACE;
    }

    @Override
    public void release(GlNames names) {
        if (ownsTexture) {
            names.deleteTexture(texture);
        }
        storageHold.run();
    }
}
