package org.jvirgl.virgl.format;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The host formats of one backend, indexed by {@code VIRGL_FORMAT_*} value: only formats the
 * host accepted are present. Immutable; built by {@link GlFormatProbe}.
 */
public final class GlFormatTable {

    /** Format masks in the caps are 16 words: formats 0 … 511. */
    public static final int MASK_WORDS = 16;

    private final GlFormat[] byValue;

    GlFormatTable(GlFormat[] byValue) {
        this.byValue = byValue.clone();
    }

    /** A table of exactly {@code formats} (tests and tools; backends get theirs from the probe). */
    public static GlFormatTable of(List<GlFormat> formats) {
        GlFormat[] byValue = new GlFormat[org.jvirgl.wire.format.VirglFormat.MAX];
        for (GlFormat f : formats) {
            byValue[f.virglFormat()] = f;
        }
        return new GlFormatTable(byValue);
    }

    /** The host mapping of a guest format, or null when the host does not support it. */
    public GlFormat get(int virglFormat) {
        return virglFormat >= 0 && virglFormat < byValue.length ? byValue[virglFormat] : null;
    }

    /** Every supported format, in value order. */
    public List<GlFormat> all() {
        return Arrays.stream(byValue).filter(Objects::nonNull).toList();
    }

    /** A caps format mask: bit {@code f % 32} of word {@code f / 32} for each format matching. */
    public int[] mask(Predicate<GlFormat> which) {
        int[] words = new int[MASK_WORDS];
        for (GlFormat f : byValue) {
            if (f != null && f.virglFormat() < MASK_WORDS * 32 && which.test(f)) {
                words[f.virglFormat() / 32] |= 1 << (f.virglFormat() % 32);
            }
        }
        return words;
    }
}
