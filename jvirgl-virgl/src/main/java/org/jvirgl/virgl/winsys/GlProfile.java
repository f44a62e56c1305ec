package org.jvirgl.virgl.winsys;

/** Which kind of host GL context the backend runs on: a desktop GL profile, or OpenGL ES. */
public enum GlProfile {
    /** Desktop core profile (the default, as vrend prefers). */
    CORE,
    /** Desktop compatibility profile ({@code RendererFlag.COMPAT_PROFILE}). */
    COMPATIBILITY,
    /** OpenGL ES 3.1 or 3.2 ({@code RendererFlag.USE_GLES}); ES contexts have no profile mask. */
    ES;

    /** Whether contexts of this kind are OpenGL ES. */
    public boolean isEs() {
        return this == ES;
    }
}
