package org.jvirgl.virgl.resource;

import static org.jvirgl.virgl.gl.BufferCalls.glCreateBuffers;
import static org.jvirgl.virgl.gl.BufferCalls.glNamedBufferStorage;
import static org.jvirgl.virgl.gl.TextureCalls.glCreateTextures;
import static org.jvirgl.virgl.gl.TextureCalls.glDeleteTextures;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureStorage1D;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureStorage2D;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureStorage2DMultisample;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureStorage3D;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureStorage3DMultisample;
import static org.lwjgl.opengl.GL46C.*;

import org.jvirgl.api.ResourceCreateArgs;
import org.jvirgl.api.VirglException;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.format.GlFormat;
import org.jvirgl.virgl.format.GlFormatTable;
import org.jvirgl.virgl.gl.HostGl;

/**
 * Creates the GL storage of classic resources. The core has already applied upstream's
 * {@code check_resource_valid} rules; this checks what only the host knows (format support,
 * size limits) and refuses with EINVAL/ENOMEM instead of handing GL values it would reject or
 * allocations it cannot make.
 */
public final class GlResourceFactory {

    /** No single resource may claim more host memory than this (hostile sizes). */
    static final long MAX_BYTES = 2L << 30;

    private final HostCaps caps;
    private final GlFormatTable formats;
    private final ResourceSite site;

    public GlResourceFactory(HostCaps caps, GlFormatTable formats, ResourceSite site) {
        this.caps = caps;
        this.formats = formats;
        this.site = site;
    }

    /** Creates the resource on the share group (a context of which is made current here). */
    public GlResource create(ResourceCreateArgs a) {
        GlFormat format = formats.get(a.format());
        if (format == null) {
            throw refuse(a, "format " + a.format() + " is not supported by the host");
        }
        site.ensureCurrent();
        drainErrors();
        if (a.target() == ResourceCreateArgs.TARGET_BUFFER) {
            return createBuffer(a, format);
        }
        return createTexture(a, format);
    }

    private GlResource createBuffer(ResourceCreateArgs a, GlFormat format) {
        long size = Integer.toUnsignedLong(a.width());
        if (size > MAX_BYTES) {
            throw refuse(a, "buffer of " + size + " bytes is too large");
        }
        int name = glCreateBuffers();
        // Immutable storage that can still be updated and mapped (transfers, persistent maps later).
        glNamedBufferStorage(name, Math.max(1, size), GL_DYNAMIC_STORAGE_BIT | GL_MAP_READ_BIT | GL_MAP_WRITE_BIT);
        return finish(a, format, GL_ARRAY_BUFFER, name, true);
    }

    private GlResource createTexture(ResourceCreateArgs a, GlFormat format) {
        int w = a.width();
        int h = Math.max(1, a.height());
        int d = Math.max(1, a.depth());
        int layers = Math.max(1, a.arraySize());
        int levels = a.lastLevel() + 1;
        boolean ms = a.nrSamples() > 1;
        int glTarget = glTarget(a.target(), ms);
        if (glTarget == GL_TEXTURE_RECTANGLE && format.compressed()) {
            // GL has no compressed rectangle textures, Gallium does (vrend creates them and ignores
            // the GL error); 2D storage keeps the guest's uploads and readbacks working.
            glTarget = GL_TEXTURE_2D;
        }
        checkLimits(a, format, w, h, d, layers, levels);
        if (format.compressed() && ms) {
            throw refuse(a, "compressed format " + format.name() + " cannot be multisampled");
        }
        if (ms && !format.multisample()) {
            throw refuse(a, "format " + format.name() + " cannot be multisampled on this host");
        }
        int name = glCreateTextures(glTarget);
        int internal = format.internalFormat();
        int samples = a.nrSamples();
        switch (glTarget) {
            case GL_TEXTURE_1D -> glTextureStorage1D(name, levels, internal, w);
            case GL_TEXTURE_2D, GL_TEXTURE_RECTANGLE, GL_TEXTURE_CUBE_MAP -> glTextureStorage2D(name, levels, internal, w, h);
            case GL_TEXTURE_1D_ARRAY -> glTextureStorage2D(name, levels, internal, w, layers);
            case GL_TEXTURE_3D -> glTextureStorage3D(name, levels, internal, w, h, d);
            case GL_TEXTURE_2D_ARRAY, GL_TEXTURE_CUBE_MAP_ARRAY -> glTextureStorage3D(name, levels, internal, w, h, layers);
            case GL_TEXTURE_2D_MULTISAMPLE -> glTextureStorage2DMultisample(name, samples, internal, w, h, true);
            case GL_TEXTURE_2D_MULTISAMPLE_ARRAY ->
                glTextureStorage3DMultisample(name, samples, internal, w, h, layers, true);
            default -> throw new IllegalStateException("unmapped target " + glTarget);
        }
        return finish(a, format, glTarget, name, false);
    }

