package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.FixedFunctionCalls.glLogicOp;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.RtBlendState;

/**
 * Pushes the bound blend object to GL, patched for the bound colour buffers: on a target without
 * alpha, DST_ALPHA reads as one, so those factors become ONE/ZERO (pitfall 22); an alpha-only
 * target stored in red (A8 as R8, pitfall 23) blends and masks its red channel with the guest's
 * alpha settings.
 */
final class BlendEmitter {
    private BlendEmitter() {
    }

    private static final int DST_ALPHA = 0x04;
    private static final int INV_DST_ALPHA = 0x14;
    private static final int ONE = 0x01;
    private static final int ZERO = 0x11;

    static void emit(SubContext sub, GlStateCache gl) {
        BlendState state = sub.blend.state();
        gl.set(GlCap.COLOR_LOGIC_OP, state.logicopEnable());
        if (state.logicopEnable()) {
            glLogicOp(GalliumGl.logicOp(state.logicopFunc()));
        }
        gl.set(GlCap.DITHER, state.dither());
        gl.set(GlCap.SAMPLE_ALPHA_TO_COVERAGE, state.alphaToCoverage());
        gl.set(GlCap.SAMPLE_ALPHA_TO_ONE, state.alphaToOne());

        if (state.independentBlendEnable() || anyAlphaInRed(sub)) {
            for (int i = 0; i < BlendState.RT_COUNT; i++) {
                RtBlendState rt = state.rt(state.independentBlendEnable() ? i : 0);
                emitTarget(i, alphaInRed(sub, i) ? AlphaInRed.of(rt) : rt, dropsDstAlpha(sub, i));
            }
            gl.forget(GlCap.BLEND);
        } else {
            RtBlendState rt = state.rt(0);
            boolean noAlpha = dropsDstAlpha(sub, 0);
            if (rt.blendEnable()) {
                glBlendFuncSeparate(factor(rt.rgbSrcFactor(), noAlpha), factor(rt.rgbDstFactor(), noAlpha),
                    factor(rt.alphaSrcFactor(), noAlpha), factor(rt.alphaDstFactor(), noAlpha));
                glBlendEquationSeparate(GalliumGl.blendFunc(rt.rgbFunc()), GalliumGl.blendFunc(rt.alphaFunc()));
            }
            gl.set(GlCap.BLEND, rt.blendEnable());
            int m = rt.colormask();
            glColorMask((m & 1) != 0, (m & 2) != 0, (m & 4) != 0, (m & 8) != 0);
        }
    }

    private static void emitTarget(int i, RtBlendState rt, boolean noAlpha) {
        if (rt.blendEnable()) {
            glBlendFuncSeparatei(i, factor(rt.rgbSrcFactor(), noAlpha), factor(rt.rgbDstFactor(), noAlpha),
                factor(rt.alphaSrcFactor(), noAlpha), factor(rt.alphaDstFactor(), noAlpha));
            glBlendEquationSeparatei(i, GalliumGl.blendFunc(rt.rgbFunc()), GalliumGl.blendFunc(rt.alphaFunc()));
            glEnablei(GL_BLEND, i);
        } else {
            glDisablei(GL_BLEND, i);
        }
        int m = rt.colormask();
        glColorMaski(i, (m & 1) != 0, (m & 2) != 0, (m & 4) != 0, (m & 8) != 0);
    }

    private static boolean alphaInRed(SubContext sub, int i) {
        return i < sub.nrCbufs && sub.cbufs[i] != null && sub.cbufs[i].alphaInRed();
    }

    private static boolean anyAlphaInRed(SubContext sub) {
        for (int i = 0; i < sub.nrCbufs; i++) {
            if (alphaInRed(sub, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether colour buffer {@code i} is bound and has no alpha channel. */
    private static boolean dropsDstAlpha(SubContext sub, int i) {
        return i < sub.nrCbufs && sub.cbufs[i] != null && !sub.cbufs[i].traits().hasAlpha();
    }

    /** The GL factor, with destination alpha read as 1 on alpha-less targets. */
    static int factor(int pipeFactor, boolean noDstAlpha) {
        if (noDstAlpha) {
            if (pipeFactor == DST_ALPHA) {
                pipeFactor = ONE;
            } else if (pipeFactor == INV_DST_ALPHA) {
                pipeFactor = ZERO;
            }
        }
        return GalliumGl.blendFactor(pipeFactor);
    }
}
