package org.jvirgl.virgl.state;

/**
 * The few facts about a surface format that state derivation needs: alpha-less targets get
 * their DST_ALPHA blend factors rewritten (pitfall 22), sRGB targets toggle
 * GL_FRAMEBUFFER_SRGB (pitfall 24), integer targets take integer clears and no alpha test.
 */
public record FormatTraits(boolean hasAlpha, boolean srgb, boolean pureUint, boolean pureSint,
                           boolean depth, boolean stencil) {

    public static final FormatTraits RGBA_UNORM = new FormatTraits(true, false, false, false, false, false);

    public boolean pureInteger() {
        return pureUint || pureSint;
    }
}
