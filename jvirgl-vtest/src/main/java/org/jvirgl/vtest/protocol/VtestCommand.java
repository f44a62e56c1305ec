package org.jvirgl.vtest.protocol;

/**
 * The {@code VCMD_*} command ids of the vtest protocol up to version 3, with the size of the
 * fixed part of each request. A {@link #fixedPayloadDwords} of -1 marks commands whose length
 * comes from the header (and whose meaning differs per command; see {@link FrameDecoder}).
 */
public enum VtestCommand {
    GET_CAPS(1, 0),
    RESOURCE_CREATE(2, 10),
    RESOURCE_UNREF(3, 1),
    TRANSFER_GET(4, 11),
    /** 11 dwords, then exactly {@code data_size} raw bytes (the header length over-counts them). */
    TRANSFER_PUT(5, 11),
    SUBMIT_CMD(6, -1),
    RESOURCE_BUSY_WAIT(7, 2),
    /** The length counts bytes of the name, not dwords. */
    CREATE_RENDERER(8, -1),
    GET_CAPS2(9, 0),
    PING_PROTOCOL_VERSION(10, 0),
    PROTOCOL_VERSION(11, 1),
    RESOURCE_CREATE2(12, 11),
    TRANSFER_GET2(13, 10),
    /** 10 dwords; the header length also counts data that lives in shared memory and is never sent. */
    TRANSFER_PUT2(14, 10),
    GET_PARAM(15, 1),
    GET_CAPSET(16, 2),
    CONTEXT_INIT(17, 1),
    RESOURCE_CREATE_BLOB(18, 6),
    SYNC_CREATE(19, 2),
    SYNC_UNREF(20, 1),
    SYNC_READ(21, 1),
    SYNC_WRITE(22, 3),
    SYNC_WAIT(23, -1),
    SUBMIT_CMD2(24, -1);

    private static final VtestCommand[] BY_ID = new VtestCommand[25];

    static {
        for (VtestCommand c : values()) {
            BY_ID[c.id] = c;
        }
    }

    private final int id;
    private final int fixedPayloadDwords;

    VtestCommand(int id, int fixedPayloadDwords) {
        this.id = id;
        this.fixedPayloadDwords = fixedPayloadDwords;
    }

    public int id() {
        return id;
    }

    /** Dwords of the fixed request layout, or -1 if the header's length decides. */
    public int fixedPayloadDwords() {
        return fixedPayloadDwords;
    }

    /** The command with this wire id, or null for ids this server does not know. */
    public static VtestCommand fromId(int id) {
        return id > 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
