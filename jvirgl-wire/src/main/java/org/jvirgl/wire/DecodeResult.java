package org.jvirgl.wire;

/**
 * What one {@link VirglDecoder#decode} call did: either every command of the buffer was
 * decoded and executed ({@link Decoded}), or the batch stopped at the first bad command
 * ({@link Refusal}). Bad guest input is always reported this way, never thrown.
 */
public sealed interface DecodeResult permits DecodeResult.Decoded, Refusal {

    /** Whether the whole buffer was accepted. */
    default boolean ok() {
        return this instanceof Decoded;
    }

    /**
     * The whole buffer was processed.
     *
     * @param commands number of commands delivered (NOP and END_TRANSFERS included)
     */
    record Decoded(int commands) implements DecodeResult {
    }
}
