package org.jvirgl.virgl.blit;

import static org.jvirgl.virgl.gl.BufferCalls.glCopyNamedBufferSubData;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.exec.ExecContext;
import org.jvirgl.virgl.exec.ExecFormat;
import org.jvirgl.virgl.exec.ExecResource;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.BlitRegion;
import org.jvirgl.wire.state.CopyRegion;
import org.jvirgl.wire.state.PipeBox;

/**
 * RESOURCE_COPY_REGION: a raw texel copy. Buffers copy bytes; textures with equal block sizes
 * go through glCopyImageSubData; anything else falls back to a same-size blit.
 */
public final class RegionCopier {
    private static final int MASK_ALL = 0x3f;

    private final Blitter blitter;

    public RegionCopier(Blitter blitter) {
        this.blitter = blitter;
    }

    public void copy(ExecContext ctx, CopyRegion c) {
        ExecResource src = ctx.resource(c.srcResource(), "copy source");
        ExecResource dst = src == null ? null : ctx.resource(c.dstResource(), "copy destination");
        if (src == null || dst == null) {
            return;
        }
        PipeBox box = c.srcBox();
        if (src.isBuffer() != dst.isBuffer()) {
            ctx.fail(ContextError.ILLEGAL_RESOURCE, "copy between a buffer and a texture");
            return;
        }
        if (src.isBuffer()) {
            copyBuffer(ctx, src, dst, c.dstX(), box);
            return;
        }
        PipeBox dstBox = new PipeBox(c.dstX(), c.dstY(), c.dstZ(), box.width(), box.height(), box.depth());
        if (!BoxCheck.inside(src, c.srcLevel(), box, false) || !BoxCheck.inside(dst, c.dstLevel(), dstBox, false)) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "copy box outside its resource");
            return;
        }
        ExecFormat sf = ctx.resources().format(src.format());
        ExecFormat df = ctx.resources().format(dst.format());
        if (sf.blockBytes() == df.blockBytes() && src.samples() == dst.samples() && sf.supported() && df.supported()) {
            glCopyImageSubData(src.glTexture(), src.glTarget(), c.srcLevel(), box.x(), box.y(), box.z(),
                dst.glTexture(), dst.glTarget(), c.dstLevel(), c.dstX(), c.dstY(), c.dstZ(),
                box.width(), box.height(), box.depth());
            return;
        }
        // A copy keeps the image upright: the blit would mirror between a Y_0_TOP and a normal
        // resource, so the destination rows are given in reverse to cancel that (as vrend copies).
        PipeBox blitDst = src.y0Top() == dst.y0Top() ? dstBox
            : new PipeBox(dstBox.x(), dstBox.y() + dstBox.height(), dstBox.z(), dstBox.width(), -dstBox.height(),
                dstBox.depth());
        blitter.blit(ctx, new BlitInfo(MASK_ALL, 0, false, false, false, 0, 0, 0, 0,
            new BlitRegion(dst.handle(), c.dstLevel(), dst.format(), blitDst),
            new BlitRegion(src.handle(), c.srcLevel(), src.format(), box)));
    }

    private static void copyBuffer(ExecContext ctx, ExecResource src, ExecResource dst, int dstX, PipeBox box) {
        long srcEnd = (long) box.x() + box.width();
        long dstEnd = (long) dstX + box.width();
        if (box.x() < 0 || dstX < 0 || box.width() < 0 || srcEnd > src.width() || dstEnd > dst.width()) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "buffer copy range outside its resource");
            return;
        }
        if (box.width() > 0) {
            glCopyNamedBufferSubData(src.glBuffer(), dst.glBuffer(), box.x(), dstX, box.width());
        }
    }
}
