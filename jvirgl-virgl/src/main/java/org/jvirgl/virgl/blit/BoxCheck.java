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
