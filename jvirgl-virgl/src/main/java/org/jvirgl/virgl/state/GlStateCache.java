package org.jvirgl.virgl.state;

import static org.jvirgl.virgl.gl.FixedFunctionCalls.glClipControl;
import static org.jvirgl.virgl.gl.FixedFunctionCalls.glPolygonMode;
import static org.jvirgl.virgl.gl.FixedFunctionCalls.glPrimitiveRestartIndex;
import static org.jvirgl.virgl.gl.FixedFunctionCalls.glProvokingVertex;
import static org.lwjgl.opengl.GL45C.*;

import java.util.Arrays;
import org.jvirgl.virgl.gl.TextureCalls;
import org.jvirgl.virgl.winsys.GlNames;

/**
 * A shadow of the host GL context's state, so the executor issues a GL call only when the value
 * changes. One per host GL context; {@link #invalidate()} forgets everything (after a context
 * switch or when another component touched GL behind the executor's back).
 *
 * <p>Object names (program, framebuffers, vertex array, textures, samplers, uniform buffers)
 * are only trusted while the share group's {@link GlNames#epoch() deletion epoch} stands still:
 * after any delete the driver may give a shadowed name to a new object, so every entry point
 * that compares names first compares the epoch and forgets all names when it moved.
 */
public final class GlStateCache {
    /** UBO binding points shadowed: every stage's slots, as the program linker hands them out. */
    static final int UNIFORM_BINDINGS = Limits.STAGES * Limits.UNIFORM_BUFFERS;
    /** Image units and SSBO binding points shadowed: every stage's slots. */
    static final int IMAGE_UNITS = Limits.STAGES * Limits.SHADER_IMAGES;
    static final int STORAGE_BINDINGS = Limits.STAGES * Limits.SHADER_BUFFERS;

    private long capKnown;
    private long capOn;
    private int program = -1;
    private int drawFbo = -1;
    private int readFbo = -1;
    private int vao = -1;
    private int activeUnit = -1;
    private final int[] unitTexture = new int[Limits.STAGES * Limits.SAMPLER_VIEWS];
    private final int[] unitTarget = new int[Limits.STAGES * Limits.SAMPLER_VIEWS];
    private final int[] unitSampler = new int[Limits.STAGES * Limits.SAMPLERS];
    private int frontFace = -1;
    private int cullFace = -1;
    private int polygonMode = -1;
    private int provoking = -1;
    private int clipDepthMode = -1;
    /** Without ARB_clip_control the depth range stays GL's -1..1 (the capsets offer no CLIP_HALFZ). */
    private final boolean clipControl;
    private long restartIndex = -1;
    /** Indexed GL_UNIFORM_BUFFER bindings: buffer name, offset and size per binding point. */
    private final int[] uboName = new int[UNIFORM_BINDINGS];
    private final long[] uboOffset = new long[UNIFORM_BINDINGS];
    private final long[] uboSize = new long[UNIFORM_BINDINGS];
    private final GlNames names;
    /** Image units: texture name, and level | layer << 8 | layered << 31, access, format. */
    private final int[] imageTexture = new int[IMAGE_UNITS];
    private final int[] imageLevelLayer = new int[IMAGE_UNITS];
    private final int[] imageAccess = new int[IMAGE_UNITS];
    private final int[] imageFormat = new int[IMAGE_UNITS];
    /** Indexed GL_SHADER_STORAGE_BUFFER bindings: buffer name, offset and size per binding point. */
    private final int[] ssboName = new int[STORAGE_BINDINGS];
    private final long[] ssboOffset = new long[STORAGE_BINDINGS];
    private final long[] ssboSize = new long[STORAGE_BINDINGS];
    /** The deletion epoch the shadowed names are valid for. */
    private int namesEpoch;

    /** Last emitted state objects: re-binding the same immutable object emits nothing. */
    public Object emittedBlend;
    public Object emittedDsa;
    public Object emittedRasterizer;

    /**
     * @param clipControl whether the host has glClipControl (GL 4.5 / ARB_clip_control)
     * @param names       the deletion epoch of the share group the GL context belongs to
     */
    public GlStateCache(boolean clipControl, GlNames names) {
        this.clipControl = clipControl;
        this.names = names;
        invalidate();
    }

