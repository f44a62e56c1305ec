package org.jvirgl.virgl.program;

import org.jvirgl.wire.VirglObjectType;
import java.util.HashMap;
import java.util.Map;
import org.jvirgl.shader.tgsi.TgsiShader;
import org.jvirgl.virgl.state.GuestObject;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.wire.state.StreamOutputInfo;

/**
 * A SHADER object: the parsed TGSI of one stage plus its compiled variants, one per shader key
 * the draws needed so far (Gallium's "shader selector").
 */
public final class ShaderSelector implements GuestObject {
    private final int stage;
    private final TgsiShader tgsi;
    private final StreamOutputInfo streamOutput;
    private final int computeSharedBytes;
    private final Map<Object, ShaderVariant> variants = new HashMap<>();

    public ShaderSelector(int stage, TgsiShader tgsi, StreamOutputInfo streamOutput, int computeSharedBytes) {
        this.stage = stage;
        this.tgsi = tgsi;
        this.streamOutput = streamOutput;
        this.computeSharedBytes = computeSharedBytes;
    }

    /** Compute shaders: the shared memory CREATE_OBJECT asked for. */
    public int computeSharedBytes() {
        return computeSharedBytes;
    }

    public int stage() {
        return stage;
    }

    public TgsiShader tgsi() {
        return tgsi;
    }

    public StreamOutputInfo streamOutput() {
        return streamOutput;
    }

    ShaderVariant variant(Object key) {
        return variants.get(key);
    }

    void addVariant(Object key, ShaderVariant variant) {
        variants.put(key, variant);
    }

    @Override
    public int objectType() {
        return VirglObjectType.SHADER;
    }

    /**
     * Deletes the compiled GL shaders; linked programs keep working (GL refcounts them). Shader
     * names are never shadowed, so the deletes need no epoch.
     */
    @Override
    public void release(GlNames names) {
        for (ShaderVariant v : variants.values()) {
            v.release();
        }
        variants.clear();
    }
}
