package org.jvirgl.virgl.format;

import static org.lwjgl.opengl.GL46C.*;

import java.util.List;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostFeature;
import org.jvirgl.virgl.format.FormatEntries.Entry;
import org.jvirgl.wire.format.FormatDesc;
import org.jvirgl.wire.format.VirglFormat;

/**
 * Finds out which candidate formats the host really supports, on the GL context current on the
 * calling thread (vrend's init-time format probe): each is created as a small texture with
 * immutable storage; colour-renderable / depth-renderable is FBO completeness; multisample is
 * a 2-sample immutable texture. Compressed formats are only gated by their extension.
 *
 * <p>Readback differs by API: desktop GL reads any texture with glGetTextureSubImage, while a
 * GLES host can only read what it can attach to a framebuffer and glReadPixels into the
 * format's client format/type ({@link EsReadback}); compressed formats are not read back there.
 * Only bind-to-edit calls that ES has are used, so the probe runs on both APIs.
 */
public final class GlFormatProbe {

    private static final int SIZE = 32;

    private GlFormatProbe() {
    }

    public static GlFormatTable probe(HostCaps caps) {
        GlFormat[] table = new GlFormat[VirglFormat.MAX];
        drainErrors();
        int fbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        try {
            for (Entry e : FormatEntries.ALL) {
                probeInto(table, e, caps, fbo);
            }
            if (caps.isCoreProfile()) {
                for (Entry e : FormatEntries.CORE_FALLBACKS) {
                    probeInto(table, e, caps, fbo);
                }
            }
        } finally {
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            glDeleteFramebuffers(fbo);
            drainErrors();
        }
        return new GlFormatTable(table);
    }

    private static void probeInto(GlFormat[] table, Entry e, HostCaps caps, int fbo) {
        FormatDesc desc = VirglFormat.byName(e.name())
                .orElseThrow(() -> new IllegalStateException("format table names unknown format " + e.name()));
        if (table[desc.value()] != null || !groupAvailable(e.group(), caps)) {
            return;
        }
        table[desc.value()] = desc.isCompressed() ? compressed(e, desc, caps) : probeTexture(e, desc, caps, fbo);
    }

    static boolean groupAvailable(FormatEntries.Group group, HostCaps caps) {
        return switch (group) {
            case COMMON -> true;
            case DESKTOP -> !caps.isEs();
            case GLES -> caps.isEs();
            case S3TC -> caps.has(HostFeature.S3TC);
            case S3TC_SRGB -> caps.has(HostFeature.S3TC) && caps.has(HostFeature.S3TC_SRGB);
            case RGTC -> caps.has(HostFeature.RGTC);
            case BPTC -> caps.has(HostFeature.BPTC);
            case ETC2 -> caps.isEs() && caps.has(HostFeature.ETC2);
            case ASTC -> caps.isEs() && caps.has(HostFeature.ASTC);
        };
    }

    private static GlFormat compressed(Entry e, FormatDesc d, HostCaps caps) {
        // Desktop GL reads back any texture with glGetCompressedTextureSubImage; ES cannot.
        return format(e, d, false, true, false, false, !caps.isEs(), false);
    }

    private static GlFormat probeTexture(Entry e, FormatDesc d, HostCaps caps, int fbo) {
        int tex = glGenTextures();
        try {
            glBindTexture(GL_TEXTURE_2D, tex);
            // Validates the client format/type pair transfers will use, as well as the storage.
            glTexImage2D(GL_TEXTURE_2D, 0, e.internalFormat(), SIZE, SIZE, 0, e.format(), e.type(), 0L);
            if (glGetError() != GL_NO_ERROR) {
                return null;
            }
            if (!storageWorks(e.internalFormat())) {
                return null;
            }
            boolean ds = d.isDepthOrStencil();
            int attachment = !ds ? GL_COLOR_ATTACHMENT0
                    : d.hasStencil() && d.hasDepth() ? GL_DEPTH_STENCIL_ATTACHMENT
                    : d.hasDepth() ? GL_DEPTH_ATTACHMENT : GL_STENCIL_ATTACHMENT;
            glFramebufferTexture2D(GL_FRAMEBUFFER, attachment, GL_TEXTURE_2D, tex, 0);
            // glDrawBuffers, not glDrawBuffer: ES has only the former.
            glDrawBuffers(ds ? GL_NONE : GL_COLOR_ATTACHMENT0);
            boolean complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
            boolean readback = !caps.isEs() || complete && EsReadback.canRead(d, e, caps);
            glFramebufferTexture2D(GL_FRAMEBUFFER, attachment, GL_TEXTURE_2D, 0, 0);
            drainErrors();
            boolean ms = caps.has(HostFeature.TEXTURE_MULTISAMPLE) && multisampleWorks(e.internalFormat());
            return format(e, d, !e.swizzle().isIdentity() && isEmulated(e), false,
                    complete && !ds, complete && ds, readback, ms);
        } finally {
            glBindTexture(GL_TEXTURE_2D, 0);
            glDeleteTextures(tex);
        }
    }

    private static boolean isEmulated(Entry e) {
        return FormatEntries.CORE_FALLBACKS.contains(e);
    }

    private static boolean storageWorks(int internalFormat) {
        int tex = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, tex);
        glTexStorage2D(GL_TEXTURE_2D, 1, internalFormat, SIZE, SIZE);
        boolean ok = glGetError() == GL_NO_ERROR;
        glDeleteTextures(tex);
        return ok;
    }

    private static boolean multisampleWorks(int internalFormat) {
        int tex = glGenTextures();
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, tex);
        glTexStorage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, 2, internalFormat, SIZE, SIZE, true);
        boolean ok = glGetError() == GL_NO_ERROR;
        glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
        glDeleteTextures(tex);
        return ok;
    }

    private static GlFormat format(Entry e, FormatDesc d, boolean emulated, boolean compressed, boolean render,
            boolean depthStencil, boolean readback, boolean multisample) {
        return new GlFormat(d.value(), d.name(), e.internalFormat(), e.format(), e.type(), e.swizzle(), emulated,
                compressed, d.blockWidth(), d.blockHeight(), d.blockBytes(), d.hasDepth(), d.hasStencil(), true,
                render, depthStencil, readback, multisample, e.swapRedBlue());
    }

    private static void drainErrors() {
        for (int i = 0; i < 64 && glGetError() != GL_NO_ERROR; i++) {
            // a refused candidate leaves its error behind
        }
    }

    /** For tests: every candidate name, primary and fallback. */
    static List<String> candidateNames() {
        return java.util.stream.Stream.concat(FormatEntries.ALL.stream(), FormatEntries.CORE_FALLBACKS.stream())
                .map(Entry::name).toList();
    }
}
