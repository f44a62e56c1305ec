package org.jvirgl.virgl.caps;

import java.util.List;

/**
 * How a {@link HostFeature} is had on an OpenGL ES host: core since an ES version, or through
 * one of the listed ES extensions (vrend's feature table, GLES column).
 *
 * @param coreSince  ES version ({@code 10*major+minor}) making it core, 0 if never core
 * @param extensions ES extensions that provide it
 */
public record EsAvailability(int coreSince, List<String> extensions) {

    /** Features with no ES path at all (desktop-only state, targets, queries). */
    public static final EsAvailability NO_ES = new EsAvailability(0, List.of());

    public EsAvailability {
        extensions = List.copyOf(extensions);
    }

    /** Core since ES {@code coreSince} (0: never), or through any of {@code extensions}. */
    public static EsAvailability es(int coreSince, String... extensions) {
        return new EsAvailability(coreSince, List.of(extensions));
    }

    /** Whether no ES host can have the feature. */
    public boolean never() {
        return coreSince == 0 && extensions.isEmpty();
    }
}
