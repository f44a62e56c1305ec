package org.jvirgl.wire;

import java.util.Objects;

/**
 * A command the decoder or the executor refused; the rest of its buffer was not executed.
 *
 * @param dwordOffset offset of the refused command's header in the submitted buffer, in dwords
 * @param opcode      the command's opcode (header bits 0-7), or -1 when the header itself was unreadable
 * @param command     the command's name, e.g. {@code "SET_SAMPLER_VIEWS"}
 * @param field       the field that failed validation, e.g. {@code "start_slot"}; for executor
 *                    failures the literal {@code "execution"}
 * @param detail      what was wrong, with the offending value
 * @param error       the context error a guest would be told about
 */
public record Refusal(int dwordOffset, int opcode, String command, String field, String detail,
                      ContextError error) implements DecodeResult {

    public Refusal {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(error, "error");
    }

    @Override
    public String toString() {
        return command + " at dword " + dwordOffset + ": " + field + ": " + detail + " (" + error + ")";
    }
}