    /** The share group's deletion epoch (deletes made on this context's behalf go through it). */
    public GlNames names() {
        return names;
    }

    public void invalidate() {
        capKnown = 0;
        activeUnit = -1;
        frontFace = cullFace = polygonMode = provoking = clipDepthMode = -1;
        restartIndex = -1;
        Arrays.fill(unitTarget, -1);
        forgetNames();
        emittedBlend = emittedDsa = emittedRasterizer = null;
    }

    /**
     * Forgets every shadowed name when an object was deleted since they were recorded. One int
     * comparison while nothing was deleted; it runs before every name comparison.
     */
    private void forgetNamesIfDeleted() {
        if (namesEpoch != names.epoch()) {
            forgetNames();
        }
    }

    /**
     * Names become unknown; texture targets stay known, so binding another target to a unit
     * still clears what an old texture may hold there.
     */
    private void forgetNames() {
        namesEpoch = names.epoch();
        program = drawFbo = readFbo = vao = -1;
        Arrays.fill(uboName, -1);
        Arrays.fill(ssboName, -1);
        Arrays.fill(imageTexture, -1);
        Arrays.fill(unitTexture, -1);
        Arrays.fill(unitSampler, -1);
    }

    public void set(GlCap cap, boolean on) {
        long bit = 1L << cap.ordinal();
        if ((capKnown & bit) != 0 && ((capOn & bit) != 0) == on) {
            return;
        }
        capKnown |= bit;
        if (on) {
            capOn |= bit;
            int name = cap.glEnum();
            if (name != 0) {
                glEnable(name);
            }
        } else {
            capOn &= ~bit;
            int name = cap.glEnum();
            if (name != 0) {
                glDisable(name);
            }
        }
    }

    /**
     * Enables exactly the GL_CLIP_DISTANCEi whose bit i is set in {@code mask}. Every draw asks;
     * one comparison answers when all eight are known and already right.
     */
    public void clipDistances(int mask) {
        int shift = GlCap.CLIP_DISTANCE0.ordinal();
        long bits = 0xffL << shift;
        long wanted = (long) (mask & 0xff) << shift;
        if ((capKnown & bits) == bits && (capOn & bits) == wanted) {
            return;
        }
        for (int i = 0; i < 8; i++) {
            set(GlCap.clipDistance(i), (mask & (1 << i)) != 0);
        }
    }

    /** Records a change made directly (indexed enables) so the cache does not lie. */
    public void forget(GlCap cap) {
        capKnown &= ~(1L << cap.ordinal());
    }

    public void useProgram(int name) {
        forgetNamesIfDeleted();
        if (program != name) {
            program = name;
            glUseProgram(name);
        }
    }

