package org.jvirgl.virgl.blit;

import static org.jvirgl.virgl.gl.FramebufferCalls.glBlitNamedFramebuffer;
import static org.jvirgl.virgl.gl.FramebufferCalls.glCheckNamedFramebufferStatus;
import static org.jvirgl.virgl.gl.FramebufferCalls.glCreateFramebuffers;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferDrawBuffer;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferReadBuffer;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferTexture;
import static org.jvirgl.virgl.gl.FramebufferCalls.glNamedFramebufferTextureLayer;
import static org.jvirgl.virgl.gl.TextureCalls.glCreateTextures;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureStorage2D;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.exec.ExecContext;
import org.jvirgl.virgl.exec.ExecFormat;
import org.jvirgl.virgl.exec.ExecResource;
import org.jvirgl.virgl.exec.TextureViews;
import org.jvirgl.virgl.gl.HostGl;
import org.jvirgl.virgl.state.FormatTraits;
import org.jvirgl.virgl.state.GlCap;
import org.jvirgl.virgl.state.GlStateCache;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.BlitRegion;
import org.jvirgl.wire.state.PipeBox;

/**
 * BLIT through glBlitFramebuffer, one layer at a time, with a read and a draw FBO owned by
 * the blitter. Formats the resources were not created with are attached through temporary
 * texture views so GL converts (sRGB encode/decode, UNORM↔FLOAT) as Gallium expects. Sources a
 * framebuffer cannot read (compressed formats), and depth or stencil between differing formats, are
 * drawn by {@link ShaderBlitter} instead.
 */
public final class Blitter {
    private static final int MASK_RGBA = 0xf;
    private static final int MASK_Z = 0x10;
    private static final int MASK_S = 0x20;
    private static final String STENCIL_EXPORT = "GL_ARB_shader_stencil_export";

    private final ShaderBlitter shaderBlitter = new ShaderBlitter();
    private int readFbo;
    private int drawFbo;

