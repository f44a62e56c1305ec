package org.jvirgl.virgl.state;

import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.wire.state.DepthStencilAlphaState;
import org.jvirgl.wire.state.StencilState;

/** A depth-stencil-alpha object in the handle table. */
public record DsaObject(DepthStencilAlphaState state) implements GuestObject {

    public static final DsaObject DEFAULT = new DsaObject(new DepthStencilAlphaState(false, false, 0, false, 0, 0f,
        StencilState.unpack(0), StencilState.unpack(0)));

    @Override
    public int objectType() {
        return VirglObjectType.DSA;
    }
}
