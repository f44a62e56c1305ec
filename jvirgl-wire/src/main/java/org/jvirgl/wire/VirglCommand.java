package org.jvirgl.wire;

/** Placeholder until the decoder lands. */
final class VirglCommand {
    private VirglCommand() {
    }
}
