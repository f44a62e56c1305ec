package org.jvirgl.spi;

import java.util.List;

/**
 * How a typed resource's memory is laid out for export ({@code virgl_renderer_export_query}):
 * a DRM fourcc and modifier plus up to four planes. {@code fd} is -1 unless fds were asked for;
 * opened fds belong to the caller.
 */
public record ExportLayout(int fourcc, long modifier, List<Plane> planes) {
    /** One plane: its fd (-1 if not exported), row stride and offset in bytes. */
    public record Plane(int fd, int stride, int offset) {
    }

    public static final int MAX_PLANES = 4;

    public ExportLayout {
        planes = List.copyOf(planes);
        if (planes.size() > MAX_PLANES) {
            throw new IllegalArgumentException("at most " + MAX_PLANES + " planes: " + planes.size());
        }
    }
}
