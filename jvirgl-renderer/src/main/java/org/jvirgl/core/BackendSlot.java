package org.jvirgl.core;

import java.util.Set;
import org.jvirgl.spi.Backend;

/** A started backend, its position in the renderer (fence ownership) and the capsets routed to it. */
record BackendSlot(int index, String name, Set<Integer> capsets, Backend backend) {
    BackendSlot {
        capsets = Set.copyOf(capsets);
    }
}
