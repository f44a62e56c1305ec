package org.jvirgl.virgl.state;

import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.state.RasterizerState;

/** A rasterizer object in the handle table. */
public record RasterizerObject(RasterizerState state) implements GuestObject {

    /** Gallium's defaults: filled polygons, depth clip on, half-pixel centres, width 1. */
    public static final RasterizerObject DEFAULT = new RasterizerObject(new RasterizerState(
        RasterizerState.DEPTH_CLIP | RasterizerState.HALF_PIXEL_CENTER, 1f, 0, 0, 0, 0, 1f, 0f, 0f, 0f));

    /** Fill modes must be FILL, LINE or POINT. */
    public static boolean valid(RasterizerState state) {
        return GalliumGl.polygonMode(state.fillFront()) != 0 && GalliumGl.polygonMode(state.fillBack()) != 0;
    }

    @Override
    public int objectType() {
        return VirglObjectType.RASTERIZER;
    }
}
