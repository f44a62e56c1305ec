package org.jvirgl.vtest.protocol;

/** Protocol-wide numbers of vtest (from {@code vtest_protocol.h}, written as facts). */
public final class VtestProtocol {
    private VtestProtocol() {
    }

    /** Hard-coded by Mesa 22.3's client; there is no way to change it on that side. */
    public static final String DEFAULT_SOCKET_PATH = "/tmp/.virgl_test";

    /** The newest protocol version this server speaks (0.10.4's maximum). */
    public static final int MAX_PROTOCOL_VERSION = 3;

    public static final int HEADER_BYTES = 8;

    public static final int BUSY_WAIT_FLAG_WAIT = 1;

    public static final int PARAM_MAX_TIMELINE_COUNT = 1;
    public static final int MAX_TIMELINE_COUNT = 64;

    public static final int BLOB_TYPE_GUEST = 1;
    public static final int BLOB_TYPE_HOST3D = 2;
    public static final int BLOB_TYPE_HOST3D_GUEST = 3;

    public static final int SYNC_WAIT_FLAG_ANY = 1;

    public static final int SUBMIT_CMD2_FLAG_RING_IDX = 1;
    /** Dwords per SUBMIT_CMD2 batch record (six used up to v3, two more reserved for v4). */
    public static final int SUBMIT_CMD2_BATCH_DWORDS = 8;
}
