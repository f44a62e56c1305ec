package org.jvirgl.virgl.resource;

import static org.jvirgl.virgl.gl.BufferCalls.nglGetNamedBufferSubData;
import static org.jvirgl.virgl.gl.BufferCalls.nglNamedBufferSubData;
import static org.jvirgl.virgl.gl.TextureCalls.nglCompressedTextureSubImage1D;
import static org.jvirgl.virgl.gl.TextureCalls.nglCompressedTextureSubImage2D;
import static org.jvirgl.virgl.gl.TextureCalls.nglCompressedTextureSubImage3D;
import static org.jvirgl.virgl.gl.TextureCalls.nglGetCompressedTextureSubImage;
import static org.jvirgl.virgl.gl.TextureCalls.nglGetTextureSubImage;
import static org.jvirgl.virgl.gl.TextureCalls.nglTextureSubImage1D;
import static org.jvirgl.virgl.gl.TextureCalls.nglTextureSubImage2D;
import static org.jvirgl.virgl.gl.TextureCalls.nglTextureSubImage3D;
import static org.lwjgl.opengl.GL46C.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.function.Consumer;
import org.jvirgl.api.VirglException;
import org.jvirgl.virgl.format.GlFormat;
import org.jvirgl.virgl.gl.HostGl;
import org.jvirgl.wire.format.VirglFormat;

/**
 * Moves bytes between guest memory (an iov list) and resources, the way guests lay them out
 * (upstream-map §3.5): zero-copy when the box sits in one native segment with a row pitch GL
 * can express, else through staging memory (several segments, Y_0_TOP row inversion, Z24X8
 * depth conversion, compressed formats).
 *
 * <p>Transfers own the pixel-store state while they run and leave pack/unpack alignment at 1
 * and row length / image height at 0; they bind {@code GL_PIXEL_PACK_BUFFER}/{@code GL_PIXEL_UNPACK_BUFFER} to 0 and do not restore
 * them. A context of the share group must be current.
 */
public final class Transfers {

    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;

    private final TransferScratch scratch;
    private final Consumer<String> warn;

    public Transfers(TransferScratch scratch, Consumer<String> warn) {
        this.scratch = scratch;
        this.warn = warn;
    }

    /** Guest → resource. Returns 0 or EINVAL (logged). */
    public int write(GlResource r, TransferRequest q, List<MemorySegment> iov) {
        if (r.isClosed()) {
            return refuse(r, "write", "resource is destroyed");
        }
        if (r.isBuffer()) {
            return writeBuffer(r, q, iov);
        }
        if (r.isMultisample()) {
            return refuse(r, "write", "multisample resources have no guest layout");
        }
        String[] why = new String[1];
        Plan plan = plan(r, q, iov, why);
        if (plan == null) {
            return refuse(r, "write", why[0]);
        }
        TransferLayout t = plan.layout();
        if (t.isEmpty()) {
            return 0;
        }
        boolean convert = plan.convertZ24();
        resetPixelStore();
        if (plan.pitch() != null) {
            glPixelStorei(GL_UNPACK_ROW_LENGTH, plan.pitch()[0]);
            glPixelStorei(GL_UNPACK_IMAGE_HEIGHT, plan.pitch()[1]);
            upload(r, t, plan.direct().address(), t.guestBytes());
        } else {
            try (TransferScratch.Lease lease = scratch.lease(t.packedBytes())) {
                MemorySegment tmp = lease.memory();
                pack(t, iov, tmp, r.isY0Top());
                if (convert) {
                    z24x8ToGl(tmp);
                }
                if (r.format().swapRedBlue()) {
                    RedBlueSwap.apply(r.format(), tmp);
                }
                upload(r, t, tmp.address(), tmp.byteSize());
            }
        }
        resetPixelStore();
        return glErrors(r, "write");
    }

