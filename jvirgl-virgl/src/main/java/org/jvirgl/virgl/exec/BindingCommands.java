package org.jvirgl.virgl.exec;

import org.jvirgl.wire.VirglObjectType;
import org.jvirgl.virgl.state.Dirty;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.SamplerObject;
import org.jvirgl.virgl.state.SamplerView;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.IntSeq;
import org.jvirgl.wire.VertexBuffers;

/**
 * Commands that attach resources and views to pipeline slots: vertex/index buffers, the
 * inline default uniform block, UBOs, sampler views and sampler states. They only record;
 * the draw binds.
 */
final class BindingCommands {
    private final ExecContext ctx;

    BindingCommands(ExecContext ctx) {
        this.ctx = ctx;
    }

    void setVertexBuffers(VertexBuffers vb) {
        SubContext sub = ctx.sub();
        int count = vb.count();
        if (count > Limits.VERTEX_BUFFERS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, count + " vertex buffers");
            return;
        }
        for (int i = 0; i < count; i++) {
            int handle = vb.resource(i);
            int buffer = 0;
            if (handle != 0) {
                ExecResource res = ctx.resource(handle, "vertex buffer");
                if (res == null) {
                    return;
                }
                buffer = res.glBuffer();
            }
            if (vb.stride(i) < 0 || vb.offset(i) < 0) {
                ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "vertex buffer " + i + " stride/offset negative");
                return;
            }
            sub.vbBuffer[i] = buffer;
            sub.vbStride[i] = vb.stride(i);
            sub.vbOffset[i] = vb.offset(i);
        }
        for (int i = count; i < sub.vbCount; i++) {
            sub.vbBuffer[i] = 0;
        }
        sub.vbCount = count;
        sub.markDirty(Dirty.VERTEX_BUFFERS);
    }

    void setIndexBuffer(int handle, int indexSize, int offset) {
        SubContext sub = ctx.sub();
        if (handle == 0) {
            sub.indexBuffer = 0;
            return;
        }
        ExecResource res = ctx.resource(handle, "index buffer");
        if (res == null) {
            return;
        }
        if (indexSize != 1 && indexSize != 2 && indexSize != 4 || offset < 0) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "index size " + indexSize + " offset " + offset);
            return;
        }
        sub.indexBuffer = res.glBuffer();
        sub.indexBufferSize = res.width();
        sub.indexSize = indexSize;
        sub.indexOffset = offset;
    }

    void setConstantBuffer(int stage, IntSeq data) {
        if (data.size() > Limits.CONSTANT_DWORDS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "constant buffer of " + data.size() + " dwords");
            return;
        }
        ctx.sub().setConstants(stage, data);
    }

    void setUniformBuffer(int stage, int index, int offset, int length, int handle) {
        SubContext sub = ctx.sub();
        if (index < 0 || index >= Limits.UNIFORM_BUFFERS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "uniform buffer slot " + index);
            return;
        }
        if (handle == 0) {
            sub.uboBuffer[stage][index] = 0;
            sub.uboMask[stage] &= ~(1 << index);
        } else {
            ExecResource res = ctx.resource(handle, "uniform buffer");
            if (res == null) {
                return;
            }
            long end = Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(length);
            if (!res.isBuffer() || offset < 0 || length <= 0 || end > res.width()) {
                ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "uniform buffer range " + offset + "+" + length);
                return;
            }
            sub.uboBuffer[stage][index] = res.glBuffer();
            sub.uboOffset[stage][index] = offset;
            sub.uboSize[stage][index] = length;
            sub.uboMask[stage] |= 1 << index;
        }
        sub.markDirty(Dirty.UNIFORM_BUFFERS);
    }

    void setSamplerViews(int stage, int start, IntSeq handles) {
        SubContext sub = ctx.sub();
        int n = handles.size();
        if (start < 0 || start + n > Limits.SAMPLER_VIEWS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "sampler views " + start + "+" + n);
            return;
        }
        SamplerView[] views = sub.samplerViews[stage];
        for (int i = 0; i < n; i++) {
            int h = handles.get(i);
            SamplerView view = h == 0 ? null : sub.objects.lookup(h, VirglObjectType.SAMPLER_VIEW, SamplerView.class);
            if (h != 0 && view == null) {
                ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown sampler view " + h);
                return;
            }
            if (SamplerView.bufferSwizzle(views[start + i]) != SamplerView.bufferSwizzle(view)) {
                sub.markDirty(Dirty.SHADERS); // buffer textures' swizzles live in the shader key
            }
            views[start + i] = view;
        }
        int count = 0;
        for (int i = 0; i < Limits.SAMPLER_VIEWS; i++) {
            if (views[i] != null) {
                count = i + 1;
            }
        }
        sub.samplerViewCount[stage] = count;
        sub.markDirty(Dirty.SAMPLERS);
    }

    void bindSamplerStates(int stage, int start, IntSeq handles) {
        SubContext sub = ctx.sub();
        int n = handles.size();
        if (start < 0 || start + n > Limits.SAMPLERS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "sampler states " + start + "+" + n);
            return;
        }
        for (int i = 0; i < n; i++) {
            int h = handles.get(i);
            SamplerObject s = h == 0 ? null : sub.objects.lookup(h, VirglObjectType.SAMPLER_STATE, SamplerObject.class);
            if (h != 0 && s == null) {
                ctx.fail(ContextError.ILLEGAL_HANDLE, "unknown sampler state " + h);
                return;
            }
            if (SamplerObject.legacyClampMask(sub.samplers[stage][start + i]) != SamplerObject.legacyClampMask(s)) {
                sub.markDirty(Dirty.SHADERS); // GL_CLAMP emulation lives in the shader key
            }
            sub.samplers[stage][start + i] = s;
        }
        sub.markDirty(Dirty.SAMPLERS);
    }
}