    private GlResource finish(ResourceCreateArgs a, GlFormat format, int glTarget, int name, boolean buffer) {
        int err = glGetError();
        if (err != GL_NO_ERROR) {
            if (buffer) {
                glDeleteBuffers(name);
            } else {
                glDeleteTextures(name);
            }
            drainErrors();
            int code = err == GL_OUT_OF_MEMORY ? VirglException.ENOMEM : VirglException.EINVAL;
            throw new VirglException(code, String.format("resource %d: GL refused the storage (GL error 0x%x)",
                    a.handle(), err));
        }
        return new GlResource(a, format, glTarget, name, site);
    }

    static int glTarget(int galliumTarget, boolean multisample) {
        return HostGl.hostTextureTarget(desktopTarget(galliumTarget, multisample));
    }

    private static int desktopTarget(int galliumTarget, boolean multisample) {
        return switch (galliumTarget) {
            case ResourceCreateArgs.TARGET_1D -> GL_TEXTURE_1D;
            case ResourceCreateArgs.TARGET_2D -> multisample ? GL_TEXTURE_2D_MULTISAMPLE : GL_TEXTURE_2D;
            case ResourceCreateArgs.TARGET_3D -> GL_TEXTURE_3D;
            case ResourceCreateArgs.TARGET_CUBE -> GL_TEXTURE_CUBE_MAP;
            case ResourceCreateArgs.TARGET_RECT -> GL_TEXTURE_RECTANGLE;
            case ResourceCreateArgs.TARGET_1D_ARRAY -> GL_TEXTURE_1D_ARRAY;
            case ResourceCreateArgs.TARGET_2D_ARRAY -> multisample ? GL_TEXTURE_2D_MULTISAMPLE_ARRAY : GL_TEXTURE_2D_ARRAY;
            case ResourceCreateArgs.TARGET_CUBE_ARRAY -> GL_TEXTURE_CUBE_MAP_ARRAY;
            default -> throw new VirglException(VirglException.EINVAL, "unknown texture target " + galliumTarget);
        };
    }

    private void checkLimits(ResourceCreateArgs a, GlFormat f, int w, int h, int d, int layers, int levels) {
        if (w <= 0 || a.lastLevel() < 0 || a.lastLevel() > 15) {
            throw refuse(a, "bad width/levels");
        }
        int max2d = caps.maxTextureSize();
        int limitW = max2d;
        int limitH = max2d;
        int limitD = 1;
        int limitLayers = 1;
        switch (a.target()) {
            case ResourceCreateArgs.TARGET_1D -> limitH = 1;
            case ResourceCreateArgs.TARGET_1D_ARRAY -> {
                limitH = 1;
                limitLayers = caps.maxArrayLayers();
            }
            case ResourceCreateArgs.TARGET_3D -> {
                limitW = limitH = limitD = caps.max3dTextureSize();
            }
            case ResourceCreateArgs.TARGET_CUBE, ResourceCreateArgs.TARGET_CUBE_ARRAY -> {
                limitW = limitH = caps.maxCubeTextureSize();
                limitLayers = a.target() == ResourceCreateArgs.TARGET_CUBE ? 6 : caps.maxArrayLayers();
                if (w != h) {
                    throw refuse(a, "cube faces must be square");
                }
            }
            case ResourceCreateArgs.TARGET_2D_ARRAY -> limitLayers = caps.maxArrayLayers();
            case ResourceCreateArgs.TARGET_RECT -> {
                // ES has no rectangle textures: they are 2D there, with the 2D limit.
                if (!caps.isEs()) {
                    limitW = limitH = Math.max(1, caps.limits().get(GL_MAX_RECTANGLE_TEXTURE_SIZE));
                }
            }
            default -> { }
        }
        int effLayers = a.target() == ResourceCreateArgs.TARGET_CUBE ? 6 : layers;
        if (w > limitW || h > limitH || d > Math.max(limitD, 1) || effLayers > Math.max(limitLayers, 1)) {
            throw refuse(a, String.format("%dx%dx%d, %d layers exceeds the host limits", w, h, d, layers));
        }
        long bytes = f.stride(w) * f.blockRows(h) * (long) d * effLayers * Math.max(1, a.nrSamples());
        if (bytes * 4 / 3 > MAX_BYTES) {
            throw refuse(a, "needs about " + bytes + " bytes");
        }
    }

    private static VirglException refuse(ResourceCreateArgs a, String why) {
        return new VirglException(VirglException.EINVAL, "resource " + a.handle() + ": " + why);
    }

    private static void drainErrors() {
        for (int i = 0; i < 64 && glGetError() != GL_NO_ERROR; i++) {
            // errors left by earlier work are not ours to report
        }
    }
}
