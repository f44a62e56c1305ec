package org.jvirgl.virgl.program;

/**
 * A linked GL program for one combination of variants, with the uniform locations the draw
 * path writes every time (looked up once at link time).
 */
public final class LinkedProgram {
    final int glProgram;
    /** Per wire stage: location of the default uniform block array, -1 when unused. */
    final int[] constLocation = new int[6];
    /** Per wire stage: number of uvec4 slots the shader declares for it. */
    final int[] constSlots = new int[6];
    /** Per wire stage: texture unit base of the stage's sampler slots. */
    final int[] samplerUnitBase = new int[6];
    /** Per wire stage: bitmask of sampler slots the stage uses. */
    final int[] samplerMask = new int[6];
    /** Per wire stage: UBO binding base of slots 1.. (slot 0 is the inline constants). */
    final int[] uboBindingBase = new int[6];
    final int[] uboMask = new int[6];
    /** Per wire stage: SSBO binding base and slots used. */
    final int[] ssboBindingBase = new int[6];
    final int[] ssboMask = new int[6];
    /** Per wire stage: image unit base and slots used. */
    final int[] imageUnitBase = new int[6];
    final int[] imageMask = new int[6];
    /** Atomic counter buffer bindings used (the guest's slots, written in the GLSL). */
    int atomicMask;
    /** Per wire stage: sampler slots whose GLSL sampler is a shadow sampler. */
    final int[] shadowMask = new int[6];
    /**
     * Per wire stage (null when it has no shadow sampler), per slot: location of the
     * {@code <p>shadswz<i>} swizzle uniform, and the swizzle code last written there (-1: none yet).
     */
    final int[][] shadowSwizzleLocation = new int[6][];
    final int[][] shadowSwizzleWritten = new int[6][];
    int winsysAdjustYLocation = -1;
    int alphaRefLocation = -1;
    int clipPlanesLocation = -1;
    int stippleLocation = -1;
    /** GLSL ES hosts: the rasterizer's point size (ES has no glPointSize). */
    int pointSizeLocation = -1;
    float lastPointSize = Float.NaN;
    /** The value last written to winsys_adjust_y (uniforms live in the program object). */
    float lastAdjustY = Float.NaN;
    /** Bits of the alpha reference last written (a NaN never matches: first draw writes). */
    int lastAlphaRefBits = 0x7fc00001;
    /** The sub-context serials of the clip planes and stipple last written (-1: none yet). */
    long clipPlanesSerial = -1;
    long stippleSerial = -1;

    /** Constants last uploaded: from which sub-context, at which serial per stage. */
    Object uploadedFrom;
    final long[] uploadedSerial = new long[6];
    /**
     * What the program's constant array holds per stage (its first {@code heldConstantSlots}
     * vec4s), so an upload sends only the vec4s that changed: a guest re-sends a whole constant
     * buffer to change one uniform (piglit drawoverhead: 241 vec4s per draw for one).
     */
    final java.lang.foreign.MemorySegment[] heldConstants = new java.lang.foreign.MemorySegment[6];
    final int[] heldConstantSlots = new int[6];

    LinkedProgram(int glProgram) {
        this.glProgram = glProgram;
    }

    public int glProgram() {
        return glProgram;
    }
}
