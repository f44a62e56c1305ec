package org.jvirgl.wire.state;

import java.util.List;

/** PIPE_RESOURCE_SET_TYPE: gives an untyped blob resource its format and plane layout (1-4 planes). */
public record PipeResourceSetType(int resource, int format, int bind, int width, int height, int usage,
                                  long modifier, List<PlaneLayout> planes) {

    public PipeResourceSetType {
        planes = List.copyOf(planes);
    }
}
