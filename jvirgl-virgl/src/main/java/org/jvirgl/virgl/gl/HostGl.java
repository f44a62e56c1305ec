package org.jvirgl.virgl.gl;

import static org.lwjgl.opengl.GL45C.*;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The routing switch for the renderer's desktop-only GL entry points, and the small binding
 * helpers their OpenGL ES forms share.
 *
 * <p>The call classes of this package ({@link TextureCalls}, {@link BufferCalls},
 * {@link FramebufferCalls}, {@link VertexArrayCalls}, {@link QueryCalls}, {@link DrawCalls},
 * {@link FixedFunctionCalls}) carry LWJGL's names and signatures, so a renderer file routes a
 * call by importing it from here instead of from {@code GL45C}. On desktop GL each is the
 * direct call; on a GLES host each is the bind-edit-restore form ES offers (ES has no direct
 * state access), or nothing where ES has no such state. Restoring the previous binding keeps
 * the renderer's binding caches true.
 */
public final class HostGl {

    /**
     * Whether the process's host contexts are OpenGL ES. Final, so the JIT drops the branch
     * that does not apply; read (and so fixed) only once a host has claimed its API.
     */
    public static final boolean ES = HostApi.claimedOrDesktop() == HostApi.GLES;

    // ES cannot ask a texture for its target without binding it, and binding needs the target,
    // so the ES forms remember it from creation. Names are per share group: the key carries the
    // group so two renderers' texture 5 do not collide.
    private static final ConcurrentHashMap<Long, Integer> ES_TEXTURE_TARGETS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Integer> ES_SHARE_GROUP = ThreadLocal.withInitial(() -> 0);

    private HostGl() {
    }

    /**
     * Tells the ES forms which share group the calling thread's current context belongs to
     * (called when a context is made current; a no-op cost on desktop hosts).
     */
    public static void bindShareGroup(int group) {
        if (ES) {
            ES_SHARE_GROUP.set(group);
        }
    }

    /** Forgets the targets of a share group's textures (its host closed). */
    public static void forgetShareGroup(int group) {
        if (ES) {
            ES_TEXTURE_TARGETS.keySet().removeIf(k -> (int) (k >>> 32) == group);
        }
    }

    static void rememberTarget(int texture, int target) {
        ES_TEXTURE_TARGETS.put(key(texture), target);
    }

    static void forgetTarget(int texture) {
        ES_TEXTURE_TARGETS.remove(key(texture));
    }

    /** The target a texture was created with, or GL_TEXTURE_2D for a name never seen. */
    static int targetOf(int texture) {
        Integer t = ES_TEXTURE_TARGETS.get(key(texture));
        return t == null ? GL_TEXTURE_2D : t;
    }

    private static long key(int texture) {
        return ((long) ES_SHARE_GROUP.get() << 32) | (texture & 0xFFFFFFFFL);
    }

    /**
     * The host texture target for a desktop one: ES has no 1D or rectangle textures, so those
     * live as 2D (arrays) of one row, which the shader translator samples through stand-ins.
     */
    public static int hostTextureTarget(int target) {
        if (!ES) {
            return target;
        }
        return switch (target) {
            case GL_TEXTURE_1D, GL_TEXTURE_RECTANGLE -> GL_TEXTURE_2D;
            case GL_TEXTURE_1D_ARRAY -> GL_TEXTURE_2D_ARRAY;
            default -> target;
        };
    }

    /** The {@code glGetIntegerv} name reporting the texture bound to {@code target}. */
    static int textureBindingQuery(int target) {
        return switch (target) {
            case GL_TEXTURE_2D -> GL_TEXTURE_BINDING_2D;
            case GL_TEXTURE_3D -> GL_TEXTURE_BINDING_3D;
            case GL_TEXTURE_2D_ARRAY -> GL_TEXTURE_BINDING_2D_ARRAY;
            case GL_TEXTURE_CUBE_MAP -> GL_TEXTURE_BINDING_CUBE_MAP;
            case GL_TEXTURE_CUBE_MAP_ARRAY -> GL_TEXTURE_BINDING_CUBE_MAP_ARRAY;
            case GL_TEXTURE_2D_MULTISAMPLE -> GL_TEXTURE_BINDING_2D_MULTISAMPLE;
            case GL_TEXTURE_2D_MULTISAMPLE_ARRAY -> GL_TEXTURE_BINDING_2D_MULTISAMPLE_ARRAY;
            case GL_TEXTURE_BUFFER -> GL_TEXTURE_BINDING_BUFFER;
            case GL_TEXTURE_1D -> GL_TEXTURE_BINDING_1D;
            case GL_TEXTURE_1D_ARRAY -> GL_TEXTURE_BINDING_1D_ARRAY;
            case GL_TEXTURE_RECTANGLE -> GL_TEXTURE_BINDING_RECTANGLE;
            default -> throw new IllegalArgumentException("texture target 0x" + Integer.toHexString(target));
        };
    }

    /** Binds {@code texture} to its target on the active unit; returns what was bound there. */
    static int bindTexture(int target, int texture) {
        int previous = glGetInteger(textureBindingQuery(target));
        if (previous != texture) {
            glBindTexture(target, texture);
        }
        return previous;
    }

    static void restoreTexture(int target, int texture, int previous) {
        if (previous != texture) {
            glBindTexture(target, previous);
        }
    }

    /** Binds {@code buffer} to {@code target} (a copy target); returns the previous binding. */
    static int bindBuffer(int target, int buffer) {
        int previous = glGetInteger(target == GL_COPY_READ_BUFFER ? GL_COPY_READ_BUFFER_BINDING
                : target == GL_COPY_WRITE_BUFFER ? GL_COPY_WRITE_BUFFER_BINDING
                : target == GL_ELEMENT_ARRAY_BUFFER ? GL_ELEMENT_ARRAY_BUFFER_BINDING : GL_ARRAY_BUFFER_BINDING);
        if (previous != buffer) {
            glBindBuffer(target, buffer);
        }
        return previous;
    }

    static void restoreBuffer(int target, int buffer, int previous) {
        if (previous != buffer) {
            glBindBuffer(target, previous);
        }
    }

    /** Binds {@code fbo} to {@code target} (draw or read); returns the previous binding. */
    static int bindFramebuffer(int target, int fbo) {
        int previous = glGetInteger(target == GL_READ_FRAMEBUFFER ? GL_READ_FRAMEBUFFER_BINDING
                : GL_DRAW_FRAMEBUFFER_BINDING);
        if (previous != fbo) {
            glBindFramebuffer(target, fbo);
        }
        return previous;
    }

    static void restoreFramebuffer(int target, int fbo, int previous) {
        if (previous != fbo) {
            glBindFramebuffer(target, previous);
        }
    }

    /** Binds vertex array {@code vao}; returns the previous binding. */
    static int bindVertexArray(int vao) {
        int previous = glGetInteger(GL_VERTEX_ARRAY_BINDING);
        if (previous != vao) {
            glBindVertexArray(vao);
        }
        return previous;
    }

    static void restoreVertexArray(int vao, int previous) {
        if (previous != vao) {
            glBindVertexArray(previous);
        }
    }
}
