package org.jvirgl.virgl.state;

import org.jvirgl.wire.format.FormatDesc;
import org.jvirgl.wire.format.FormatType;
import org.jvirgl.wire.format.VirglFormat;

/**
 * The few facts about a surface or view format that state derivation needs: alpha-less targets
 * get their DST_ALPHA blend factors rewritten (pitfall 22), sRGB targets toggle
 * GL_FRAMEBUFFER_SRGB (pitfall 24), integer targets take integer clears and no alpha test.
 */
public record FormatTraits(boolean hasAlpha, boolean srgb, boolean pureUint, boolean pureSint,
                           boolean depth, boolean stencil) {

    private static final FormatTraits UNKNOWN = new FormatTraits(true, false, false, false, false, false);

    public boolean pureInteger() {
        return pureUint || pureSint;
    }

    /** Classifies a VIRGL_FORMAT value (unknown values read as plain RGBA). */
    public static FormatTraits of(int virglFormat) {
        FormatDesc d = VirglFormat.describe(virglFormat).orElse(null);
        if (d == null) {
            return UNKNOWN;
        }
        return new FormatTraits(d.hasAlpha(), d.isSrgb(), d.type() == FormatType.UINT, d.type() == FormatType.SINT,
            d.hasDepth(), d.hasStencil());
    }
}
