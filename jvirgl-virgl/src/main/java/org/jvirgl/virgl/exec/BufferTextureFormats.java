package org.jvirgl.virgl.exec;

import static org.lwjgl.opengl.GL30C.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jvirgl.virgl.format.Swizzle;
import org.jvirgl.wire.format.VirglFormat;

/**
 * Buffer-texture storage for the legacy channel layouts (alpha, luminance, luminance-alpha,
 * intensity in 8, 16 and 32 bits) that compatibility-profile guests may give GL_TEXTURE_BUFFER
 * (ARB_texture_buffer_object). Core hosts have no such buffer formats, and these are not in the
 * host format table (jvirgl offers none of them as textures, as vrend does not): the texels are
 * stored in R or RG, and the shader key moves the channels after the fetch, since GL applies no
 * texture swizzle to buffer textures.
 */
final class BufferTextureFormats {
    private BufferTextureFormats() {
    }


    /** The storage of a buffer texture in {@code virglFormat}, or null when it is not one of these layouts. */
    static ExecFormat forBuffer(int virglFormat) {
        return FORMATS.get(virglFormat);
    }

    /** A channel layout: its format-name prefix for a size, whether it is stored in RG, and where each channel reads from. */
    private record Layout(String prefix, boolean rg, Swizzle swizzle) {
        String name(int bits, String type) {
            return prefix.replace("#", Integer.toString(bits)) + "_" + type;
        }
    }

    private static final List<Layout> LAYOUTS = List.of(
        new Layout("A#", false, Swizzle.OOOR),
        new Layout("L#", false, Swizzle.RRR1),
        new Layout("L#A#", true, Swizzle.RRRG),
        new Layout("I#", false, Swizzle.RRRR));
    private static final Map<Integer, ExecFormat> FORMATS = build();

    private static Map<Integer, ExecFormat> build() {
        Map<Integer, ExecFormat> formats = new HashMap<>();
        for (Layout layout : LAYOUTS) {
            for (int bits : new int[] {8, 16, 32}) {
                for (String type : new String[] {"UNORM", "SINT", "UINT", "FLOAT"}) {
                    int internal = internalFormat(layout.rg(), bits, type);
                    if (internal != 0) {
                        VirglFormat.byName(layout.name(bits, type)).ifPresent(desc -> formats.put(desc.value(),
                            new ExecFormat(internal, desc.blockBits() / 8, layout.swizzle().selectors())));
                    }
                }
            }
        }
        return Map.copyOf(formats);
    }

    /** R/RG storage of that size and type; 0 where GL has none (no 32-bit normalized formats, no 8-bit float). */
    private static int internalFormat(boolean rg, int bits, String type) {
        return switch (type + bits) {
            case "UNORM8" -> rg ? GL_RG8 : GL_R8;
            case "UNORM16" -> rg ? GL_RG16 : GL_R16;
            case "SINT8" -> rg ? GL_RG8I : GL_R8I;
            case "SINT16" -> rg ? GL_RG16I : GL_R16I;
            case "SINT32" -> rg ? GL_RG32I : GL_R32I;
            case "UINT8" -> rg ? GL_RG8UI : GL_R8UI;
            case "UINT16" -> rg ? GL_RG16UI : GL_R16UI;
            case "UINT32" -> rg ? GL_RG32UI : GL_R32UI;
            case "FLOAT16" -> rg ? GL_RG16F : GL_R16F;
            case "FLOAT32" -> rg ? GL_RG32F : GL_R32F;
            default -> 0;
        };
    }
}
