package org.jvirgl.virgl.exec;

/**
 * What the command executor needs to know about an attached resource: its Gallium description
 * and the host GL objects behind it. The resource layer implements this; the executor never
 * creates or frees resource storage itself.
 */
public interface ExecResource {
    int handle();

    /** {@code PipeTexTarget}: 0 BUFFER, 1 1D, 2 2D, 3 3D, 4 CUBE, 5 RECT, 6 1D_ARRAY, 7 2D_ARRAY, 8 CUBE_ARRAY. */
    int pipeTarget();

    /** VIRGL_FORMAT value the resource was created with. */
    int format();

    int width();

    int height();

    int depth();

    int arraySize();

    int lastLevel();

    /** Sample count as created (0 or 1 = single-sampled). */
    int samples();

    /** VIRGL_RESOURCE_Y_0_TOP: rows are stored top-down (never set by vtest). */
    default boolean y0Top() {
        return false;
    }

    /** GL buffer name for BUFFER resources, else 0. */
    int glBuffer();

    /** GL texture name for texture resources, else 0. */
    int glTexture();

    /** GL target of {@link #glTexture()}. */
    int glTarget();

    /** What {@link #holdStorage()} returns for resources whose storage needs no hold. */
    Runnable NO_HOLD = () -> { };

    /**
     * Keeps the GL texture or buffer alive, even after the guest destroys the resource, until the
     * returned action runs (once). Sampler views hold their resource for their whole life.
     */
    default Runnable holdStorage() {
        return NO_HOLD;
    }

    /** Whether the texture has immutable storage (so texture views of it are possible). */
    default boolean immutable() {
        return true;
    }

    default boolean isBuffer() {
        return pipeTarget() == 0;
    }

    /** Width of mip {@code level} (never below 1). */
    default int width(int level) {
        return Math.max(1, width() >> level);
    }

    default int height(int level) {
        return pipeTarget() == 1 || pipeTarget() == 6 ? 1 : Math.max(1, height() >> level);
    }

    default int depth(int level) {
        return pipeTarget() == 3 ? Math.max(1, depth() >> level) : 1;
    }

    /** Number of layers a surface or view may address (cube faces count as layers). */
    default int layers() {
        return switch (pipeTarget()) {
            case 3 -> depth();
            case 4 -> 6;
            default -> Math.max(1, arraySize());
        };
    }
}
