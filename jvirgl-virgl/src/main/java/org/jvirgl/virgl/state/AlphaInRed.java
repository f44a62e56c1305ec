package org.jvirgl.virgl.state;

import org.jvirgl.wire.state.RtBlendState;

/**
 * Blend state for an alpha-only colour buffer the host stores in red (A8 as R8, pitfall 23): the
 * shader writes alpha into red, so red must blend and mask the way the guest's alpha channel
 * would. Factors that name a colour channel for the alpha equation mean its alpha, which now
 * lives in red for the destination, or must be asked for as alpha for the source constant.
 */
final class AlphaInRed {
    private AlphaInRed() {
    }

    private static final int ONE = 0x01;
    private static final int DST_ALPHA = 0x04;
    private static final int DST_COLOR = 0x05;
    private static final int SRC_ALPHA_SATURATE = 0x06;
    private static final int CONST_COLOR = 0x07;
    private static final int CONST_ALPHA = 0x08;
    private static final int SRC1_COLOR = 0x09;
    private static final int SRC1_ALPHA = 0x0a;
    private static final int ZERO = 0x11;
    private static final int INV_DST_ALPHA = 0x14;
    private static final int INV_DST_COLOR = 0x15;
    private static final int INV_CONST_COLOR = 0x17;
    private static final int INV_CONST_ALPHA = 0x18;
    private static final int INV_SRC1_COLOR = 0x19;
    private static final int INV_SRC1_ALPHA = 0x1a;
    private static final int MASK_R = 1;
    private static final int MASK_A = 8;

    /** The guest's alpha settings moved onto the red channel; the host's missing alpha is left alone. */
    static RtBlendState of(RtBlendState rt) {
        int mask = (rt.colormask() & MASK_A) != 0 ? MASK_R : 0;
        return new RtBlendState(rt.blendEnable(), rt.alphaFunc(), factor(rt.alphaSrcFactor()),
            factor(rt.alphaDstFactor()), rt.alphaFunc(), ZERO, ZERO, mask);
    }

    /** An alpha-equation factor as the same value for the red channel. */
    static int factor(int alphaFactor) {
        return switch (alphaFactor) {
            // The destination's alpha is stored in red; its own alpha reads as one.
            case DST_ALPHA -> DST_COLOR;
            case INV_DST_ALPHA -> INV_DST_COLOR;
            // For alpha, a COLOR factor takes the alpha component; for red it would take red.
            case CONST_COLOR -> CONST_ALPHA;
            case INV_CONST_COLOR -> INV_CONST_ALPHA;
            case SRC1_COLOR -> SRC1_ALPHA;
            case INV_SRC1_COLOR -> INV_SRC1_ALPHA;
            // Saturate is one for alpha; for red it would be min(As, 1 - Ad) with Ad read as one.
            case SRC_ALPHA_SATURATE -> ONE;
            default -> alphaFactor;
        };
    }
}
