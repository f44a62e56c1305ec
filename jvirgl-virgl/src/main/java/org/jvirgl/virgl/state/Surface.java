package org.jvirgl.virgl.state;

/**
 * A SURFACE object: one level (and layer range) of a resource as a render target. It keeps the
 * GL names and sizes it needs, so attaching it never looks the resource up again.
 *
 * @param texture   GL texture name (0 for a buffer surface, which GL cannot render to)
 * @param glTarget  GL target of that texture
 * @param traits    what blending, sRGB and clears need to know about {@code format}
 */
public record Surface(int resHandle, int texture, int glTarget, int format, int level,
                      int firstLayer, int lastLayer, int width, int height, int samples,
                      boolean y0Top, FormatTraits traits) implements GuestObject {

    public boolean layered() {
        return lastLayer > firstLayer;
    }

    @Override
    public int objectType() {
        return ObjectType.SURFACE;
    }
}
