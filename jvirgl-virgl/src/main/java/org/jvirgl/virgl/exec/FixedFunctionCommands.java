package org.jvirgl.virgl.exec;

import org.jvirgl.virgl.state.Dirty;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.wire.IntSeq;

/** Plain values that feed fixed-function state or the shader key's emulated state. */
final class FixedFunctionCommands {
    private final ExecContext ctx;

    FixedFunctionCommands(ExecContext ctx) {
        this.ctx = ctx;
    }

    void setStencilRef(int front, int back) {
        SubContext sub = ctx.sub();
        sub.stencilRefFront = front & 0xff;
        sub.stencilRefBack = back & 0xff;
        sub.markDirty(Dirty.STENCIL);
    }

    void setBlendColor(float r, float g, float b, float a) {
        float[] c = ctx.sub().blendColor;
        c[0] = r;
        c[1] = g;
        c[2] = b;
        c[3] = a;
        ctx.sub().markDirty(Dirty.BLEND_COLOR);
    }

    void setSampleMask(int mask) {
        ctx.sub().sampleMask = mask;
        ctx.sub().markDirty(Dirty.SAMPLE_MASK);
    }

    void setMinSamples(int minSamples) {
        ctx.sub().minSamples = minSamples;
        ctx.sub().markDirty(Dirty.MIN_SAMPLES);
    }

    void setPolygonStipple(IntSeq rows) {
        int[] stipple = ctx.sub().stipple;
        for (int i = 0; i < Math.min(rows.size(), stipple.length); i++) {
            stipple[i] = rows.get(i);
        }
        ctx.sub().stippleSerial++;
        ctx.sub().markDirty(Dirty.STIPPLE);
    }

    void setClipState(IntSeq planes) {
        float[] clip = ctx.sub().clipPlanes;
        for (int i = 0; i < Math.min(planes.size(), clip.length); i++) {
            clip[i] = planes.getFloat(i);
        }
        ctx.sub().clipPlanesSerial++;
        ctx.sub().markDirty(Dirty.CLIP_PLANES);
    }

    void setTessState(float o0, float o1, float o2, float o3, float i0, float i1) {
        float[] t = ctx.sub().tessLevels;
        t[0] = o0;
        t[1] = o1;
        t[2] = o2;
        t[3] = o3;
        t[4] = i0;
        t[5] = i1;
        ctx.sub().markDirty(Dirty.TESS);
    }
}
