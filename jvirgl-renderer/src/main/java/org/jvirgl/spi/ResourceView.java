package org.jvirgl.spi;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jvirgl.api.ResourceCreateArgs;

/** A core resource as backends see it when it is attached to one of their contexts. */
public interface ResourceView {
    int handle();

    /** Creation arguments (null for untyped blobs). */
    ResourceCreateArgs args();

    /** The guest backing, possibly empty; read at use time since it can be re-attached. */
    List<MemorySegment> iov();

    /** The backend storage (null for guest-only blobs). */
    BackendResource backing();
}
