package org.jvirgl.shader.tgsi;

/**
 * The register that supplies a relative index, as in {@code TEMP[ADDR[0].x+3]}: the
 * {@code ADDR[0].x} part ({@code component} 0–3 = x–w). {@code arrayId} is the optional
 * {@code (n)} suffix naming the declared array the access stays within (0 = none).
 */
public record Indirect(RegisterFile file, int index, int component, int arrayId) {
    public Indirect {
        if (file == null || component < 0 || component > 3 || arrayId < 0) {
            throw new IllegalArgumentException("bad indirect");
        }
    }
}