    public void bindDrawFramebuffer(int name) {
        forgetNamesIfDeleted();
        if (drawFbo != name) {
            drawFbo = name;
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, name);
        }
    }

    public void bindReadFramebuffer(int name) {
        forgetNamesIfDeleted();
        if (readFbo != name) {
            readFbo = name;
            glBindFramebuffer(GL_READ_FRAMEBUFFER, name);
        }
    }

    /** Forget framebuffer bindings after someone else (blit, transfers) bound their own. */
    public void forgetFramebuffers() {
        drawFbo = readFbo = -1;
    }

    public void bindVertexArray(int name) {
        forgetNamesIfDeleted();
        if (vao != name) {
            vao = name;
            glBindVertexArray(name);
        }
    }

    public void bindTexture(int unit, int target, int texture) {
        forgetNamesIfDeleted();
        if (unitTexture[unit] == texture && unitTarget[unit] == target) {
            return;
        }
        if (unitTexture[unit] != 0 && unitTarget[unit] != -1 && unitTarget[unit] != target) {
            // A unit holds one texture per target: clear the old target so stale bindings
            // never shadow the new one in a sampler of another type.
            TextureCalls.glBindTextureUnit(unit, unitTarget[unit], 0);
        }
        int previousTarget = unitTarget[unit];
        unitTexture[unit] = texture;
        unitTarget[unit] = target;
        if (texture == 0) {
            TextureCalls.glBindTextureUnit(unit, previousTarget == -1 ? target : previousTarget, 0);
        } else {
            activeTexture(unit);
            glBindTexture(target, texture);
        }
    }

    /**
     * glBindBufferRange(GL_UNIFORM_BUFFER) unless the binding point already holds this range.
     * Mesa filters a redundant binding too, but only after a name lookup under the share
     * group's lock; a draw with eight UBOs paid that eight times.
     */
    public void bindUniformBuffer(int index, int buffer, long offset, long size) {
        if (index < 0 || index >= UNIFORM_BINDINGS) {
            glBindBufferRange(GL_UNIFORM_BUFFER, index, buffer, offset, size);
            return;
        }
        forgetNamesIfDeleted();
        if (uboName[index] == buffer && uboOffset[index] == offset && uboSize[index] == size) {
            return;
        }
        uboName[index] = buffer;
        uboOffset[index] = offset;
        uboSize[index] = size;
        glBindBufferRange(GL_UNIFORM_BUFFER, index, buffer, offset, size);
    }

    /** glBindBufferRange(GL_SHADER_STORAGE_BUFFER, ...) unless that binding point already holds the range. */
    public void bindStorageBuffer(int index, int buffer, long offset, long size) {
        if (index < 0 || index >= STORAGE_BINDINGS) {
            glBindBufferRange(GL_SHADER_STORAGE_BUFFER, index, buffer, offset, size);
            return;
        }
        forgetNamesIfDeleted();
        if (ssboName[index] == buffer && ssboOffset[index] == offset && ssboSize[index] == size) {
            return;
        }
        ssboName[index] = buffer;
        ssboOffset[index] = offset;
        ssboSize[index] = size;
        glBindBufferRange(GL_SHADER_STORAGE_BUFFER, index, buffer, offset, size);
    }

    /** glBindImageTexture unless the unit already holds exactly this binding. */
    public void bindImage(int unit, int texture, int level, boolean layered, int layer, int access, int format) {
        if (unit < 0 || unit >= IMAGE_UNITS) {
            glBindImageTexture(unit, texture, level, layered, layer, access, format);
            return;
        }
        forgetNamesIfDeleted();
        int levelLayer = (level & 0xff) | (layer & 0xffff) << 8 | (layered ? 1 << 31 : 0);
        if (imageTexture[unit] == texture && imageLevelLayer[unit] == levelLayer && imageAccess[unit] == access
            && imageFormat[unit] == format) {
            return;
        }
        imageTexture[unit] = texture;
        imageLevelLayer[unit] = levelLayer;
        imageAccess[unit] = access;
        imageFormat[unit] = format;
        glBindImageTexture(unit, texture, level, layered, layer, access, format);
    }

    public void primitiveRestartIndex(int index) {
        long value = Integer.toUnsignedLong(index);
        if (restartIndex != value) {
            restartIndex = value;
            glPrimitiveRestartIndex(index);
        }
    }

    public void bindSampler(int unit, int sampler) {
        forgetNamesIfDeleted();
        if (unitSampler[unit] != sampler) {
            unitSampler[unit] = sampler;
            glBindSampler(unit, sampler);
        }
    }

    private void activeTexture(int unit) {
        if (activeUnit != unit) {
            activeUnit = unit;
            glActiveTexture(GL_TEXTURE0 + unit);
        }
    }

    public void frontFace(int mode) {
        if (frontFace != mode) {
            frontFace = mode;
            glFrontFace(mode);
        }
    }

    public void cullFace(int mode) {
        if (cullFace != mode) {
            cullFace = mode;
            glCullFace(mode);
        }
    }

    public void polygonMode(int mode) {
        if (polygonMode != mode) {
            polygonMode = mode;
            glPolygonMode(GL_FRONT_AND_BACK, mode);
        }
    }

    public void provokingVertex(int mode) {
        if (provoking != mode) {
            provoking = mode;
            glProvokingVertex(mode);
        }
    }

    public void clipControl(int depthMode) {
        if (clipControl && clipDepthMode != depthMode) {
            clipDepthMode = depthMode;
            glClipControl(GL_LOWER_LEFT, depthMode);
        }
    }
}
