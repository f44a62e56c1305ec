package org.jvirgl.virgl.winsys;

/** Which desktop GL profile the host contexts use. */
public enum GlProfile {
    /** Core profile (the default, as vrend prefers). */
    CORE,
    /** Compatibility profile ({@code RendererFlag.COMPAT_PROFILE}). */
    COMPATIBILITY
}
