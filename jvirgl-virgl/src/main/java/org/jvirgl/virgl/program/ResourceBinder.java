package org.jvirgl.virgl.program;

import static org.jvirgl.virgl.gl.TextureCalls.glTextureParameteriv;
import static org.lwjgl.opengl.GL45C.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jvirgl.virgl.state.GlStateCache;
import org.jvirgl.virgl.state.ImageView;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.SamplerObject;
import org.jvirgl.virgl.state.SamplerView;
import org.jvirgl.virgl.state.SubContext;

/**
 * Per-draw binding of a program's resources: the inline constants (glUniform4uiv, only when
 * they changed for this program), textures and samplers on the program's units, UBO ranges,
 * and the driver uniforms. Uses preallocated native memory: no allocation per draw.
 */
final class ResourceBinder {
    private final MemorySegment floats = Arena.ofAuto().allocate(32L * Float.BYTES, 16);
    private final MemorySegment uints = Arena.ofAuto().allocate(32L * Integer.BYTES, 16);

    void bind(SubContext sub, LinkedProgram p, GlStateCache gl, boolean programChanged) {
        gl.useProgram(p.glProgram);
        if (p.uploadedFrom != sub) {
            // Uniform values live in the program: another sub-context's constants may be there.
            p.uploadedFrom = sub;
            java.util.Arrays.fill(p.uploadedSerial, -1);
            p.clipPlanesSerial = p.stippleSerial = -1;
        }
        for (int stage = 0; stage < Limits.STAGES; stage++) {
            uploadConstants(sub, p, stage);
            bindSamplers(sub, p, gl, stage);
            bindUniformBuffers(sub, p, gl, stage);
            bindStorage(sub, p, gl, stage);
        }
        int atomics = p.atomicMask & sub.atomicMask;
        while (atomics != 0) {
            int slot = Integer.numberOfTrailingZeros(atomics);
            atomics &= atomics - 1;
            glBindBufferRange(GL_ATOMIC_COUNTER_BUFFER, slot, sub.atomicBuffer[slot], sub.atomicOffset[slot],
                sub.atomicSize[slot]);
        }
        driverUniforms(sub, p, programChanged);
        // Gallium's clip_plane_enable is GL's GL_CLIP_DISTANCEi set, for written clip distances
        // as for user planes: an unwritten but enabled distance would clip by garbage.
        gl.clipDistances(sub.rasterizer.state().clipPlaneEnable());
    }

    private void uploadConstants(SubContext sub, LinkedProgram p, int stage) {
        int loc = p.constLocation[stage];
        if (loc < 0) {
            return;
        }
        long serial = sub.constantsSerial[stage];
        if (p.uploadedSerial[stage] == serial) {
            return;
        }
        int slots = Math.min(p.constSlots[stage], sub.constantDwords[stage] / 4);
        if (slots > 0) {
            uploadChangedConstants(p, stage, loc, slots, sub.constants[stage]);
        }
        p.uploadedSerial[stage] = serial;
    }

    /** Sends the vec4s of {@code src} that differ from what the program holds (all, the first time). */
    private static void uploadChangedConstants(LinkedProgram p, int stage, int loc, int slots, MemorySegment src) {
        long bytes = slots * 16L;
        MemorySegment held = p.heldConstants[stage];
        if (held == null || p.heldConstantSlots[stage] < slots) {
            if (held == null || held.byteSize() < bytes) {
                held = Arena.ofAuto().allocate(Math.max(bytes, p.constSlots[stage] * 16L), 16);
                p.heldConstants[stage] = held;
            }
            nglProgramUniform4uiv(p.glProgram, loc, slots, src.address());
            MemorySegment.copy(src, 0, held, 0, bytes);
            p.heldConstantSlots[stage] = slots;
            return;
        }
        long firstByte = MemorySegment.mismatch(src, 0, bytes, held, 0, bytes);
        if (firstByte < 0) {
            return;
        }
        int first = (int) (firstByte / 16);
        int last = first;
        for (int slot = slots - 1; slot > first; slot--) {
            long at = slot * 16L;
            if (src.get(ValueLayout.JAVA_LONG_UNALIGNED, at) != held.get(ValueLayout.JAVA_LONG_UNALIGNED, at)
                    || src.get(ValueLayout.JAVA_LONG_UNALIGNED, at + 8) != held.get(ValueLayout.JAVA_LONG_UNALIGNED, at + 8)) {
                last = slot;
                break;
            }
        }
        int count = last - first + 1;
        nglProgramUniform4uiv(p.glProgram, loc + first, count, src.address() + first * 16L);
        MemorySegment.copy(src, first * 16L, held, first * 16L, count * 16L);
    }

    private static final int[] IDENTITY_SWIZZLE = {GL_RED, GL_GREEN, GL_BLUE, GL_ALPHA};

    private void bindSamplers(SubContext sub, LinkedProgram p, GlStateCache gl, int stage) {
        int mask = p.samplerMask[stage];
        int base = p.samplerUnitBase[stage];
        int shadow = p.shadowMask[stage];
        while (mask != 0) {
            int slot = Integer.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            int unit = base + slot;
            SamplerView view = sub.samplerViews[stage][slot];
            boolean compares = (shadow & (1 << slot)) != 0;
            // A Mesa guest sends no view for a used slot only where GL leaves the result
            // undefined (a buffer texture without a buffer): the unit keeps what it holds, as
            // upstream does. Unbinding would cost llvmpipe a whole fragment-state copy per draw
            // that alternates a view with none.
            if (view != null) {
                gl.bindTexture(unit, view.glTarget(), compares ? view.compareTexture() : view.texture());
                if (!view.ownsTexture()) {
                    // GL refused this view a texture of its own, so it samples the resource's
                    // texture: its swizzle goes there, for as long as this view is bound (a
                    // shadow slot applies the swizzle in its shader, so it samples unswizzled).
                    glTextureParameteriv(view.texture(), GL_TEXTURE_SWIZZLE_RGBA,
                        compares ? IDENTITY_SWIZZLE : view.swizzle());
                }
            }
            if (compares) {
                writeShadowSwizzle(p, stage, slot, view);
            }
            SamplerObject sampler = sub.samplers[stage][slot];
            gl.bindSampler(unit, sampler == null ? 0
                : view == null ? sampler.glSampler() : sampler.glSampler(view.borderRemap()));
        }
    }