    /** Runs a blit; guest errors are reported through {@code ctx}. */
    public void blit(ExecContext ctx, BlitInfo info) {
        ExecResource src = ctx.resource(info.src().resource(), "blit source");
        ExecResource dst = src == null ? null : ctx.resource(info.dst().resource(), "blit destination");
        if (src == null || dst == null) {
            return;
        }
        if (src.isBuffer() || dst.isBuffer()) {
            ctx.fail(ContextError.ILLEGAL_RESOURCE, "blit between buffers");
            return;
        }
        if (!BoxCheck.blittable(src, info.src().level(), info.src().box())) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "blit source box " + info.src().box() + " outside its resource ("
                + src.width() + "x" + src.height() + ")");
            return;
        }
        if (!BoxCheck.blittable(dst, info.dst().level(), info.dst().box())) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "blit destination box " + info.dst().box()
                + " outside its resource (" + dst.width() + "x" + dst.height() + ")");
            return;
        }
        ExecFormat srcFormat = ctx.resources().format(info.src().format());
        ExecFormat dstFormat = ctx.resources().format(info.dst().format());
        if (!srcFormat.supported() || !dstFormat.supported()) {
            ctx.fail(ContextError.ILLEGAL_FORMAT, "blit format " + info.src().format() + " -> " + info.dst().format());
            return;
        }
        if (readFbo == 0) {
            readFbo = glCreateFramebuffers();
            drawFbo = glCreateFramebuffers();
        }
        FormatTraits srcTraits = FormatTraits.of(info.src().format());
        FormatTraits dstTraits = FormatTraits.of(info.dst().format());
        int bits = glMask(info.mask(), srcTraits, dstTraits);
        if (bits == 0) {
            return;
        }
        int srcTex = viewOrSelf(ctx, src, srcFormat);
        int dstTex = viewOrSelf(ctx, dst, dstFormat);
        GlStateCache gl = ctx.glState();
        gl.set(GlCap.SCISSOR_TEST, info.scissorEnable());
        if (info.scissorEnable()) {
            glScissor(info.scissorMinX(), info.scissorMinY(), info.scissorMaxX() - info.scissorMinX(),
                info.scissorMaxY() - info.scissorMinY());
        }
        gl.set(GlCap.FRAMEBUFFER_SRGB, srcTraits.srgb() || dstTraits.srgb());
        gl.set(GlCap.RASTERIZER_DISCARD, false);
        glColorMask(true, true, true, true);
        glDepthMask(true);
        glStencilMask(~0);
        // GL filters only colour, and never integer colour, linearly.
        boolean linear = info.filter() == 1 && bits == GL_COLOR_BUFFER_BIT && !srcTraits.pureInteger()
            && !dstTraits.pureInteger();
        int filter = linear ? GL_LINEAR : GL_NEAREST;
        boolean stencilExport = ctx.hostCaps().hasExtension(STENCIL_EXPORT);
        if ((bits & GL_STENCIL_BUFFER_BIT) != 0 && !stencilExport
                && srcFormat.glInternalFormat() != dstFormat.glInternalFormat()) {
            ctx.warn("blit: stencil between formats " + info.src().format() + " and " + info.dst().format()
                + " skipped: the host lacks " + STENCIL_EXPORT);
        }
        if (!copyLayers(gl, new Side(src, srcTex, srcFormat, info.src()),
                new Side(dst, dstTex, dstFormat, info.dst()), bits, filter, stencilExport)) {
            ctx.warn("blit from resource " + src.handle() + " (format " + info.src().format()
                + ") skipped: the host cannot sample it");
        }
        if (srcTex != src.glTexture()) {
            ctx.names().deleteTexture(srcTex);
        }
        if (dstTex != dst.glTexture()) {
            ctx.names().deleteTexture(dstTex);
        }
        gl.forgetFramebuffers();
        ctx.invalidateAfterForeignGl();
    }

    /** One end of a blit: the resource, the texture (or view) used for it, its format and region. */
    private record Side(ExecResource res, int texture, ExecFormat format, BlitRegion region) {
    }

    /** Copies every layer; false when the sampling path had to skip one (GL refused a view). */
    private boolean copyLayers(GlStateCache gl, Side s, Side d, int bits, int filter, boolean stencilExport) {
        boolean all = true;
        int srcLevel = s.region().level();
        int dstLevel = d.region().level();
        PipeBox sb = BlitGeometry.inGlRows(s.region().box(), s.res().y0Top(), s.res().height(srcLevel));
        PipeBox db = BlitGeometry.inGlRows(d.region().box(), d.res().y0Top(), d.res().height(dstLevel));
        int layers = BlitGeometry.layers(db);
        for (int i = 0; i < layers; i++) {
            int srcLayer = BlitGeometry.srcLayer(sb, db, i);
            attach(readFbo, s.res(), s.texture(), srcLevel, srcLayer, bits);
            attach(drawFbo, d.res(), d.texture(), dstLevel, BlitGeometry.dstLayer(db, i), bits);
            glNamedFramebufferReadBuffer(readFbo, (bits & GL_COLOR_BUFFER_BIT) != 0 ? GL_COLOR_ATTACHMENT0 : GL_NONE);
            glNamedFramebufferDrawBuffer(drawFbo, (bits & GL_COLOR_BUFFER_BIT) != 0 ? GL_COLOR_ATTACHMENT0 : GL_NONE);
            if (bits == GL_COLOR_BUFFER_BIT && ShaderBlitter.canSample(s.res())
                    && (convertsChannels(s.format(), d.format()) || !attachable(readFbo))) {
                // GL cannot read this source through a framebuffer (compressed, not renderable), or
                // the formats keep channels in different places: sample it and store what it reads.
                all &= shaderBlitter.copyLayer(gl, s.res(), s.format(), s.region().format(), srcLevel, srcLayer,
                    sb, drawFbo, d.res().width(dstLevel), d.res().height(dstLevel), db, d.region().format(),
                    d.format().swizzle(), filter == GL_LINEAR);
                continue;
            }
            if ((bits & (GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT)) != 0
                    && s.format().glInternalFormat() != d.format().glInternalFormat()) {
                // glBlitFramebuffer refuses depth-stencil formats that differ: write the values from a
                // shader. A multisampled source is not sampled here (vrend reads its sample 0): skipped.
                all &= ShaderBlitter.canSample(s.res())
                    && copyDepthStencil(gl, s, d, bits, srcLayer, sb, db, stencilExport);
                continue;
            }
            if (HostGl.ES && d.res().samples() > 1) {
                // ES blits into no multisampled buffer; like-for-like samples copy raw.
                all &= copySamples(s, d, sb, db, srcLayer, BlitGeometry.dstLayer(db, i));
                continue;
            }
            if (HostGl.ES && s.res().samples() > 1 && bits == GL_COLOR_BUFFER_BIT
                    && (s.format().glInternalFormat() != d.format().glInternalFormat() || !sameSize(sb, db))) {
                resolveThenBlit(s.format().glInternalFormat(), sb, db, filter);
                continue;
            }
            glBlitNamedFramebuffer(readFbo, drawFbo, sb.x(), sb.y(), sb.x() + sb.width(), sb.y() + sb.height(),
                db.x(), db.y(), db.x() + db.width(), db.y() + db.height(), bits, filter);
        }
        return all;
    }

    /**
     * A multisampled destination on ES: a 1:1 copy between buffers of the same sample count
     * and storage copies the samples (glCopyImageSubData); anything else cannot be done there.
     */
    private static boolean copySamples(Side s, Side d, PipeBox sb, PipeBox db, int srcLayer, int dstLayer) {
        if (s.res().samples() != d.res().samples() || !sameSize(sb, db)
                || s.format().glInternalFormat() != d.format().glInternalFormat()) {
            return false;
        }
        glCopyImageSubData(s.texture(), s.res().glTarget(), s.region().level(), sb.x(), sb.y(),
            s.res().glTarget() == GL_TEXTURE_2D_MULTISAMPLE ? 0 : srcLayer,
            d.texture(), d.res().glTarget(), d.region().level(), db.x(), db.y(),
            d.res().glTarget() == GL_TEXTURE_2D_MULTISAMPLE ? 0 : dstLayer, sb.width(), sb.height(), 1);
        return true;
    }

    private static boolean sameSize(PipeBox a, PipeBox b) {
        return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
    }

    /**
     * ES resolves a multisampled colour source only into the same format and the same
     * rectangle: resolve into a single-sample texture of the source's format first, then blit
     * that (converting, scaling) into the destination.
     */
    private void resolveThenBlit(int internalFormat, PipeBox sb, PipeBox db, int filter) {
        int w = sb.x() + sb.width();
        int h = sb.y() + sb.height();
        int temp = glCreateTextures(GL_TEXTURE_2D);
        glTextureStorage2D(temp, 1, internalFormat, Math.max(w, 1), Math.max(h, 1));
        int tempFbo = glCreateFramebuffers();
        glNamedFramebufferTexture(tempFbo, GL_COLOR_ATTACHMENT0, temp, 0);
        glBlitNamedFramebuffer(readFbo, tempFbo, sb.x(), sb.y(), w, h, sb.x(), sb.y(), w, h, GL_COLOR_BUFFER_BIT,
            GL_NEAREST);
        glNamedFramebufferReadBuffer(tempFbo, GL_COLOR_ATTACHMENT0);
        glBlitNamedFramebuffer(tempFbo, drawFbo, sb.x(), sb.y(), w, h,
            db.x(), db.y(), db.x() + db.width(), db.y() + db.height(), GL_COLOR_BUFFER_BIT, filter);
        // Made, used and dropped here, never bound by the renderer: no name shadow can hold them.
        glDeleteFramebuffers(tempFbo);
        glDeleteTextures(temp);
    }

    private boolean copyDepthStencil(GlStateCache gl, Side s, Side d, int bits, int srcLayer, PipeBox sb, PipeBox db,
                                     boolean stencilExport) {
        int srcLevel = s.region().level();
        int dstLevel = d.region().level();
        int w = d.res().width(dstLevel);
        int h = d.res().height(dstLevel);
        boolean ok = true;
        if ((bits & GL_DEPTH_BUFFER_BIT) != 0) {
            ok = shaderBlitter.copyDepthStencilLayer(gl, ShaderBlitter.Output.DEPTH, s.res(), s.format(), srcLevel,
                srcLayer, sb, drawFbo, w, h, db);
        }
        if ((bits & GL_STENCIL_BUFFER_BIT) != 0 && stencilExport) {
            ok &= shaderBlitter.copyDepthStencilLayer(gl, ShaderBlitter.Output.STENCIL, s.res(), s.format(), srcLevel,
                srcLayer, sb, drawFbo, w, h, db);
        }
        return ok;
    }

    /**
     * Whether a framebuffer copy would put guest channels in the wrong place: the source or the
     * destination format is stored with a swizzle the other lacks (A8 as R8, an X format's
     * alpha that must read as one). Only a destination X format may differ harmlessly: its
     * stored alpha is never read.
     */
    static boolean convertsChannels(ExecFormat src, ExecFormat dst) {
        int[] s = src.swizzle() != null ? src.swizzle() : ExecFormat.IDENTITY;
        int[] d = dst.swizzle() != null ? dst.swizzle() : ExecFormat.IDENTITY;
        if (java.util.Arrays.equals(s, d)) {
            return false;
        }
        boolean dstOnlyDropsAlpha = java.util.Arrays.equals(s, ExecFormat.IDENTITY)
            && d[0] == 0 && d[1] == 1 && d[2] == 2;
        return !dstOnlyDropsAlpha;
    }

    private static boolean attachable(int fbo) {
        return glCheckNamedFramebufferStatus(fbo, GL_READ_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }

    private static void attach(int fbo, ExecResource res, int texture, int level, int layer, int bits) {
        boolean layered = res.layers() > 1 || res.pipeTarget() == 3;
        int colour = (bits & GL_COLOR_BUFFER_BIT) != 0 ? texture : 0;
        int ds = (bits & (GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT)) != 0 ? texture : 0;
        FormatTraits traits = FormatTraits.of(res.format());
        int dsPoint = traits.depth() && traits.stencil() ? GL_DEPTH_STENCIL_ATTACHMENT
            : traits.stencil() ? GL_STENCIL_ATTACHMENT : GL_DEPTH_ATTACHMENT;
        glNamedFramebufferTexture(fbo, GL_DEPTH_STENCIL_ATTACHMENT, 0, 0);
        if (layered) {
            glNamedFramebufferTextureLayer(fbo, GL_COLOR_ATTACHMENT0, colour, level, layer);
            if (ds != 0) {
                glNamedFramebufferTextureLayer(fbo, dsPoint, ds, level, layer);
            }
        } else {
            glNamedFramebufferTexture(fbo, GL_COLOR_ATTACHMENT0, colour, level);
            if (ds != 0) {
                glNamedFramebufferTexture(fbo, dsPoint, ds, level);
            }
        }
    }

    private static int glMask(int mask, FormatTraits src, FormatTraits dst) {
        int bits = 0;
        if ((mask & MASK_RGBA) != 0 && !src.depth() && !dst.depth()) {
            bits |= GL_COLOR_BUFFER_BIT;
        }
        if ((mask & MASK_Z) != 0 && src.depth() && dst.depth()) {
            bits |= GL_DEPTH_BUFFER_BIT;
        }
        if ((mask & MASK_S) != 0 && src.stencil() && dst.stencil()) {
            bits |= GL_STENCIL_BUFFER_BIT;
        }
        return bits;
    }

    /** The resource texture, or a temporary view when the blit reads/writes another format. */
    private static int viewOrSelf(ExecContext ctx, ExecResource res, ExecFormat format) {
        ExecFormat own = ctx.resources().format(res.format());
        if (own.glInternalFormat() == format.glInternalFormat()) {
            return res.glTexture();
        }
        int view = TextureViews.wholeTexture(res, format);
        return view != 0 ? view : res.glTexture();
    }

    /** Frees the blitter's FBOs (GL context current). */
    public void release(GlNames names) {
        names.deleteFramebuffer(readFbo);
        names.deleteFramebuffer(drawFbo);
        readFbo = drawFbo = 0;
        shaderBlitter.release(names);
    }
}
