package org.jvirgl.wire;

/**
 * The channel through which a {@link VirglCommandListener} reports that the command it is
 * executing failed for a semantic reason the decoder cannot see (unknown handle, resource of
 * the wrong kind, unsupported feature ...).
 *
 * <p>The decoder hands one instance to {@link VirglCommandListener#beginBatch} and checks it
 * after every command: the first reported failure stops the batch, and the decode call
 * returns a {@link Refusal} naming the command. Only the first report of a batch is kept.
 */
public interface CommandErrors {

    /**
     * Marks the current command as failed.
     *
     * @param error  the upstream error class (what a guest would see in a context error)
     * @param detail a short human-readable explanation, e.g. {@code "unknown surface 42"}
     */
    void fail(ContextError error, String detail);

    /** Whether a failure has been reported for the current batch. */
    boolean failed();
}
