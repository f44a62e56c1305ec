package org.jvirgl.virgl.caps;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The host floor: features the backend calls without asking first, so a host lacking one is
 * refused when the renderer starts. This matters because LWJGL aborts the whole JVM (every
 * client) when an entry point the host did not load is called; a refusal at start is the
 * clean alternative.
 *
 * <p>Everything beyond the floor (GL 4.4 and later, extension-only features) is asked for at
 * the point of use: {@link HostCaps#has} for commands and state, function pointers for the
 * GL 4.6 indirect-count draws. Shader-language features (cull distance, derivative control,
 * image samples queries, …) only make a compile fail, which is already a clean refusal.
 *
 * <p>A GLES host has a smaller floor: the desktop-only calls in {@link #ROUTED_ON_ES} are routed
 * to ES forms by {@code gl.HostGl} (direct state access to bind-and-call, texture readback
 * through a framebuffer, indirect draws one at a time, stream-indexed queries to stream 0), so
 * ES needs no feature of its own for them.
 */
public final class RequiredFeatures {

    /** What needs each floor feature (the calls made without a check). */
    private static final List<HostFeature> FLOOR = List.of(
            // Every resource, transfer and framebuffer uses direct state access.
            HostFeature.DIRECT_STATE_ACCESS,
            HostFeature.GET_TEXTURE_SUB_IMAGE,
            HostFeature.TEXTURE_STORAGE,
            // Buffers are immutable storage (glNamedBufferStorage).
            HostFeature.BUFFER_STORAGE,
            HostFeature.UBO,
            HostFeature.SAMPLERS,
            // Driver uniforms are set with glProgramUniform*.
            HostFeature.SEPARATE_SHADER_OBJECTS,
            // Viewports, scissors and depth ranges are always set per index.
            HostFeature.VIEWPORT_ARRAY,
            // Every draw passes its start instance.
            HostFeature.BASE_INSTANCE,
            // Per-target blending (glBlendFuncSeparatei) whenever the guest asks for it.
            HostFeature.INDEP_BLEND_FUNC,
            // Stream output runs on transform-feedback objects; queries take a stream index.
            HostFeature.TRANSFORM_FEEDBACK2,
            HostFeature.TRANSFORM_FEEDBACK3,
            // Sampler views and copies.
            HostFeature.TEXTURE_VIEW,
            HostFeature.COPY_IMAGE,
            HostFeature.TEXTURE_BUFFER_RANGE,
            HostFeature.STORAGE_MULTISAMPLE,
            // Indirect draws go through glMultiDraw*Indirect.
            HostFeature.MULTI_DRAW_INDIRECT);

    /** Floor features a GLES host does without: their calls have ES forms HostGl routes to. */
    static final Set<HostFeature> ROUTED_ON_ES = EnumSet.of(
            HostFeature.DIRECT_STATE_ACCESS,
            HostFeature.GET_TEXTURE_SUB_IMAGE,
            HostFeature.TRANSFORM_FEEDBACK3,
            HostFeature.MULTI_DRAW_INDIRECT);

    private RequiredFeatures() {
    }

    /** The desktop floor, in the order above. */
    public static List<HostFeature> floor() {
        return FLOOR;
    }

    /** The floor of a GLES host ({@code es}) or a desktop one, in the order above. */
    public static List<HostFeature> floor(boolean es) {
        return es ? FLOOR.stream().filter(f -> !ROUTED_ON_ES.contains(f)).toList() : FLOOR;
    }

    /** The floor features {@code caps} lacks (empty when the host can run VirGL). */
    public static Set<HostFeature> missingFrom(HostCaps caps) {
        Set<HostFeature> missing = EnumSet.noneOf(HostFeature.class);
        for (HostFeature f : floor(caps.isEs())) {
            if (!caps.has(f)) {
                missing.add(f);
            }
        }
        return missing;
    }
}
