package org.jvirgl.vtest.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A client's live resources by handle, and the server-chosen ids of protocol v3. */
final class ResourceTable {
    private final Map<Integer, ClientResource> byHandle = new HashMap<>();
    private int nextServerId = 1;

    boolean contains(int handle) {
        return byHandle.containsKey(handle);
    }

    ClientResource get(int handle) {
        return byHandle.get(handle);
    }

    void put(ClientResource resource) {
        byHandle.put(resource.handle(), resource);
    }

    ClientResource remove(int handle) {
        return byHandle.remove(handle);
    }

    /** A non-zero id not in use (v3 clients send 0 and learn the id from the reply). */
    int allocateId() {
        while (nextServerId == 0 || byHandle.containsKey(nextServerId)) {
            nextServerId++;
        }
        return nextServerId++;
    }

    /** Empties the table, returning what was in it (for teardown). */
    List<ClientResource> drain() {
        List<ClientResource> all = new ArrayList<>(byHandle.values());
        byHandle.clear();
        return all;
    }

    int size() {
        return byHandle.size();
    }
}
