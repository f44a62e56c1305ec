package org.jvirgl.virgl.format;

import static org.lwjgl.opengl.GL46C.*;

import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.format.FormatEntries.Entry;
import org.jvirgl.wire.format.FormatDesc;

/**
 * Which formats a GLES host can read back (vrend's rules): ES reads only through glReadPixels
 * from a framebuffer, into RGBA/UNSIGNED_BYTE, RGBA_INTEGER 32-bit (ES 3.0), RGBA/FLOAT with
 * float colour buffers, or the one extra format/type pair the implementation names for the
 * bound framebuffer. Depth and stencil need NVIDIA's read extensions.
 */
final class EsReadback {

    private EsReadback() {
    }

    /**
     * Whether {@code d} can be read back; the framebuffer bound to GL_FRAMEBUFFER must have the
     * format attached and be complete.
     */
    static boolean canRead(FormatDesc d, Entry e, HostCaps caps) {
        if (d.isDepthOrStencil()) {
            return depthStencil(d, caps);
        }
        switch (d.name()) {
            case "R8G8B8A8_UNORM", "R32G32B32A32_SINT", "R32G32B32A32_UINT" -> {
                return true;
            }
            case "R32G32B32A32_FLOAT" -> {
                return caps.version().atLeast(3, 2) || caps.hasExtension("GL_EXT_color_buffer_float");
            }
            // vrend's finding: direct reads of these give wrong data; they read through a blit.
            case "B10G10R10A2_UNORM", "B10G10R10X2_UNORM" -> {
                return false;
            }
            default -> {
                return glGetInteger(GL_IMPLEMENTATION_COLOR_READ_TYPE) == e.type()
                        && glGetInteger(GL_IMPLEMENTATION_COLOR_READ_FORMAT) == e.format();
            }
        }
    }

    private static boolean depthStencil(FormatDesc d, HostCaps caps) {
        if (d.hasDepth() && d.hasStencil()) {
            return caps.hasExtension("GL_NV_read_depth_stencil");
        }
        return caps.hasExtension(d.hasDepth() ? "GL_NV_read_depth" : "GL_NV_read_stencil");
    }
}
