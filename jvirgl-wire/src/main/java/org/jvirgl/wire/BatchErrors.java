package org.jvirgl.wire;

/** The decoder's {@link CommandErrors}: keeps the first failure a listener reports in a batch. */
final class BatchErrors implements CommandErrors {
    private ContextError error;
    private String detail;

    void reset() {
        error = null;
        detail = null;
    }

    @Override
    public void fail(ContextError error, String detail) {
        if (this.error == null) {
            this.error = error == null ? ContextError.UNKNOWN : error;
            this.detail = detail == null ? "" : detail;
        }
    }

    @Override
    public boolean failed() {
        return error != null;
    }

    Refusal toRefusal(DecodeContext command) {
        return new Refusal(command.dwordOffset, command.opcode, command.commandName(), "execution", detail, error);
    }
}