    /** Resource → guest. Returns 0 or EINVAL (logged). */
    public int read(GlResource r, TransferRequest q, List<MemorySegment> iov) {
        if (r.isClosed()) {
            return refuse(r, "read", "resource is destroyed");
        }
        if (r.isBuffer()) {
            return readBuffer(r, q, iov);
        }
        if (r.isMultisample()) {
            return refuse(r, "read", "multisample resources have no guest layout");
        }
        String[] why = new String[1];
        Plan plan = plan(r, q, iov, why);
        if (plan == null) {
            return refuse(r, "read", why[0]);
        }
        TransferLayout t = plan.layout();
        if (t.isEmpty()) {
            return 0;
        }
        boolean convert = plan.convertZ24();
        if (HostGl.ES && !r.format().readback()) {
            // ES cannot read this format back (compressed, and what EsReadback rules out). As
            // vrend does there, the guest keeps what its own backing holds: the data it wrote.
            return 0;
        }
        resetPixelStore();
        if (plan.pitch() != null) {
            glPixelStorei(GL_PACK_ROW_LENGTH, plan.pitch()[0]);
            if (!HostGl.ES) {
                glPixelStorei(GL_PACK_IMAGE_HEIGHT, plan.pitch()[1]);
            }
            download(r, t, plan.direct().address(), t.guestBytes());
        } else {
            try (TransferScratch.Lease lease = scratch.lease(t.packedBytes())) {
                MemorySegment tmp = lease.memory();
                download(r, t, tmp.address(), tmp.byteSize());
                if (convert) {
                    glToZ24x8(tmp);
                }
                if (r.format().swapRedBlue()) {
                    RedBlueSwap.apply(r.format(), tmp);
                }
                unpack(t, tmp, iov, r.isY0Top());
            }
        }
        resetPixelStore();
        return glErrors(r, "read");
    }

    /**
     * How a texture transfer moves its bytes, worked out the same way for both directions: the
     * layout, and the guest memory GL addresses in place ({@code pitch} non-null) or null to stage
     * through scratch memory (compressed, Y_0_TOP, Z24X8 conversion, scattered iovs).
     */
    private record Plan(TransferLayout layout, boolean convertZ24, MemorySegment direct, int[] pitch) {
    }

    /** Null (with the reason in {@code why[0]}) when the request does not fit the resource or the iov. */
    private static Plan plan(GlResource r, TransferRequest q, List<MemorySegment> iov, String[] why) {
        TransferLayout t = TransferLayout.of(r, q, GuestIov.totalSize(iov), why);
        if (t == null) {
            return null;
        }
        if (t.isEmpty()) {
            return new Plan(t, false, null, null);
        }
        GlFormat f = r.format();
        boolean convert = f.virglFormat() == VirglFormat.Z24X8_UNORM;
        MemorySegment direct = f.compressed() || r.isY0Top() || convert || f.swapRedBlue() ? null
                : GuestIov.contiguous(iov, t.offset(), t.guestBytes());
        int[] pitch = direct == null ? null : directPitch(r, t);
        if (HostGl.ES && pitch != null && pitch[1] != 0 && pitch[1] != t.height()) {
            // ES has no GL_PACK_IMAGE_HEIGHT: a layer stride other than the box height stages.
            pitch = null;
            direct = null;
        }
        return new Plan(t, convert, direct, pitch);
    }

    /**
     * GL row length and image height (in pixels / rows) that express the guest pitches, or
     * null when GL cannot (pitch not a whole number of pixels, layers not whole rows apart).
     */
    private static int[] directPitch(GlResource r, TransferLayout t) {
        long px = r.format().blockBytes();
        if (t.stride() % px != 0 || t.stride() / px > Integer.MAX_VALUE) {
            return null;
        }
        int rowLength = (int) (t.stride() / px);
        if (t.depth() == 1) {
            return new int[] {rowLength, 0};
        }
        if (r.glTarget() == GL_TEXTURE_1D_ARRAY) {
            // Layers are GL rows here: one guest layer per row.
            return t.layerStride() == t.stride() ? new int[] {rowLength, 0} : null;
        }
        if (t.layerStride() % t.stride() != 0 || t.layerStride() / t.stride() > Integer.MAX_VALUE) {
            return null;
        }
        return new int[] {rowLength, (int) (t.layerStride() / t.stride())};
    }

