package org.jvirgl.wire.state;

import java.util.List;

/**
 * Transform-feedback layout declared with a shader ({@code pipe_stream_output_info}):
 * four buffer strides (in dwords) and up to 64 outputs. {@link #NONE} when no outputs.
 */
public record StreamOutputInfo(int stride0, int stride1, int stride2, int stride3, List<StreamOutput> outputs) {

    public static final StreamOutputInfo NONE = new StreamOutputInfo(0, 0, 0, 0, List.of());

    public StreamOutputInfo {
        outputs = List.copyOf(outputs);
    }

    /** Stride of buffer {@code i} (0..3) in dwords. */
    public int stride(int i) {
        return switch (i) {
            case 0 -> stride0;
            case 1 -> stride1;
            case 2 -> stride2;
            case 3 -> stride3;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    public boolean isEmpty() {
        return outputs.isEmpty();
    }
}
