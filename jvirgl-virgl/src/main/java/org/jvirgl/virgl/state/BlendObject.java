package org.jvirgl.virgl.state;

import org.jvirgl.wire.VirglObjectType;
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
        return unknownEnum(state) == null;
    }

    /** The first enum the object uses that has no GL translation, described for the log; null when none. */
    public static String unknownEnum(BlendState state) {
        if (state.logicopEnable() && GalliumGl.logicOp(state.logicopFunc()) == 0) {
            return "logicop func " + state.logicopFunc();
        }
        for (int i = 0; i < state.rts().size(); i++) {
            RtBlendState rt = state.rts().get(i);
            if (!rt.blendEnable()) {
                continue;
            }
            if (GalliumGl.blendFunc(rt.rgbFunc()) == 0 || GalliumGl.blendFunc(rt.alphaFunc()) == 0) {
                return "rt " + i + " blend func " + rt.rgbFunc() + "/" + rt.alphaFunc();
            }
            int[] factors = {rt.rgbSrcFactor(), rt.rgbDstFactor(), rt.alphaSrcFactor(), rt.alphaDstFactor()};
            for (int factor : factors) {
                if (GalliumGl.blendFactor(factor) < 0) {
                    return "rt " + i + " blend factor " + factor;
                }
            }
        }
        return null;
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
        return VirglObjectType.BLEND;
    }
}
