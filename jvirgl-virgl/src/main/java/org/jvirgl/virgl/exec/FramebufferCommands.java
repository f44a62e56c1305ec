package org.jvirgl.virgl.exec;

import org.jvirgl.wire.VirglObjectType;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.state.AttachmentClear;
import org.jvirgl.virgl.state.Dirty;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.virgl.state.Surface;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.IntSeq;
import org.jvirgl.wire.ScissorStates;
import org.jvirgl.wire.ViewportStates;
import org.jvirgl.wire.state.RawColor;

/** Framebuffer, viewport and scissor state, and CLEAR. */
final class FramebufferCommands {
    private static final int CLEAR_DEPTH = 1;
    private static final int CLEAR_STENCIL = 2;

    private final ExecContext ctx;
    private final Surface[] pending = new Surface[Limits.COLOR_BUFS];
    private final AttachmentClear clearValues = new AttachmentClear();

    FramebufferCommands(ExecContext ctx) {
        this.ctx = ctx;
    }

    void setFramebufferState(int zsurfHandle, IntSeq cbufHandles) {
        SubContext sub = ctx.sub();
        Surface z = null;
        if (zsurfHandle != 0) {
            z = sub.objects.lookup(zsurfHandle, VirglObjectType.SURFACE, Surface.class);
            if (z == null) {
                ctx.fail(ContextError.ILLEGAL_SURFACE, "unknown depth surface " + zsurfHandle);
                return;
            }
        }
        int n = cbufHandles.size();
        if (n > Limits.COLOR_BUFS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, n + " colour buffers");
            return;
        }
        for (int i = 0; i < n; i++) {
            int h = cbufHandles.get(i);
            pending[i] = h == 0 ? null : sub.objects.lookup(h, VirglObjectType.SURFACE, Surface.class);
            if (h != 0 && pending[i] == null) {
                ctx.fail(ContextError.ILLEGAL_SURFACE, "unknown colour surface " + h);
                return;
            }
        }
        for (int i = 0; i < Limits.COLOR_BUFS; i++) {
            sub.cbufs[i] = i < n ? pending[i] : null;
            pending[i] = null;
        }
        sub.nrCbufs = n;
        sub.zsurf = z;
        Surface first = sub.firstSurface();
        boolean upperLeft = first != null && first.y0Top();
        if (upperLeft != sub.fbOriginUpperLeft) {
            sub.fbOriginUpperLeft = upperLeft;
            sub.viewportDirtyMask |= 1;
        }
        sub.fbWidth = first != null ? first.width() : sub.noAttachWidth;
        sub.fbHeight = first != null ? first.height() : sub.noAttachHeight;
        // Blend patching and the FS key (origin, integer outputs) read the surfaces.
        sub.markDirty(Dirty.FRAMEBUFFER | Dirty.BLEND | Dirty.SHADERS | Dirty.MIN_SAMPLES);
    }

    void setFramebufferStateNoAttach(int width, int height, int layers, int samples) {
        SubContext sub = ctx.sub();
        sub.noAttachWidth = width;
        sub.noAttachHeight = height;
        sub.noAttachLayers = layers;
        sub.noAttachSamples = samples;
        sub.markDirty(Dirty.FRAMEBUFFER);
    }

    void setViewportStates(ViewportStates vp) {
        SubContext sub = ctx.sub();
        int start = vp.startSlot();
        int count = vp.count();
        if (start < 0 || count < 0 || start + count > Limits.VIEWPORTS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "viewports " + start + "+" + count);
            return;
        }
        float[] v = sub.viewports;
        for (int i = 0; i < count; i++) {
            int o = 6 * (start + i);
            v[o] = vp.scaleX(i);
            v[o + 1] = vp.scaleY(i);
            v[o + 2] = vp.scaleZ(i);
            v[o + 3] = vp.translateX(i);
            v[o + 4] = vp.translateY(i);
            v[o + 5] = vp.translateZ(i);
            sub.viewportDirtyMask |= 1 << (start + i);
        }
        if (start == 0 && count > 0) {
            boolean negative = v[1] < 0;
            sub.viewportNegative = negative; // read into winsys_adjust_y at every draw
        }
    }

    void setScissorStates(ScissorStates sc) {
        SubContext sub = ctx.sub();
        int start = sc.startSlot();
        int count = sc.count();
        if (start < 0 || count < 0 || start + count > Limits.VIEWPORTS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "scissors " + start + "+" + count);
            return;
        }
        int[] s = sub.scissors;
        for (int i = 0; i < count; i++) {
            int o = 4 * (start + i);
            s[o] = sc.minX(i);
            s[o + 1] = sc.minY(i);
            s[o + 2] = sc.maxX(i);
            s[o + 3] = sc.maxY(i);
            sub.scissorDirtyMask |= 1 << (start + i);
        }
    }

    /** Gallium clear: whole attachments, ignoring masks and scissor; colours as raw words. */
    void clear(int buffers, RawColor color, double depth, int stencil) {
        SubContext sub = ctx.sub();
        ctx.emitter().emitForClear(sub);
        int colorMask = (buffers >>> 2) & 0xff;
        for (int i = 0; i < sub.nrCbufs; i++) {
            Surface s = sub.cbufs[i];
            if ((colorMask & (1 << i)) != 0 && s != null) {
                clearValues.colour(i, s, color);
            }
        }
        Surface z = sub.zsurf;
        if (z != null) {
            clearValues.depthStencil((buffers & CLEAR_DEPTH) != 0 && z.traits().depth(),
                (buffers & CLEAR_STENCIL) != 0 && z.traits().stencil(), (float) depth, stencil);
        }
    }
}
