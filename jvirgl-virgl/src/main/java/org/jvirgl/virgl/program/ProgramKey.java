package org.jvirgl.virgl.program;

/** Identifies a linked program by the variant ids of its stages (0 = stage absent). */
record ProgramKey(int vs, int fs, int gs, int tcs, int tes) {
}
