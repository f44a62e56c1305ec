package org.jvirgl.virgl.state;

import static org.lwjgl.opengl.GL45C.*;

/**
 * How a VIRGL_FORMAT reads as a vertex attribute: component count (or GL_BGRA), GL type,
 * normalisation, and whether the shader must see it as a pure integer
 * ({@code glVertexAttribIPointer}).
 */
public record VertexFormat(int size, int glType, boolean normalized, Kind kind) {

    /** What the attribute is to the shader. */
    public enum Kind { FLOAT, UINT, SINT }

    public boolean pureInteger() {
        return kind == Kind.UINT || kind == Kind.SINT;
    }

    /** The vertex view of {@code virglFormat}, or null for a format no vertex fetch can read. */
    public static VertexFormat of(int virglFormat) {
        return switch (virglFormat) {
            case 1 -> new VertexFormat(GL_BGRA, GL_UNSIGNED_BYTE, true, Kind.FLOAT); // B8G8R8A8_UNORM
            case 8 -> new VertexFormat(4, GL_UNSIGNED_INT_2_10_10_10_REV, true, Kind.FLOAT);
            case 173 -> new VertexFormat(4, GL_INT_2_10_10_10_REV, true, Kind.FLOAT);
            case 123 -> new VertexFormat(4, GL_UNSIGNED_INT_2_10_10_10_REV, false, Kind.FLOAT);
            case 172 -> new VertexFormat(4, GL_INT_2_10_10_10_REV, false, Kind.FLOAT);
            case 131 -> new VertexFormat(GL_BGRA, GL_UNSIGNED_INT_2_10_10_10_REV, true, Kind.FLOAT);
            case 176 -> new VertexFormat(GL_BGRA, GL_INT_2_10_10_10_REV, true, Kind.FLOAT);
            case 124 -> new VertexFormat(3, GL_UNSIGNED_INT_10F_11F_11F_REV, false, Kind.FLOAT);
            default -> family(virglFormat);
        };
    }

    // Runs of four formats (1..4 channels) that differ only in channel count.
    private static VertexFormat family(int f) {
        if (f >= 24 && f <= 27) {
            // Gallium's R64 vertex formats convert to float like every other format: Mesa sends
            // them for GL_DOUBLE pointers of float inputs (glVertexPointer), and 64-bit shader
            // inputs reach the host in 32-bit pairs, never as R64.
            return new VertexFormat(f - 23, GL_DOUBLE, false, Kind.FLOAT);
        }
        if (f >= 28 && f <= 31) {
            return new VertexFormat(f - 27, GL_FLOAT, false, Kind.FLOAT);
        }
        if (f >= 32 && f <= 47) {
            int base = f - 32;
            boolean signed = base >= 8;
            boolean norm = (base & 4) == 0;
            return new VertexFormat((base & 3) + 1, signed ? GL_INT : GL_UNSIGNED_INT, norm, Kind.FLOAT);
        }
        if (f >= 48 && f <= 63) {
            int base = f - 48;
            boolean signed = base >= 8;
            boolean norm = (base & 4) == 0;
            return new VertexFormat((base & 3) + 1, signed ? GL_SHORT : GL_UNSIGNED_SHORT, norm, Kind.FLOAT);
        }
        if (f >= 64 && f <= 67) {
            return new VertexFormat(f - 63, GL_UNSIGNED_BYTE, true, Kind.FLOAT);
        }
        if (f >= 69 && f <= 72) {
            return new VertexFormat(f - 68, GL_UNSIGNED_BYTE, false, Kind.FLOAT);
        }
        if (f >= 74 && f <= 77) {
            return new VertexFormat(f - 73, GL_BYTE, true, Kind.FLOAT);
        }
        if (f >= 82 && f <= 85) {
            return new VertexFormat(f - 81, GL_BYTE, false, Kind.FLOAT);
        }
        if (f >= 87 && f <= 90) {
            return new VertexFormat(f - 86, GL_FIXED, false, Kind.FLOAT);
        }
        if (f >= 91 && f <= 94) {
            return new VertexFormat(f - 90, GL_HALF_FLOAT, false, Kind.FLOAT);
        }
        if (f >= 177 && f <= 200) {
            int base = f - 177;
            int width = base / 8; // 0: 8-bit, 1: 16-bit, 2: 32-bit
            boolean signed = (base & 4) != 0;
            int type = switch (width) {
                case 0 -> signed ? GL_BYTE : GL_UNSIGNED_BYTE;
                case 1 -> signed ? GL_SHORT : GL_UNSIGNED_SHORT;
                default -> signed ? GL_INT : GL_UNSIGNED_INT;
            };
            return new VertexFormat((base & 3) + 1, type, false, signed ? Kind.SINT : Kind.UINT);
        }
        return null;
    }
}
