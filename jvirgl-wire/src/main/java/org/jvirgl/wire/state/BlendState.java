package org.jvirgl.wire.state;

import java.util.List;

/**
 * A guest blend object ({@code pipe_blend_state}): global flags, the logic op (a
 * {@code PipeLogicOp} value) and always 8 per-render-target states.
 */
public record BlendState(boolean independentBlendEnable, boolean logicopEnable, boolean dither,
                         boolean alphaToCoverage, boolean alphaToOne, int logicopFunc,
                         List<RtBlendState> rts) {

    /** Number of render-target words on the wire. */
    public static final int RT_COUNT = 8;

    public BlendState {
        rts = List.copyOf(rts);
        if (rts.size() != RT_COUNT) {
            throw new IllegalArgumentException("blend state needs " + RT_COUNT + " RT states, got " + rts.size());
        }
    }

    /** The state of render target {@code i} (0..7). */
    public RtBlendState rt(int i) {
        return rts.get(i);
    }

    /** Word S0 of the wire encoding. */
    public int packS0() {
        return (independentBlendEnable ? 1 : 0) | (logicopEnable ? 2 : 0) | (dither ? 4 : 0)
                | (alphaToCoverage ? 8 : 0) | (alphaToOne ? 16 : 0);
    }
}
