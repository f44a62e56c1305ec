package org.jvirgl.vtest.session;

import org.jvirgl.api.SharedMemory;

/** A resource a client created, with the shared memory it sees as backing (null if none). */
record ClientResource(int handle, SharedMemory backing) {
}
