package org.jvirgl.wire.gallium;

/** Query types of CREATE_OBJECT(QUERY) ({@code PIPE_QUERY_*}, frozen wire numbering). */
public final class PipeQueryType {
    public static final int OCCLUSION_COUNTER = 0;
    public static final int OCCLUSION_PREDICATE = 1;
    public static final int TIMESTAMP = 2;
    public static final int TIMESTAMP_DISJOINT = 3;
    public static final int TIME_ELAPSED = 4;
    public static final int PRIMITIVES_GENERATED = 5;
    public static final int PRIMITIVES_EMITTED = 6;
    public static final int SO_STATISTICS = 7;
    public static final int SO_OVERFLOW_PREDICATE = 8;
    public static final int GPU_FINISHED = 9;
    public static final int PIPELINE_STATISTICS = 10;
    public static final int OCCLUSION_PREDICATE_CONSERVATIVE = 11;
    public static final int SO_OVERFLOW_ANY_PREDICATE = 12;
    public static final int COUNT = 13;

    /** Result value types of GET_QUERY_RESULT_QBO ({@code PIPE_QUERY_TYPE_*}). */
    public static final int RESULT_I32 = 0;
    public static final int RESULT_U32 = 1;
    public static final int RESULT_I64 = 2;
    public static final int RESULT_U64 = 3;

    private static final String[] NAMES = {
        "OCCLUSION_COUNTER", "OCCLUSION_PREDICATE", "TIMESTAMP", "TIMESTAMP_DISJOINT", "TIME_ELAPSED",
        "PRIMITIVES_GENERATED", "PRIMITIVES_EMITTED", "SO_STATISTICS", "SO_OVERFLOW_PREDICATE",
        "GPU_FINISHED", "PIPELINE_STATISTICS", "OCCLUSION_PREDICATE_CONSERVATIVE", "SO_OVERFLOW_ANY_PREDICATE",
    };

    private PipeQueryType() {
    }

    public static String name(int type) {
        return Names.of(NAMES, type);
    }
}
