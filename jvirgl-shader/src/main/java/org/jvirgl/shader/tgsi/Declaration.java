package org.jvirgl.shader.tgsi;

/**
 * One {@code DCL} line. Two-dimensional declarations keep their outer index in
 * {@code dimension} (e.g. the buffer of {@code CONST[1][0..3]}, -1 when absent); the
 * per-vertex {@code []} of geometry/tessellation inputs is implied by the stage and not stored.
 *
 * @param usageMask   declared channels (bit 0 = x), 0xF when the text has no mask
 * @param arrayId     the {@code ARRAY(n)} id, 0 when not an array
 * @param semantic    semantic name and index, or null
 * @param interpolation interpolation mode, or null when not given
 * @param location    sampling location, CENTER when not given
 * @param samplerView target and return types of an SVIEW declaration, else null
 * @param image       target/format/access of an IMAGE declaration, else null
 * @param atomic      BUFFER declared ATOMIC
 * @param memoryType  address space of a MEMORY declaration, else null
 * @param streams     geometry output streams per channel, 2 bits each (x lowest)
 */
public record Declaration(RegisterFile file, int first, int last, int dimension, int usageMask,
                          int arrayId, boolean local, SemanticRef semantic,
                          Interpolation interpolation, InterpLocation location, boolean invariant,
                          SamplerViewInfo samplerView, ImageInfo image, boolean atomic,
                          MemoryType memoryType, int streams) {
    public Declaration {
        if (file == null || first < 0 || last < first || usageMask <= 0 || usageMask > 0xF || location == null) {
            throw new IllegalArgumentException("bad declaration of " + file + "[" + first + ".." + last + "]");
        }
    }

    /** A bare declaration of {@code file[first..last]}. */
    public static Declaration of(RegisterFile file, int first, int last) {
        return new Declaration(file, first, last, -1, 0xF, 0, false, null, null, InterpLocation.CENTER,
                false, null, null, false, null, 0);
    }

    public Declaration withSemantic(SemanticRef newSemantic) {
        return new Declaration(file, first, last, dimension, usageMask, arrayId, local, newSemantic,
                interpolation, location, invariant, samplerView, image, atomic, memoryType, streams);
    }

    public Declaration withUsageMask(int newMask) {
        return new Declaration(file, first, last, dimension, newMask, arrayId, local, semantic,
                interpolation, location, invariant, samplerView, image, atomic, memoryType, streams);
    }

    public int size() {
        return last - first + 1;
    }

    public boolean contains(int index) {
        return index >= first && index <= last;
    }

    /** Sampler view details: resource target and per-channel return types. */
    public record SamplerViewInfo(TextureTarget target, ReturnType x, ReturnType y, ReturnType z, ReturnType w) {
        public boolean uniform() {
            return x == y && x == z && x == w;
        }
    }

    /** Image details: resource target, format name ({@code PIPE_FORMAT_...}) and access. */
    public record ImageInfo(TextureTarget target, String format, boolean writable, boolean raw) {
    }
}
