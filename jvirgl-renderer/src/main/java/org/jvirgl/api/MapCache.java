package org.jvirgl.api;

/** {@code VIRGL_RENDERER_MAP_CACHE_*}: how a mapped blob should be cached by the guest. */
public final class MapCache {
    public static final int NONE = 0;
    public static final int CACHED = 1;
    public static final int UNCACHED = 2;
    public static final int WC = 3;

    private MapCache() {
    }
}
