package org.jvirgl.wire.state;

import java.util.Objects;

/**
 * A complete shader as the guest delivered it (possibly assembled from several continuation
 * packets spanning submits).
 *
 * @param stage                     wire stage ({@code ShaderStage}: VS, FS, GS, TCS, TES, CS)
 * @param tgsiText                  TGSI text, without the terminating NUL
 * @param numTokens                 the guest's token-count hint (upper bound for a parser)
 * @param streamOutput              transform-feedback layout ({@link StreamOutputInfo#NONE} for compute)
 * @param computeSharedMemoryBytes  compute only: required shared (local) memory, else 0
 */
public record ShaderSource(int stage, String tgsiText, int numTokens, StreamOutputInfo streamOutput,
                           int computeSharedMemoryBytes) {

    public ShaderSource {
        Objects.requireNonNull(tgsiText, "tgsiText");
        Objects.requireNonNull(streamOutput, "streamOutput");
    }
}