    private static void upload(GlResource r, TransferLayout t, long address, long size) {
        GlFormat f = r.format();
        int name = r.glName();
        int level = t.level();
        if (f.compressed()) {
            int internal = f.internalFormat();
            int bytes = (int) size;
            switch (r.glTarget()) {
                case GL_TEXTURE_1D -> nglCompressedTextureSubImage1D(name, level, t.x(), t.width(), internal, bytes, address);
                case GL_TEXTURE_2D, GL_TEXTURE_RECTANGLE -> nglCompressedTextureSubImage2D(name, level, t.x(),
                        glY(r, t), t.width(), t.height(), internal, bytes, address);
                case GL_TEXTURE_1D_ARRAY -> nglCompressedTextureSubImage2D(name, level, t.x(), t.z(), t.width(),
                        t.depth(), internal, bytes, address);
                default -> nglCompressedTextureSubImage3D(name, level, t.x(), t.y(), t.z(), t.width(), t.height(),
                        t.depth(), internal, bytes, address);
            }
            return;
        }
        int fmt = f.format();
        int type = f.type();
        switch (r.glTarget()) {
            case GL_TEXTURE_1D -> nglTextureSubImage1D(name, level, t.x(), t.width(), fmt, type, address);
            case GL_TEXTURE_2D, GL_TEXTURE_RECTANGLE -> nglTextureSubImage2D(name, level, t.x(), glY(r, t),
                    t.width(), t.height(), fmt, type, address);
            case GL_TEXTURE_1D_ARRAY -> nglTextureSubImage2D(name, level, t.x(), t.z(), t.width(), t.depth(), fmt,
                    type, address);
            default -> nglTextureSubImage3D(name, level, t.x(), t.y(), t.z(), t.width(), t.height(), t.depth(), fmt,
                    type, address);
        }
    }

    private static void download(GlResource r, TransferLayout t, long address, long size) {
        GlFormat f = r.format();
        int name = r.glName();
        int y = t.y();
        int z = t.z();
        int h = t.height();
        int d = t.depth();
        switch (r.glTarget()) {
            case GL_TEXTURE_1D -> {
                y = 0;
                z = 0;
            }
            case GL_TEXTURE_2D, GL_TEXTURE_RECTANGLE -> {
                y = glY(r, t);
                z = 0;
            }
            case GL_TEXTURE_1D_ARRAY -> {
                y = t.z();
                h = t.depth();
                z = 0;
                d = 1;
            }
            default -> { }
        }
        int bufSize = (int) Math.min(Integer.MAX_VALUE, size);
        if (f.compressed()) {
            nglGetCompressedTextureSubImage(name, t.level(), t.x(), y, z, t.width(), h, d, bufSize, address);
        } else {
            nglGetTextureSubImage(name, t.level(), t.x(), y, z, t.width(), h, d, f.format(), f.type(), bufSize,
                    address);
        }
    }

    /** GL's y of the box: Y_0_TOP resources keep row 0 at the top, GL at the bottom. */
    private static int glY(GlResource r, TransferLayout t) {
        return r.isY0Top() ? r.height(t.level()) - t.y() - t.height() : t.y();
    }

    /** Guest rows → tightly packed staging rows (bottom-up when inverting). */
    private static void pack(TransferLayout t, List<MemorySegment> iov, MemorySegment tmp, boolean invert) {
        long dst = 0;
        for (int layer = 0; layer < t.depth(); layer++) {
            for (int row = 0; row < t.rows(); row++) {
                int src = invert ? t.rows() - 1 - row : row;
                GuestIov.gather(iov, t.guestRow(layer, src), tmp, dst, t.rowBytes());
                dst += t.rowBytes();
            }
        }
    }

    /** Packed staging rows → guest rows (the inverse of {@link #pack}). */
    private static void unpack(TransferLayout t, MemorySegment tmp, List<MemorySegment> iov, boolean invert) {
        long src = 0;
        for (int layer = 0; layer < t.depth(); layer++) {
            for (int row = 0; row < t.rows(); row++) {
                int dst = invert ? t.rows() - 1 - row : row;
                GuestIov.scatter(tmp, src, iov, t.guestRow(layer, dst), t.rowBytes());
                src += t.rowBytes();
            }
        }
    }

