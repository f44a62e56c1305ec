package org.jvirgl.virgl.blit;

import static org.jvirgl.virgl.gl.TextureCalls.nglClearTexSubImage;
import static org.lwjgl.opengl.GL45C.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jvirgl.virgl.exec.ExecContext;
import org.jvirgl.virgl.exec.ExecFormat;
import org.jvirgl.virgl.exec.ExecResource;
import org.jvirgl.virgl.resource.RedBlueSwap;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.RawColor;

/** CLEAR_TEXTURE: fill a box of one level with a texel given in the resource's own layout. */
public final class TextureClearer {
    private final MemorySegment texel = Arena.ofAuto().allocate(16, 8);

    public void clear(ExecContext ctx, int resource, int level, PipeBox box, RawColor data) {
        ExecResource res = ctx.resource(resource, "clear-texture");
        if (res == null) {
            return;
        }
        if (res.isBuffer() || !BoxCheck.inside(res, level, box, false)) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "CLEAR_TEXTURE box outside resource " + resource);
            return;
        }
        ExecFormat format = ctx.resources().format(res.format());
        if (format.glFormat() == 0) {
            ctx.fail(ContextError.ILLEGAL_FORMAT, "CLEAR_TEXTURE on format " + res.format());
            return;
        }
        for (int i = 0; i < 4; i++) {
            texel.setAtIndex(ValueLayout.JAVA_INT, i, data.word(i));
        }
        if (res.format() == VirglFormat.Z24X8_UNORM) {
            // The guest packs 24-bit depth in the low bits; GL reads UNSIGNED_INT depth as 32-bit
            // normalised, so widen it (top bits replicated: 0xffffff becomes 0xffffffff).
            int z = data.word(0) & 0xffffff;
            texel.setAtIndex(ValueLayout.JAVA_INT, 0, z << 8 | z >>> 16);
        }
        if (format.swapRedBlue()) {
            // The guest's clear value is a BGRA pixel; the ES storage holds RGBA.
            RedBlueSwap.apply(format.glType(), texel.asSlice(0, 4));
        }
        nglClearTexSubImage(res.glTexture(), level, box.x(), box.y(), box.z(), box.width(), box.height(),
            box.depth(), format.glFormat(), format.glType(), texel.address());
    }
}
