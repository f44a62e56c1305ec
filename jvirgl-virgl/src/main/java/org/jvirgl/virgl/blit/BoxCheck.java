package org.jvirgl.virgl.blit;

import org.jvirgl.virgl.exec.ExecResource;
import org.jvirgl.wire.state.PipeBox;

/** Bounds checks for guest boxes against a resource level. */
final class BoxCheck {
    private BoxCheck() {
    }

    /**
     * Whether {@code box} lies inside {@code level} of {@code res}. Blits may use negative
     * extents (mirroring), so they are checked by their covered range when {@code signed}.
     */
    static boolean inside(ExecResource res, int level, PipeBox box, boolean signed) {
        if (level < 0 || level > res.lastLevel()) {
            return false;
        }
        int depthLimit = res.pipeTarget() == 3 ? res.depth(level) : res.layers();
        return range(box.x(), box.width(), res.width(level), signed)
            && range(box.y(), box.height(), res.height(level), signed)
            && range(box.z(), box.depth(), depthLimit, signed);
    }

    /**
     * Whether a BLIT box is usable on {@code level} of {@code res}. Gallium passes blit rectangles
     * unclipped (they may reach past the edges, and negative extents mirror); glBlitFramebuffer
     * clips them itself, so x and y only need to stay within int range. The layers are walked one
     * by one, so they must exist.
     */
    static boolean blittable(ExecResource res, int level, PipeBox box) {
        if (level < 0 || level > res.lastLevel()) {
            return false;
        }
        int depthLimit = res.pipeTarget() == 3 ? res.depth(level) : res.layers();
        return fitsInt(box.x(), box.width()) && fitsInt(box.y(), box.height())
            && range(box.z(), box.depth(), depthLimit, true);
    }

    private static boolean fitsInt(int start, int extent) {
        long end = (long) start + extent;
        return end >= Integer.MIN_VALUE && end <= Integer.MAX_VALUE;
    }

    private static boolean range(int start, int extent, int limit, boolean signed) {
        if (extent < 0 && !signed) {
            return false;
        }
        long a = start;
        long b = (long) start + extent;
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        return lo >= 0 && hi <= limit;
    }
}
