package org.jvirgl.virgl.state;

import java.util.ArrayList;
import java.util.List;

import org.jvirgl.virgl.winsys.GlNames;

/**
 * One Gallium pipe context's worth of state (a VirGL sub-context): its object table, the bound
 * objects and the plain values set by SET_* commands, with dirty bits for the draw-time
 * derivation. Fields are package-visible to the emitters through accessors; setters never
 * call GL.
 */
public final class SubContext {
    public final int id;
    public final ObjectTable objects;

    /** GL objects owned by this sub-context, created lazily with the GL context current. */
    public int fbo;
    /** The VAO used when the bound vertex elements were destroyed (Gallium keeps them in effect). */
    public final VertexArray spareVertexArray;
    /** The vertex array the last draw bound (its elements' own, or the spare). */
    public VertexArray vertexArray;

    public int dirty = Dirty.ALL;

    public BlendObject blend = BlendObject.DEFAULT;
    public DsaObject dsa = DsaObject.DEFAULT;
    public RasterizerObject rasterizer = RasterizerObject.DEFAULT;
    public VertexElements vertexElements;

    // Framebuffer.
    public final Surface[] cbufs = new Surface[Limits.COLOR_BUFS];
    public int nrCbufs;
    public Surface zsurf;
    /** Whether the render target keeps row 0 at the top (Y_0_TOP resources only). */
    public boolean fbOriginUpperLeft;
    public int fbWidth;
    public int fbHeight;
    public int noAttachWidth, noAttachHeight, noAttachLayers, noAttachSamples;

    // Viewports: scale xyz and translate xyz per slot, as sent.
    public final float[] viewports = new float[Limits.VIEWPORTS * 6];
    public int viewportDirtyMask = 1;
    /** Negative scale[1] of viewport 0: the guest wants a flipped (upper-left) render. */
    public boolean viewportNegative;
    /** minx, miny, maxx, maxy per slot. */
    public final int[] scissors = new int[Limits.VIEWPORTS * 4];
    public int scissorDirtyMask;

    // Vertex input.
    public final int[] vbStride = new int[Limits.VERTEX_BUFFERS];
    public final int[] vbOffset = new int[Limits.VERTEX_BUFFERS];
    public final int[] vbBuffer = new int[Limits.VERTEX_BUFFERS];
    public int vbCount;
    public int indexBuffer;
    public long indexBufferSize;
    public int indexSize;
    public int indexOffset;

    // Fixed-function values.
    public final float[] blendColor = new float[4];
    public int stencilRefFront;
    public int stencilRefBack;
    public int sampleMask = ~0;
    public int minSamples = 1;
    public final int[] stipple = new int[32];
    public final float[] clipPlanes = new float[32];
    /** Bumped on every SET_POLYGON_STIPPLE / SET_CLIP_STATE, so programs re-upload only then. */
    public long stippleSerial;
    public long clipPlanesSerial;
    public final float[] tessLevels = {1, 1, 1, 1, 1, 1};

    // Shaders: bound SHADER objects per wire stage, and the program package's last selection.
    public final GuestObject[] shaders = new GuestObject[Limits.STAGES];
    /** Opaque to this package: the program selected by the last draw (reused while SHADERS is clean). */
    public Object selectedProgram;
    /** Whether the last selection was made for a points primitive (coordinate replacement). */
    public boolean selectedForPoints;

    // Transform feedback: one host object per bound combination of targets, and the bound one.
    public final List<TransformFeedbackObject> xfbObjects = new ArrayList<>();
    /** The object the bound stream-output targets capture into; null while none are bound. */
    public TransformFeedbackObject xfb;

    // Per-stage resources.
    /**
     * Per stage: the default uniform block as sent, in native memory so the draw uploads it to
     * GL straight from here (a block of 240 vec4 changed per draw was copied twice).
     */
    public final java.lang.foreign.MemorySegment[] constants = new java.lang.foreign.MemorySegment[Limits.STAGES];
    public final int[] constantDwords = new int[Limits.STAGES];
    /** Bumped per stage on every SET_CONSTANT_BUFFER, so programs know when to re-upload. */
    public final long[] constantsSerial = new long[Limits.STAGES];
    public final SamplerView[][] samplerViews = new SamplerView[Limits.STAGES][Limits.SAMPLER_VIEWS];
    public final int[] samplerViewCount = new int[Limits.STAGES];
    public final SamplerObject[][] samplers = new SamplerObject[Limits.STAGES][Limits.SAMPLERS];
    /** UBO slot bindings: GL buffer name, offset, size. */
    public final int[][] uboBuffer = new int[Limits.STAGES][Limits.UNIFORM_BUFFERS];
    public final int[][] uboOffset = new int[Limits.STAGES][Limits.UNIFORM_BUFFERS];
    public final int[][] uboSize = new int[Limits.STAGES][Limits.UNIFORM_BUFFERS];
    public final int[] uboMask = new int[Limits.STAGES];
    /** Shader storage buffers per stage slot: GL buffer, offset, size. */
    public final int[][] ssboBuffer = new int[Limits.STAGES][Limits.SHADER_BUFFERS];
    public final int[][] ssboOffset = new int[Limits.STAGES][Limits.SHADER_BUFFERS];
    public final int[][] ssboSize = new int[Limits.STAGES][Limits.SHADER_BUFFERS];
    public final int[] ssboMask = new int[Limits.STAGES];
    /** Atomic counter buffers (shared by all stages, as in Gallium). */
    public final int[] atomicBuffer = new int[Limits.ATOMIC_BUFFERS];
    public final int[] atomicOffset = new int[Limits.ATOMIC_BUFFERS];
    public final int[] atomicSize = new int[Limits.ATOMIC_BUFFERS];
    public int atomicMask;
    /** Shader images per stage slot (null = unbound). */
    public final ImageView[][] images = new ImageView[Limits.STAGES][Limits.SHADER_IMAGES];

    /** @param names the share group's deletion epoch: object releases and the spare VAO use it */
    public SubContext(int id, GlNames names) {
        this.id = id;
        this.objects = new ObjectTable(names);
        this.spareVertexArray = new VertexArray(names);
        for (int i = 0; i < Limits.STAGES; i++) {
            constants[i] = java.lang.foreign.MemorySegment.NULL;
        }
    }

    public void markDirty(int bits) {
        dirty |= bits;
    }

    /** Sample count of the render target (no-attach samples when nothing is attached). */
    public int fbSamples() {
        Surface s = firstSurface();
        return s != null ? s.samples() : noAttachSamples;
    }

    /** The first bound colour surface, else the depth surface, else null. */
    public Surface firstSurface() {
        for (int i = 0; i < nrCbufs; i++) {
            if (cbufs[i] != null) {
                return cbufs[i];
            }
        }
        return zsurf;
    }

    /** Stores a default uniform block, reusing the stage's memory when it is big enough. */
    public void setConstants(int stage, org.jvirgl.wire.IntSeq data) {
        int count = data.size();
        java.lang.foreign.MemorySegment dst = constants[stage];
        if (dst.byteSize() < (long) count * Integer.BYTES) {
            // Callers bound count by Limits.CONSTANT_DWORDS; growth doubles up to that bound.
            long dwords = Math.max(count, Math.min(Limits.CONSTANT_DWORDS, dst.byteSize() / Integer.BYTES * 2));
            dst = java.lang.foreign.Arena.ofAuto().allocate(dwords * Integer.BYTES, 16);
            constants[stage] = dst;
        }
        data.copyTo(dst, 0);
        constantDwords[stage] = count;
        constantsSerial[stage]++;
        dirty |= Dirty.CONSTANTS;
    }
}
