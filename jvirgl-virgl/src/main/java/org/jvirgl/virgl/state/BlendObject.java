package org.jvirgl.virgl.state;

import java.util.ArrayList;
import java.util.List;
import org.jvirgl.wire.state.BlendState;
import org.jvirgl.wire.state.RtBlendState;

/** A BLEND object in the handle table. */
public record BlendObject(BlendState state) implements GuestObject {

    /** What "no blend object bound" means: blending off, every channel written. */
    public static final BlendObject DEFAULT = new BlendObject(new BlendState(false, false, false, false, false, 0,
        repeat(new RtBlendState(false, 0, 1, 0x11, 0, 1, 0x11, 0xf))));

    /** Whether every enum the object uses translates to GL (checked once, at creation). */
    public static boolean valid(BlendState state) {
        if (state.logicopEnable() && GalliumGl.logicOp(state.logicopFunc()) == 0) {
            return false;
        }
        for (RtBlendState rt : state.rts()) {
            if (rt.blendEnable() && (GalliumGl.blendFunc(rt.rgbFunc()) == 0 || GalliumGl.blendFunc(rt.alphaFunc()) == 0
                    || GalliumGl.blendFactor(rt.rgbSrcFactor()) == 0 || GalliumGl.blendFactor(rt.rgbDstFactor()) == 0
                    || GalliumGl.blendFactor(rt.alphaSrcFactor()) == 0
                    || GalliumGl.blendFactor(rt.alphaDstFactor()) == 0)) {
                return false;
            }
        }
        return true;
    }

    private static List<RtBlendState> repeat(RtBlendState rt) {
        List<RtBlendState> list = new ArrayList<>();
        for (int i = 0; i < BlendState.RT_COUNT; i++) {
            list.add(rt);
        }
        return list;
    }

    @Override
    public int objectType() {
        return ObjectType.BLEND;
    }
}
