package org.jvirgl.virgl.exec;

import static org.jvirgl.virgl.gl.TextureCalls.glDeleteTextures;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureView;
import static org.lwjgl.opengl.GL45C.*;

/**
 * GL texture views over resource textures, for sampler views and surfaces whose format, target,
 * level or layer range differs from the resource. Created only at object-creation time, so the
 * glGetError check here is off the draw path.
 */
public final class TextureViews {
    private TextureViews() {
    }

    /** A view of every level and layer of {@code res} in another format; 0 when impossible. */
    public static int wholeTexture(ExecResource res, ExecFormat format) {
        int layers = res.pipeTarget() == 3 ? 1 : res.layers();
        return create(res, res.glTarget(), format.glInternalFormat(), 0, res.lastLevel() + 1, 0, layers);
    }

    /**
     * A single-level 2D view of one layer (array layer or cube face) of a 2D-family texture, for
     * sampling one image in another pipeline; 0 when impossible.
     */
    public static int imageOf(ExecResource res, ExecFormat format, int level, int layer) {
        return create(res, GL_TEXTURE_2D, format.glInternalFormat(), level, 1, layer, 1);
    }

    /**
     * A single-level array view of layers {@code firstLayer .. firstLayer+layers-1} (cube faces
     * count as layers), so a layered render target covers only the surface's range; 0 when the
     * target has no array form to view (3D) or GL refuses.
     */
    public static int layersOf(ExecResource res, ExecFormat format, int level, int firstLayer, int layers) {
        int target = layersTarget(res.glTarget());
        return target == 0 ? 0 : create(res, target, format.glInternalFormat(), level, 1, firstLayer, layers);
    }

    /** The target of {@link #layersOf} views of a texture of {@code glTarget}; 0 for none. */
    public static int layersTarget(int glTarget) {
        return switch (glTarget) {
            case GL_TEXTURE_2D_ARRAY, GL_TEXTURE_CUBE_MAP, GL_TEXTURE_CUBE_MAP_ARRAY -> GL_TEXTURE_2D_ARRAY;
            case GL_TEXTURE_1D_ARRAY -> GL_TEXTURE_1D_ARRAY;
            case GL_TEXTURE_2D_MULTISAMPLE_ARRAY -> GL_TEXTURE_2D_MULTISAMPLE_ARRAY;
            default -> 0;
        };
    }

    /** A single-level view of a 3D texture; 0 when impossible. */
    public static int levelOf(ExecResource res, ExecFormat format, int level) {
        return create(res, GL_TEXTURE_3D, format.glInternalFormat(), level, 1, 0, 1);
    }

    /** A new view name, or 0 when GL refuses the combination (the caller falls back). */
    static int create(ExecResource res, int glTarget, int internalFormat, int firstLevel, int levels,
                      int firstLayer, int layers) {
        if (!res.immutable() || res.glTexture() == 0) {
            return 0;
        }
        for (int i = 0; i < 16 && glGetError() != GL_NO_ERROR; i++) {
            // drop stale errors so the check below reads this call's outcome only
        }
        int view = glGenTextures();
        glTextureView(view, glTarget, res.glTexture(), internalFormat, firstLevel, levels, firstLayer, layers);
        if (glGetError() != GL_NO_ERROR) {
            // Never bound, so no name shadow can hold it: this delete needs no GlNames epoch.
            glDeleteTextures(view);
            return 0;
        }
        return view;
    }
}