    /**
     * Z24X8 keeps 24-bit depth in the low bits; GL's UNSIGNED_INT depth is 32-bit normalised.
     * Widen by replicating the top bits so 0xffffff maps to 0xffffffff exactly.
     */
    private static void z24x8ToGl(MemorySegment m) {
        for (long i = 0; i + 4 <= m.byteSize(); i += 4) {
            int z = m.get(U32, i) & 0xffffff;
            m.set(U32, i, z << 8 | z >>> 16);
        }
    }

    private static void glToZ24x8(MemorySegment m) {
        for (long i = 0; i + 4 <= m.byteSize(); i += 4) {
            m.set(U32, i, m.get(U32, i) >>> 8);
        }
    }

    // Buffer transfers are the hot path (Mesa streams vertex, index and constant data through
    // them): checked with plain arithmetic, then each guest segment the span touches goes to or
    // from GL in place (heap segments through staging memory).

    private int writeBuffer(GlResource r, TransferRequest q, List<MemorySegment> iov) {
        if (!bufferSpanOk(r, q, iov, "write")) {
            return VirglException.EINVAL;
        }
        drainErrors();
        int buffer = r.glName();
        long dst = q.box().x();
        GuestIov.walk(iov, q.offset(), q.box().w(), (guest, start, done, n) -> {
            if (guest.isNative()) {
                nglNamedBufferSubData(buffer, dst + done, n, guest.address() + start);
            } else {
                try (TransferScratch.Lease lease = scratch.lease(n)) {
                    MemorySegment.copy(guest, start, lease.memory(), 0, n);
                    nglNamedBufferSubData(buffer, dst + done, n, lease.memory().address());
                }
            }
        });
        return glErrors(r, "write");
    }

    private int readBuffer(GlResource r, TransferRequest q, List<MemorySegment> iov) {
        if (!bufferSpanOk(r, q, iov, "read")) {
            return VirglException.EINVAL;
        }
        drainErrors();
        int buffer = r.glName();
        long src = q.box().x();
        GuestIov.walk(iov, q.offset(), q.box().w(), (guest, start, done, n) -> {
            if (guest.isNative()) {
                nglGetNamedBufferSubData(buffer, src + done, n, guest.address() + start);
            } else {
                try (TransferScratch.Lease lease = scratch.lease(n)) {
                    nglGetNamedBufferSubData(buffer, src + done, n, lease.memory().address());
                    MemorySegment.copy(lease.memory(), 0, guest, start, n);
                }
            }
        });
        return glErrors(r, "read");
    }

    /** Whether a buffer transfer's box lies in the buffer and its bytes in the guest memory (else logged). */
    private boolean bufferSpanOk(GlResource r, TransferRequest q, List<MemorySegment> iov, String what) {
        var b = q.box();
        long size = Integer.toUnsignedLong(r.args().width());
        if (q.level() != 0 || b.x() < 0 || b.w() < 0 || (long) b.x() + b.w() > size) {
            refuse(r, what, "buffer box " + b + " outside " + size + " bytes");
            return false;
        }
        long iovSize = GuestIov.totalSize(iov);
        if (q.offset() < 0 || q.offset() > iovSize || b.w() > iovSize - q.offset()) {
            refuse(r, what, "needs " + b.w() + " bytes at offset " + q.offset() + " of " + iovSize);
            return false;
        }
        return true;
    }

    private static void resetPixelStore() {
        drainErrors();
        glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
        glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glPixelStorei(GL_UNPACK_IMAGE_HEIGHT, 0);
        glPixelStorei(GL_PACK_ROW_LENGTH, 0);
        if (!HostGl.ES) {
            glPixelStorei(GL_PACK_IMAGE_HEIGHT, 0);
        }
    }

    /** Errors left by earlier GL work are not this transfer's to report. */
    private static void drainErrors() {
        for (int i = 0; i < 64 && glGetError() != GL_NO_ERROR; i++) {
            // discard
        }
    }

    private int glErrors(GlResource r, String what) {
        int err = glGetError();
        if (err == GL_NO_ERROR) {
            return 0;
        }
        while (glGetError() != GL_NO_ERROR) {
            // report the first only
        }
        return refuse(r, what, String.format("GL error 0x%x", err));
    }

    private int refuse(GlResource r, String what, String why) {
        warn.accept("transfer " + what + " on resource " + r.handle() + " refused: " + why);
        return VirglException.EINVAL;
    }
}
