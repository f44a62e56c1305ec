package org.jvirgl.virgl.state;

import org.jvirgl.wire.VirglObjectType;
/** A STREAMOUT_TARGET object: a checked byte range of a buffer resource. */
public record StreamoutTarget(int resHandle, int glBuffer, int offset, int size) implements GuestObject {

    @Override
    public int objectType() {
        return VirglObjectType.STREAMOUT_TARGET;
    }
}
