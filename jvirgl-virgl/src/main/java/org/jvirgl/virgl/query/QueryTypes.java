package org.jvirgl.virgl.query;

import static org.lwjgl.opengl.GL46C.*;

import org.jvirgl.virgl.gl.HostGl;

/** Gallium query types ({@code PIPE_QUERY_*}) → GL query targets. */
final class QueryTypes {
    private QueryTypes() {
    }

    static final int OCCLUSION_COUNTER = 0;
    static final int OCCLUSION_PREDICATE = 1;
    static final int TIMESTAMP = 2;
    static final int TIME_ELAPSED = 4;
    static final int PRIMITIVES_GENERATED = 5;
    static final int PRIMITIVES_EMITTED = 6;
    static final int SO_OVERFLOW_PREDICATE = 8;
    static final int GPU_FINISHED = 9;
    static final int PIPELINE_STATISTICS_SINGLE = 10;
    static final int OCCLUSION_PREDICATE_CONSERVATIVE = 11;
    static final int SO_OVERFLOW_ANY_PREDICATE = 12;

    /** Pipeline statistic index → GL target (ARB_pipeline_statistics_query order of Gallium). */
    private static final int[] STATISTICS = {
        GL_VERTICES_SUBMITTED, GL_PRIMITIVES_SUBMITTED, GL_VERTEX_SHADER_INVOCATIONS,
        GL_GEOMETRY_SHADER_INVOCATIONS, GL_GEOMETRY_SHADER_PRIMITIVES_EMITTED, GL_CLIPPING_INPUT_PRIMITIVES,
        GL_CLIPPING_OUTPUT_PRIMITIVES, GL_FRAGMENT_SHADER_INVOCATIONS, GL_TESS_CONTROL_SHADER_PATCHES,
        GL_TESS_EVALUATION_SHADER_INVOCATIONS, GL_COMPUTE_SHADER_INVOCATIONS,
    };

    /** The GL target, 0 for GPU_FINISHED (no GL query), -1 for a type this host cannot run. */
    static int glTarget(int pipeType, int index) {
        return HostGl.ES ? esTarget(glTargetOnDesktop(pipeType, index)) : glTargetOnDesktop(pipeType, index);
    }

    /**
     * What an ES host runs instead: it counts no samples (an occlusion counter becomes the
     * any-samples predicate, 0 or 1, as vrend does on GLES), has no stream-overflow or
     * pipeline-statistics queries.
     */
    private static int esTarget(int desktop) {
        return switch (desktop) {
            case GL_SAMPLES_PASSED -> GL_ANY_SAMPLES_PASSED;
            case GL_TRANSFORM_FEEDBACK_STREAM_OVERFLOW, GL_TRANSFORM_FEEDBACK_OVERFLOW -> -1;
            case GL_ANY_SAMPLES_PASSED, GL_ANY_SAMPLES_PASSED_CONSERVATIVE, GL_TIMESTAMP, GL_TIME_ELAPSED,
                 GL_PRIMITIVES_GENERATED, GL_TRANSFORM_FEEDBACK_PRIMITIVES_WRITTEN, 0, -1 -> desktop;
            default -> -1;
        };
    }

    private static int glTargetOnDesktop(int pipeType, int index) {
        return switch (pipeType) {
            case OCCLUSION_COUNTER -> GL_SAMPLES_PASSED;
            case OCCLUSION_PREDICATE -> GL_ANY_SAMPLES_PASSED;
            case OCCLUSION_PREDICATE_CONSERVATIVE -> GL_ANY_SAMPLES_PASSED_CONSERVATIVE;
            case TIMESTAMP -> GL_TIMESTAMP;
            case TIME_ELAPSED -> GL_TIME_ELAPSED;
            case PRIMITIVES_GENERATED -> GL_PRIMITIVES_GENERATED;
            case PRIMITIVES_EMITTED -> GL_TRANSFORM_FEEDBACK_PRIMITIVES_WRITTEN;
            case SO_OVERFLOW_PREDICATE -> GL_TRANSFORM_FEEDBACK_STREAM_OVERFLOW;
            case SO_OVERFLOW_ANY_PREDICATE -> GL_TRANSFORM_FEEDBACK_OVERFLOW;
            case GPU_FINISHED -> 0;
            case PIPELINE_STATISTICS_SINGLE -> index >= 0 && index < STATISTICS.length ? STATISTICS[index] : -1;
            default -> -1;
        };
    }

    /** Targets that take a stream index (glBeginQueryIndexed). */
    static boolean indexed(int glTarget) {
        return glTarget == GL_PRIMITIVES_GENERATED || glTarget == GL_TRANSFORM_FEEDBACK_PRIMITIVES_WRITTEN
            || glTarget == GL_TRANSFORM_FEEDBACK_STREAM_OVERFLOW;
    }

    static boolean timer(int glTarget) {
        return glTarget == GL_TIMESTAMP || glTarget == GL_TIME_ELAPSED;
    }

    /** Whether GL can use the query for conditional rendering. */
    static boolean predicate(int glTarget) {
        return glTarget == GL_SAMPLES_PASSED || glTarget == GL_ANY_SAMPLES_PASSED
            || glTarget == GL_ANY_SAMPLES_PASSED_CONSERVATIVE || glTarget == GL_TRANSFORM_FEEDBACK_STREAM_OVERFLOW
            || glTarget == GL_TRANSFORM_FEEDBACK_OVERFLOW;
    }
}
