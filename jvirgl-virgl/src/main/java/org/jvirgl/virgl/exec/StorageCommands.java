package org.jvirgl.virgl.exec;

import static org.jvirgl.virgl.gl.TextureCalls.glCreateTextures;
import static org.jvirgl.virgl.gl.TextureCalls.glTextureBufferRange;
import static org.lwjgl.opengl.GL45C.*;

import org.jvirgl.virgl.state.ImageView;
import org.jvirgl.virgl.state.Limits;
import org.jvirgl.virgl.state.SubContext;
import org.jvirgl.wire.BufferBindings;
import org.jvirgl.wire.ContextError;
import org.jvirgl.wire.ImageBindings;

/**
 * SET_SHADER_BUFFERS, SET_ATOMIC_BUFFERS and SET_SHADER_IMAGES: record the bindings (resource 0
 * unbinds a slot; Mesa sends whole unbinding ranges every batch), bound at draw time.
 */
final class StorageCommands {
    private static final int ACCESS_READ = 1;
    private static final int ACCESS_WRITE = 2;

    private final ExecContext ctx;

    StorageCommands(ExecContext ctx) {
        this.ctx = ctx;
    }

    void setShaderBuffers(int stage, BufferBindings b) {
        SubContext sub = ctx.sub();
        int start = b.startSlot();
        int n = b.count();
        if (start < 0 || start + n > Limits.SHADER_BUFFERS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "shader buffers " + start + "+" + n);
            return;
        }
        for (int i = 0; i < n; i++) {
            int slot = start + i;
            int buffer = range(b.resource(i), b.offset(i), b.length(i), "shader buffer");
            if (buffer < 0) {
                return;
            }
            sub.ssboBuffer[stage][slot] = buffer;
            sub.ssboOffset[stage][slot] = b.offset(i);
            sub.ssboSize[stage][slot] = b.length(i);
            sub.ssboMask[stage] = buffer == 0 ? sub.ssboMask[stage] & ~(1 << slot) : sub.ssboMask[stage] | 1 << slot;
        }
    }

    void setAtomicBuffers(BufferBindings b) {
        SubContext sub = ctx.sub();
        int start = b.startSlot();
        int n = b.count();
        if (start < 0 || start + n > Limits.ATOMIC_BUFFERS) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "atomic buffers " + start + "+" + n);
            return;
        }
        for (int i = 0; i < n; i++) {
            int slot = start + i;
            int buffer = range(b.resource(i), b.offset(i), b.length(i), "atomic buffer");
            if (buffer < 0) {
                return;
            }
            sub.atomicBuffer[slot] = buffer;
            sub.atomicOffset[slot] = b.offset(i);
            sub.atomicSize[slot] = b.length(i);
            sub.atomicMask = buffer == 0 ? sub.atomicMask & ~(1 << slot) : sub.atomicMask | 1 << slot;
        }
    }

    void setShaderImages(int stage, ImageBindings b) {
        SubContext sub = ctx.sub();
        int start = b.startSlot();
        int n = b.count();
        if (start < 0 || start + n > Limits.SHADER_IMAGES) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "shader images " + start + "+" + n);
            return;
        }
        for (int i = 0; i < n; i++) {
            ImageView old = sub.images[stage][start + i];
            ImageView view = null;
            if (b.resource(i) != 0) {
                view = image(b, i, old);
                if (view == null) {
                    return;
                }
            }
            if (old != null && old.ownsTexture() && old != view) {
                ctx.names().deleteTexture(old.texture());
            }
            sub.images[stage][start + i] = view;
        }
    }

    /** The view for binding {@code i}; {@code old} itself when it is a buffer image showing the same range. */
    private ImageView image(ImageBindings b, int i, ImageView old) {
        ExecResource res = ctx.resource(b.resource(i), "shader image");
        if (res == null) {
            return null;
        }
        ExecFormat format = ctx.resources().format(b.format(i));
        if (!format.supported()) {
            ctx.fail(ContextError.ILLEGAL_FORMAT, "image format " + b.format(i));
            return null;
        }
        int access = switch (b.access(i) & (ACCESS_READ | ACCESS_WRITE)) {
            case ACCESS_READ -> GL_READ_ONLY;
            case ACCESS_WRITE -> GL_WRITE_ONLY;
            default -> GL_READ_WRITE;
        };
        if (res.isBuffer()) {
            long offset = Integer.toUnsignedLong(b.layerOrOffset(i));
            long size = Integer.toUnsignedLong(b.levelOrSize(i));
            if (size == 0 || offset + size > res.width()) {
                ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "buffer image range out of bounds");
                return null;
            }
            // Guests re-send every slot when one changes: a slot re-set to the same range keeps
            // its buffer texture instead of a glCreateTextures/glDeleteTextures pair per slot.
            ImageView.BufferRange range = new ImageView.BufferRange(res, offset, size);
            if (old != null && old.shows(range, format.glInternalFormat(), access)) {
                return old;
            }
            int tbo = glCreateTextures(GL_TEXTURE_BUFFER);
            glTextureBufferRange(tbo, format.glInternalFormat(), res.glBuffer(), offset, size);
            return new ImageView(tbo, 0, false, 0, access, format.glInternalFormat(), range);
        }
        // The level is an 8-bit field sharing its dword with the buffer size: the guest leaves
        // the upper bits unset (garbage), as upstream's union read implies.
        int level = b.levelOrSize(i) & 0xff;
        if (level > res.lastLevel() || b.firstLayer(i) > b.lastLayer(i) || b.lastLayer(i) >= res.layers()) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, "image level/layer out of range");
            return null;
        }
        boolean layered = b.lastLayer(i) > b.firstLayer(i);
        return new ImageView(res.glTexture(), level, layered, b.firstLayer(i), access, format.glInternalFormat(),
            null);
    }

    /** The GL buffer of a checked buffer range, 0 for an unbind, -1 after a refusal. */
    private int range(int handle, int offset, int length, String what) {
        if (handle == 0) {
            return 0;
        }
        ExecResource res = ctx.resource(handle, what);
        if (res == null) {
            return -1;
        }
        long end = Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(length);
        if (!res.isBuffer() || end > res.width()) {
            ctx.fail(ContextError.ILLEGAL_CMD_BUFFER, what + " range " + offset + "+" + length);
            return -1;
        }
        return res.glBuffer();
    }
}
