package org.jvirgl.virgl.program;

import org.jvirgl.virgl.state.GuestObject;
import org.jvirgl.virgl.state.Limits;

/**
 * The programs recent draws selected, by the shader objects bound to the graphics stages.
 * An entry stays true only while no state a shader key reads has changed, so the caller clears
 * the memo whenever {@code Dirty.SHADERS} is raised; then only which shaders are bound decides
 * the program. This lets a guest alternate between a few programs without building shader
 * keys (and hashing their output sets) for every draw.
 */
final class ProgramMemo {
    private static final int ENTRIES = 8;
    private static final int GRAPHICS_STAGES = Limits.STAGE_COMPUTE; // wire stages 0..4

    private final GuestObject[][] shaders = new GuestObject[ENTRIES][GRAPHICS_STAGES];
    private final boolean[] points = new boolean[ENTRIES];
    private final LinkedProgram[] programs = new LinkedProgram[ENTRIES];
    private int size;
    private int next;

    /** The program remembered for these bound shaders and point rasterization, or null. */
    LinkedProgram find(GuestObject[] bound, boolean forPoints) {
        for (int i = 0; i < size; i++) {
            if (points[i] == forPoints && sameShaders(shaders[i], bound)) {
                return programs[i];
            }
        }
        return null;
    }

    /** Remembers a selection, replacing the oldest entry when full. */
    void remember(GuestObject[] bound, boolean forPoints, LinkedProgram program) {
        int i = next;
        next = (next + 1) % ENTRIES;
        size = Math.max(size, i + 1);
        System.arraycopy(bound, 0, shaders[i], 0, GRAPHICS_STAGES);
        points[i] = forPoints;
        programs[i] = program;
    }

    /** Forgets everything (key-relevant state changed); drops the references too. */
    void clear() {
        for (int i = 0; i < size; i++) {
            java.util.Arrays.fill(shaders[i], null);
            programs[i] = null;
        }
        size = 0;
        next = 0;
    }

    private static boolean sameShaders(GuestObject[] remembered, GuestObject[] bound) {
        for (int s = 0; s < GRAPHICS_STAGES; s++) {
            if (remembered[s] != bound[s]) {
                return false;
            }
        }
        return true;
    }
}
