package org.jvirgl.wire.print;

import org.jvirgl.wire.gallium.PipeBlendFactor;
import org.jvirgl.wire.gallium.PipeBlendFunc;

/** Formats one blend equation as {@code FUNC(SRC,DST)}. */
final class BlendNames {
    private BlendNames() {
    }

    static String func(int func, int src, int dst) {
        return PipeBlendFunc.name(func) + "(" + PipeBlendFactor.name(src) + "," + PipeBlendFactor.name(dst) + ")";
    }
}
