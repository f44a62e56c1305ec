package org.jvirgl.wire;

/**
 * Why a context stopped executing a command buffer, numbered like virglrenderer's
 * {@code enum virgl_ctx_errors} so logs and tools can compare with the C reference.
 */
public enum ContextError {
    NONE,
    UNKNOWN,
    ILLEGAL_SHADER,
    ILLEGAL_HANDLE,
    ILLEGAL_RESOURCE,
    ILLEGAL_SURFACE,
    ILLEGAL_VERTEX_FORMAT,
    ILLEGAL_CMD_BUFFER,
    GLES_HAVE_TES_BUT_MISS_TCS,
    GL_ANY_SAMPLES_PASSED,
    ILLEGAL_FORMAT,
    ILLEGAL_SAMPLER_VIEW_TARGET,
    TRANSFER_IOV_BOUNDS,
    ILLEGAL_DUAL_SRC_BLEND,
    UNSUPPORTED_FUNCTION,
    ILLEGAL_PROGRAM_PIPELINE;

    /** The wire value of this error (its position in the upstream enum). */
    public int code() {
        return ordinal();
    }
}