    /**
     * Swizzle code of a view: two bits per channel, 0 = the comparison result, 1 = zero, 2 = one.
     * A depth texture reads as (d, 0, 0, 1), so green and blue select zero and alpha one.
     */
    private static int shadowSwizzleCode(SamplerView view) {
        if (view == null) {
            return 0;
        }
        int code = 0;
        for (int c = 0; c < 4; c++) {
            int s = view.swizzle()[c];
            code |= (s == GL_ZERO || s == GL_GREEN || s == GL_BLUE ? 1 : s == GL_ONE || s == GL_ALPHA ? 2 : 0) << (2 * c);
        }
        return code;
    }

    /**
     * Sets a shadow sampler's {@code shadswz} uniform (multiplier, addend) from the view's
     * swizzle, only when the program holds another value: a steady draw loop makes no GL call.
     */
    private void writeShadowSwizzle(LinkedProgram p, int stage, int slot, SamplerView view) {
        int code = shadowSwizzleCode(view);
        int[] written = p.shadowSwizzleWritten[stage];
        int loc = p.shadowSwizzleLocation[stage][slot];
        if (written[slot] == code || loc < 0) {
            return;
        }
        for (int c = 0; c < 4; c++) {
            int sel = (code >>> (2 * c)) & 3;
            floats.setAtIndex(ValueLayout.JAVA_FLOAT, c, sel == 0 ? 1f : 0f);
            floats.setAtIndex(ValueLayout.JAVA_FLOAT, 4 + c, sel == 2 ? 1f : 0f);
        }
        nglProgramUniform4fv(p.glProgram, loc, 2, floats.address());
        written[slot] = code;
    }

    private static void bindUniformBuffers(SubContext sub, LinkedProgram p, GlStateCache gl, int stage) {
        int mask = p.uboMask[stage] & sub.uboMask[stage];
        while (mask != 0) {
            int k = Integer.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            gl.bindUniformBuffer(p.uboBindingBase[stage] + k, sub.uboBuffer[stage][k],
                sub.uboOffset[stage][k], sub.uboSize[stage][k]);
        }
    }

    private static void bindStorage(SubContext sub, LinkedProgram p, GlStateCache gl, int stage) {
        int ssbos = p.ssboMask[stage] & sub.ssboMask[stage];
        while (ssbos != 0) {
            int slot = Integer.numberOfTrailingZeros(ssbos);
            ssbos &= ssbos - 1;
            gl.bindStorageBuffer(p.ssboBindingBase[stage] + slot, sub.ssboBuffer[stage][slot],
                sub.ssboOffset[stage][slot], sub.ssboSize[stage][slot]);
        }
        int images = p.imageMask[stage];
        while (images != 0) {
            int slot = Integer.numberOfTrailingZeros(images);
            images &= images - 1;
            ImageView v = sub.images[stage][slot];
            int unit = p.imageUnitBase[stage] + slot;
            if (v == null) {
                gl.bindImage(unit, 0, 0, false, 0, GL_READ_ONLY, GL_R32UI);
            } else {
                gl.bindImage(unit, v.texture(), v.level(), v.layered(), v.layer(), v.glAccess(), v.glFormat());
            }
        }
    }

    private void driverUniforms(SubContext sub, LinkedProgram p, boolean programChanged) {
        float adjust = sub.viewportNegative ? -1f : 1f;
        if (p.winsysAdjustYLocation >= 0 && p.lastAdjustY != adjust) {
            glProgramUniform1f(p.glProgram, p.winsysAdjustYLocation, adjust);
            p.lastAdjustY = adjust;
        }
        // Each write dirties the program's whole default block, which llvmpipe then copies
        // again at the draw: write only values the program does not hold yet.
        if (p.alphaRefLocation >= 0) {
            float ref = sub.dsa.state().alphaRef();
            if (Float.floatToRawIntBits(ref) != p.lastAlphaRefBits) {
                glProgramUniform1f(p.glProgram, p.alphaRefLocation, ref);
                p.lastAlphaRefBits = Float.floatToRawIntBits(ref);
            }
        }
        if (p.clipPlanesLocation >= 0 && p.clipPlanesSerial != sub.clipPlanesSerial) {
            MemorySegment.copy(sub.clipPlanes, 0, floats, ValueLayout.JAVA_FLOAT, 0, 32);
            nglProgramUniform4fv(p.glProgram, p.clipPlanesLocation, 8, floats.address());
            p.clipPlanesSerial = sub.clipPlanesSerial;
        }
        if (p.stippleLocation >= 0 && p.stippleSerial != sub.stippleSerial) {
            MemorySegment.copy(sub.stipple, 0, uints, ValueLayout.JAVA_INT, 0, 32);
            nglProgramUniform1uiv(p.glProgram, p.stippleLocation, 32, uints.address());
            p.stippleSerial = sub.stippleSerial;
        }
    }
}
