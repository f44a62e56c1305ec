package org.jvirgl.vtest.protocol;

/**
 * Bounds on what one request may make the server hold in memory. A request over a bound is
 * still read to its end (so the stream stays in step) but its bytes are skipped, not stored.
 *
 * @param maxNameBytes       CREATE_RENDERER name (upstream refuses over 1 MiB)
 * @param maxCommandBytes    SUBMIT_CMD / SUBMIT_CMD2 / SYNC_WAIT bodies (Mesa sends at most ~260 KiB)
 * @param maxTransferBytes   inline data of a v0 TRANSFER_PUT / TRANSFER_GET
 */
public record FrameLimits(long maxNameBytes, long maxCommandBytes, long maxTransferBytes) {
    public static final FrameLimits DEFAULT = new FrameLimits(1L << 20, 64L << 20, 512L << 20);

    public FrameLimits {
        if (maxNameBytes < 1 || maxCommandBytes < 4 || maxTransferBytes < 1) {
            throw new IllegalArgumentException("frame limits must be positive");
        }
    }
}
