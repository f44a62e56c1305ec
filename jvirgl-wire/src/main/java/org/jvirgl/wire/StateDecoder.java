package org.jvirgl.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jvirgl.wire.format.VirglFormat;
import org.jvirgl.wire.gallium.PipeClear;
import org.jvirgl.wire.gallium.PipePrim;
import org.jvirgl.wire.gallium.PipeTexTarget;
import org.jvirgl.wire.state.BlitInfo;
import org.jvirgl.wire.state.BlitRegion;
import org.jvirgl.wire.state.ClearSurface;
import org.jvirgl.wire.state.CopyRegion;
import org.jvirgl.wire.state.LaunchGrid;
import org.jvirgl.wire.state.PipeBox;
import org.jvirgl.wire.state.PipeResourceCreate;
import org.jvirgl.wire.state.PipeResourceSetType;
import org.jvirgl.wire.state.PlaneLayout;
import org.jvirgl.wire.state.RawColor;

/**
 * Decodes every command that is neither object management nor sub-context switching: state
 * setters, draws, transfers, queries, blits. Hot commands (DRAW_VBO, SET_CONSTANT_BUFFER,
 * SET_VERTEX_BUFFERS, SET_SAMPLER_VIEWS, TRANSFER3D) go through reused flyweights.
 */
final class StateDecoder {
    private static final int BLIT_SIZE = 21;
    private static final int COPY_REGION_SIZE = 13;
    private static final int CLEAR_SIZE = 8;
    private static final int CLEAR_TEXTURE_SIZE = 12;
    private static final int CLEAR_SURFACE_SIZE = 10;
    private static final int PIPE_RESOURCE_CREATE_SIZE = 11;
    private static final int SET_TYPE_BASE = 8;
    private static final int LAUNCH_GRID_SIZE = 8;
    private static final int QBO_SIZE = 6;

    private final VirglCommandListener listener;
    private final IntSeq handles = new IntSeq();
    private final DrawInfo draw = new DrawInfo();
    private final Transfer3d transfer = new Transfer3d();
    private final CopyTransfer3d copyTransfer = new CopyTransfer3d();
    private final InlineWrite inlineWrite = new InlineWrite();
    private final ViewportStates viewports = new ViewportStates();
    private final ScissorStates scissors = new ScissorStates();
    private final VertexBuffers vertexBuffers = new VertexBuffers();
    private final BufferBindings bufferBindings = new BufferBindings();
    private final ImageBindings images = new ImageBindings();

    StateDecoder(VirglCommandListener listener) {
        this.listener = listener;
    }

    boolean dispatch(DecodeContext c) {
        return switch (c.opcode) {
            case VirglCcmd.DRAW_VBO -> drawVbo(c);
            case VirglCcmd.SET_CONSTANT_BUFFER -> setConstantBuffer(c);
            case VirglCcmd.SET_VERTEX_BUFFERS -> setVertexBuffers(c);
            case VirglCcmd.SET_SAMPLER_VIEWS -> handleList(c, WireLimits.MAX_SAMPLER_VIEWS, "sampler views");
            case VirglCcmd.BIND_SAMPLER_STATES -> handleList(c, WireLimits.MAX_SAMPLERS, "samplers");
            case VirglCcmd.TRANSFER3D -> transfer3d(c);
            case VirglCcmd.COPY_TRANSFER3D -> copyTransfer3d(c);
            case VirglCcmd.RESOURCE_INLINE_WRITE -> inlineWrite(c);
            case VirglCcmd.SET_VIEWPORT_STATE -> setViewports(c);
            case VirglCcmd.SET_SCISSOR_STATE -> setScissors(c);
            case VirglCcmd.SET_FRAMEBUFFER_STATE -> setFramebuffer(c);
            case VirglCcmd.SET_FRAMEBUFFER_STATE_NO_ATTACH -> one(c, 2, () -> listener.setFramebufferStateNoAttach(
                    c.dword(1) & 0xffff, c.dword(1) >>> 16, c.dword(2) & 0xffff, c.dword(2) >>> 16));
            case VirglCcmd.CLEAR -> clear(c);
            case VirglCcmd.CLEAR_TEXTURE -> clearTexture(c);
            case VirglCcmd.CLEAR_SURFACE -> clearSurface(c);
            case VirglCcmd.SET_INDEX_BUFFER -> setIndexBuffer(c);
            case VirglCcmd.SET_STENCIL_REF -> one(c, 1, () -> listener.setStencilRef(c.dword(1) & 0xff,
                    (c.dword(1) >>> 8) & 0xff));
            case VirglCcmd.SET_BLEND_COLOR -> one(c, 4, () -> listener.setBlendColor(c.floatAt(1), c.floatAt(2),
                    c.floatAt(3), c.floatAt(4)));
            case VirglCcmd.BLIT -> blit(c);
            case VirglCcmd.RESOURCE_COPY_REGION -> one(c, COPY_REGION_SIZE, () -> listener.resourceCopyRegion(
                    new CopyRegion(c.dword(1), c.dword(2), c.dword(3), c.dword(4), c.dword(5), c.dword(6), c.dword(7),
                            box(c, 8))));
            case VirglCcmd.BEGIN_QUERY -> one(c, 1, () -> listener.beginQuery(c.dword(1)));
            case VirglCcmd.END_QUERY -> one(c, 1, () -> listener.endQuery(c.dword(1)));
            case VirglCcmd.GET_QUERY_RESULT -> one(c, 2, () -> listener.getQueryResult(c.dword(1), c.dword(2) != 0));
            case VirglCcmd.GET_QUERY_RESULT_QBO -> one(c, QBO_SIZE, () -> listener.getQueryResultQbo(c.dword(1),
                    c.dword(2), c.dword(3) != 0, c.dword(4), c.dword(5), c.dword(6)));
            case VirglCcmd.SET_POLYGON_STIPPLE -> one(c, 32, () -> listener.setPolygonStipple(payload(c, 1, 32)));
            case VirglCcmd.SET_CLIP_STATE -> one(c, 32, () -> listener.setClipState(payload(c, 1, 32)));
            case VirglCcmd.SET_SAMPLE_MASK -> one(c, 1, () -> listener.setSampleMask(c.dword(1)));
            case VirglCcmd.SET_MIN_SAMPLES -> one(c, 1, () -> listener.setMinSamples(c.dword(1)));
            case VirglCcmd.SET_STREAMOUT_TARGETS -> setStreamoutTargets(c);
            case VirglCcmd.SET_RENDER_CONDITION -> setRenderCondition(c);
            case VirglCcmd.SET_UNIFORM_BUFFER -> setUniformBuffer(c);
            case VirglCcmd.BIND_SHADER -> c.lengthIs(2) && c.stageAt(2) && run(() -> listener.bindShader(c.dword(1), c.dword(2)));
            case VirglCcmd.SET_TESS_STATE -> one(c, 6, () -> listener.setTessState(c.floatAt(1), c.floatAt(2),
                    c.floatAt(3), c.floatAt(4), c.floatAt(5), c.floatAt(6)));
            case VirglCcmd.SET_SHADER_BUFFERS -> setShaderBuffers(c);
            case VirglCcmd.SET_SHADER_IMAGES -> setShaderImages(c);
            case VirglCcmd.SET_ATOMIC_BUFFERS -> setAtomicBuffers(c);
            case VirglCcmd.MEMORY_BARRIER -> one(c, 1, () -> listener.memoryBarrier(c.dword(1)));
            case VirglCcmd.TEXTURE_BARRIER -> one(c, 1, () -> listener.textureBarrier(c.dword(1)));
            case VirglCcmd.LAUNCH_GRID -> one(c, LAUNCH_GRID_SIZE, () -> listener.launchGrid(new LaunchGrid(c.dword(1),
                    c.dword(2), c.dword(3), c.dword(4), c.dword(5), c.dword(6), c.dword(7), c.dword(8))));
            case VirglCcmd.SET_DEBUG_FLAGS -> c.lengthAtLeast(2)
                    && run(() -> listener.setDebugFlags(text(c, 1, 4 * c.length)));
            case VirglCcmd.SET_TWEAKS -> c.lengthAtLeast(2) && run(() -> listener.setTweaks(c.dword(1), c.dword(2)));
            case VirglCcmd.PIPE_RESOURCE_CREATE -> pipeResourceCreate(c);
            case VirglCcmd.PIPE_RESOURCE_SET_TYPE -> pipeResourceSetType(c);
            case VirglCcmd.GET_MEMORY_INFO -> one(c, 1, () -> listener.getMemoryInfo(c.dword(1)));
            case VirglCcmd.SEND_STRING_MARKER -> stringMarker(c);
            case VirglCcmd.LINK_SHADER -> one(c, 6, () -> listener.linkShader(c.dword(1), c.dword(2), c.dword(3),
                    c.dword(4), c.dword(5), c.dword(6)));
            case VirglCcmd.GET_PIPE_RESOURCE_LAYOUT -> one(c, 2, () -> listener.getPipeResourceLayout(c.dword(1),
                    c.dword(2)));
            default -> c.refuse("opcode", "opcode " + c.opcode + " is not handled here");
        };
    }

    /** Runs {@code call} when the command has exactly {@code length} payload dwords. */
    private static boolean one(DecodeContext c, int length, Runnable call) {
        return c.lengthIs(length) && run(call);
    }

    private static boolean run(Runnable call) {
        call.run();
        return true;
    }

    private IntSeq payload(DecodeContext c, int firstDword, int count) {
        return handles.wrap(c.segment(), c.byteOffsetOf(firstDword), count);
    }

    private static PipeBox box(DecodeContext c, int firstDword) {
        return new PipeBox(c.dword(firstDword), c.dword(firstDword + 1), c.dword(firstDword + 2),
                c.dword(firstDword + 3), c.dword(firstDword + 4), c.dword(firstDword + 5));
    }

    /** Bytes of payload dwords from {@code firstDword}, cut at the first NUL. */
    private static String text(DecodeContext c, int firstDword, int maxBytes) {
        byte[] bytes = new byte[maxBytes];
        java.lang.foreign.MemorySegment.copy(c.segment(), c.byteOffsetOf(firstDword),
                java.lang.foreign.MemorySegment.ofArray(bytes), 0, maxBytes);
        int end = 0;
        while (end < maxBytes && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private boolean drawVbo(DecodeContext c) {
        if (c.length != DrawInfo.SIZE && c.length != DrawInfo.SIZE_TESS && c.length != DrawInfo.SIZE_INDIRECT) {
            return c.refuse("length", "DRAW_VBO takes 12, 14 or 20 payload dwords, got " + c.length);
        }
        int mode = c.dword(3);
        if (Integer.compareUnsigned(mode, PipePrim.COUNT) >= 0) {
            return c.refuse("mode", "primitive " + Integer.toUnsignedString(mode));
        }
        listener.drawVbo(c.wrap(draw));
        return true;
    }

    private boolean setConstantBuffer(DecodeContext c) {
        if (!c.lengthAtLeast(2) || !c.stageAt(1)) {
            return false;
        }
        listener.setConstantBuffer(c.dword(1), c.dword(2), payload(c, 3, c.length - 2));
        return true;
    }

    private boolean setVertexBuffers(DecodeContext c) {
        if (c.length % 3 != 0) {
            return c.refuse("length", "vertex buffers need 3n payload dwords, got " + c.length);
        }
        if (c.length / 3 > WireLimits.MAX_VERTEX_BUFFERS) {
            return c.refuse("count", c.length / 3 + " vertex buffers exceed " + WireLimits.MAX_VERTEX_BUFFERS);
        }
        listener.setVertexBuffers(c.wrap(vertexBuffers));
        return true;
    }

    /** SET_SAMPLER_VIEWS and BIND_SAMPLER_STATES: stage, start slot, handles. */
    private boolean handleList(DecodeContext c, int max, String what) {
        if (!c.lengthAtLeast(2) || !c.stageAt(1)) {
            return false;
        }
        int count = c.length - 2;
        if (!c.slotsWithin(what, c.dword(2), count, max)) {
            return false;
        }
        IntSeq list = payload(c, 3, count);
        if (c.opcode == VirglCcmd.SET_SAMPLER_VIEWS) {
            listener.setSamplerViews(c.dword(1), c.dword(2), list);
        } else {
            listener.bindSamplerStates(c.dword(1), c.dword(2), list);
        }
        return true;
    }

    /** Checks what the transfer commands share: a box with a non-negative origin and extent. */
    private static boolean transferBoxSane(DecodeContext c) {
        for (int i = 6; i <= 11; i++) {
            if (c.dword(i) < 0) {
                return c.refuse("box", "negative box field " + c.dword(i) + " at payload dword " + i,
                        ContextError.TRANSFER_IOV_BOUNDS);
            }
        }
        for (int i = 6; i <= 8; i++) {
            if ((long) c.dword(i) + c.dword(i + 3) > Integer.MAX_VALUE) {
                return c.refuse("box", "box origin + extent overflows", ContextError.TRANSFER_IOV_BOUNDS);
            }
        }
        return true;
    }

    private boolean transfer3d(DecodeContext c) {
        if (!c.lengthAtLeast(Transfer3d.SIZE) || !transferBoxSane(c)) {
            return false;
        }
        int direction = c.dword(13);
        if (direction != Transfer3d.TO_HOST && direction != Transfer3d.FROM_HOST) {
            return c.refuse("direction", "transfer direction " + direction + " is neither TO_HOST nor FROM_HOST");
        }
        listener.transfer3d(c.wrap(transfer));
        return true;
    }

    private boolean copyTransfer3d(DecodeContext c) {
        if (!c.lengthIs(CopyTransfer3d.SIZE) || !transferBoxSane(c)) {
            return false;
        }
        listener.copyTransfer3d(c.wrap(copyTransfer));
        return true;
    }

    private boolean inlineWrite(DecodeContext c) {
        if (!c.lengthAtLeast(InlineWrite.MIN_SIZE) || !transferBoxSane(c)) {
            return false;
        }
        listener.resourceInlineWrite(c.wrap(inlineWrite));
        return true;
    }

    private boolean setViewports(DecodeContext c) {
        if (!c.lengthAtLeast(1)) {
            return false;
        }
        if ((c.length - 1) % 6 != 0) {
            return c.refuse("length", "viewports need 1 + 6n payload dwords, got " + c.length);
        }
        if (!c.slotsWithin("viewports", c.dword(1), (c.length - 1) / 6, WireLimits.MAX_VIEWPORTS)) {
            return false;
        }
        listener.setViewportStates(c.wrap(viewports));
        return true;
    }

    private boolean setScissors(DecodeContext c) {
        if (!c.lengthAtLeast(1)) {
            return false;
        }
        if ((c.length - 1) % 2 != 0) {
            return c.refuse("length", "scissors need 1 + 2n payload dwords, got " + c.length);
        }
        if (!c.slotsWithin("scissors", c.dword(1), (c.length - 1) / 2, WireLimits.MAX_VIEWPORTS)) {
            return false;
        }
        listener.setScissorStates(c.wrap(scissors));
        return true;
    }

    private boolean setFramebuffer(DecodeContext c) {
        if (!c.lengthAtLeast(2)) {
            return false;
        }
        int cbufs = c.dword(1);
        if (Integer.compareUnsigned(cbufs, WireLimits.MAX_COLOR_BUFS) > 0) {
            return c.refuse("nr_cbufs", Integer.toUnsignedString(cbufs) + " colour buffers exceed "
                    + WireLimits.MAX_COLOR_BUFS);
        }
        if (c.length != 2 + cbufs) {
            return c.refuse("length", "expected " + (2 + cbufs) + " payload dwords for " + cbufs
                    + " colour buffers, got " + c.length);
        }
        listener.setFramebufferState(c.dword(2), payload(c, 3, cbufs));
        return true;
    }

    private boolean clear(DecodeContext c) {
        if (!c.lengthIs(CLEAR_SIZE)) {
            return false;
        }
        int buffers = c.dword(1);
        if ((buffers & ~(PipeClear.DEPTHSTENCIL | PipeClear.COLOR)) != 0) {
            return c.refuse("buffers", "unknown clear bits 0x" + Integer.toHexString(buffers));
        }
        long depthBits = Integer.toUnsignedLong(c.dword(6)) | (long) c.dword(7) << 32;
        listener.clear(buffers, new RawColor(c.dword(2), c.dword(3), c.dword(4), c.dword(5)),
                Double.longBitsToDouble(depthBits), c.dword(8));
        return true;
    }

    private boolean clearTexture(DecodeContext c) {
        if (!c.lengthIs(CLEAR_TEXTURE_SIZE)) {
            return false;
        }
        listener.clearTexture(c.dword(1), c.dword(2), box(c, 3), new RawColor(c.dword(9), c.dword(10), c.dword(11),
                c.dword(12)));
        return true;
    }

    private boolean clearSurface(DecodeContext c) {
        if (!c.lengthIs(CLEAR_SURFACE_SIZE)) {
            return false;
        }
        int s0 = c.dword(1);
        listener.clearSurface(new ClearSurface((s0 & 1) != 0, (s0 >>> 1) & 7, c.dword(2),
                new RawColor(c.dword(3), c.dword(4), c.dword(5), c.dword(6)), c.dword(7), c.dword(8), c.dword(9),
                c.dword(10)));
        return true;
    }

    private boolean setIndexBuffer(DecodeContext c) {
        if (c.length == 1) {
            listener.setIndexBuffer(c.dword(1), 0, 0);
            return true;
        }
        if (c.length != 3) {
            return c.refuse("length", "SET_INDEX_BUFFER takes 1 or 3 payload dwords, got " + c.length);
        }
        int indexSize = c.dword(2);
        if (indexSize != 1 && indexSize != 2 && indexSize != 4) {
            return c.refuse("index_size", "index size " + indexSize + " is not 1, 2 or 4 bytes");
        }
        listener.setIndexBuffer(c.dword(1), indexSize, c.dword(3));
        return true;
    }

    private boolean blit(DecodeContext c) {
        if (!c.lengthIs(BLIT_SIZE)) {
            return false;
        }
        BlitRegion dst = new BlitRegion(c.dword(4), c.dword(5), c.dword(6), box(c, 7));
        BlitRegion src = new BlitRegion(c.dword(13), c.dword(14), c.dword(15), box(c, 16));
        if (!VirglFormat.isValid(dst.format()) || !VirglFormat.isValid(src.format())) {
            return c.refuse("format", "blit formats " + dst.format() + " <- " + src.format(),
                    ContextError.ILLEGAL_FORMAT);
        }
        int s0 = c.dword(1);
        int min = c.dword(2);
        int max = c.dword(3);
        listener.blit(new BlitInfo(s0 & 0xff, (s0 >>> 8) & 3, (s0 >>> 10 & 1) != 0, (s0 >>> 11 & 1) != 0,
                (s0 >>> 12 & 1) != 0, min & 0xffff, min >>> 16, max & 0xffff, max >>> 16, dst, src));
        return true;
    }

    private boolean setStreamoutTargets(DecodeContext c) {
        if (!c.lengthAtLeast(1)) {
            return false;
        }
        int count = c.length - 1;
        if (count > WireLimits.MAX_SO_TARGETS) {
            return c.refuse("count", count + " streamout targets exceed " + WireLimits.MAX_SO_TARGETS);
        }
        listener.setStreamoutTargets(c.dword(1), payload(c, 2, count));
        return true;
    }

    private boolean setRenderCondition(DecodeContext c) {
        if (!c.lengthIs(3)) {
            return false;
        }
        int mode = c.dword(3);
        if (Integer.compareUnsigned(mode, 3) > 0) {
            return c.refuse("mode", "render condition mode " + Integer.toUnsignedString(mode));
        }
        listener.setRenderCondition(c.dword(1), (c.dword(2) & 1) != 0, mode);
        return true;
    }

    private boolean setUniformBuffer(DecodeContext c) {
        if (!c.lengthIs(5) || !c.stageAt(1)) {
            return false;
        }
        int index = c.dword(2);
        if (Integer.compareUnsigned(index, WireLimits.MAX_CONSTANT_BUFFERS) >= 0) {
            return c.refuse("index", "uniform buffer index " + Integer.toUnsignedString(index) + " exceeds "
                    + (WireLimits.MAX_CONSTANT_BUFFERS - 1));
        }
        listener.setUniformBuffer(c.dword(1), index, c.dword(3), c.dword(4), c.dword(5));
        return true;
    }

    private boolean setShaderBuffers(DecodeContext c) {
        if (!c.lengthAtLeast(2) || !c.stageAt(1)) {
            return false;
        }
        if ((c.length - 2) % 3 != 0) {
            return c.refuse("length", "shader buffers need 2 + 3n payload dwords, got " + c.length);
        }
        int count = (c.length - 2) / 3;
        if (count == 0) {
            return true;
        }
        if (!c.slotsWithin("shader buffers", c.dword(2), count, WireLimits.MAX_SHADER_BUFFERS)) {
            return false;
        }
        listener.setShaderBuffers(c.dword(1), c.wrap(bufferBindings).at(2));
        return true;
    }

    private boolean setAtomicBuffers(DecodeContext c) {
        if (!c.lengthAtLeast(2)) {
            return false;
        }
        if ((c.length - 1) % 3 != 0) {
            return c.refuse("length", "atomic buffers need 1 + 3n payload dwords, got " + c.length);
        }
        int count = (c.length - 1) / 3;
        if (!c.slotsWithin("atomic buffers", c.dword(1), count, WireLimits.MAX_ATOMIC_BUFFERS)) {
            return false;
        }
        listener.setAtomicBuffers(c.wrap(bufferBindings).at(1));
        return true;
    }

    private boolean setShaderImages(DecodeContext c) {
        if (!c.lengthAtLeast(2) || !c.stageAt(1)) {
            return false;
        }
        if ((c.length - 2) % 5 != 0) {
            return c.refuse("length", "shader images need 2 + 5n payload dwords, got " + c.length);
        }
        int count = (c.length - 2) / 5;
        if (count == 0) {
            return true;
        }
        if (!c.slotsWithin("shader images", c.dword(2), count, WireLimits.MAX_SHADER_IMAGES)) {
            return false;
        }
        ImageBindings view = c.wrap(images);
        for (int i = 0; i < count; i++) {
            if (!VirglFormat.isValid(view.format(i))) {
                return c.refuse("format", "image " + i + " has format " + view.format(i), ContextError.ILLEGAL_FORMAT);
            }
        }
        listener.setShaderImages(c.dword(1), view);
        return true;
    }

    private boolean pipeResourceCreate(DecodeContext c) {
        if (!c.lengthIs(PIPE_RESOURCE_CREATE_SIZE)) {
            return false;
        }
        PipeResourceCreate create = new PipeResourceCreate(c.dword(1), c.dword(2), c.dword(3), c.dword(4),
                c.dword(5), c.dword(6), c.dword(7), c.dword(8), c.dword(9), c.dword(10), c.dword(11));
        if (Integer.compareUnsigned(create.target(), PipeTexTarget.COUNT) >= 0) {
            return c.refuse("target", "texture target " + Integer.toUnsignedString(create.target()));
        }
        if (!VirglFormat.isValid(create.format())) {
            return c.refuse("format", "format " + create.format(), ContextError.ILLEGAL_FORMAT);
        }
        listener.pipeResourceCreate(create);
        return true;
    }

    private boolean pipeResourceSetType(DecodeContext c) {
        if (!c.lengthAtLeast(SET_TYPE_BASE)) {
            return false;
        }
        int planes = (c.length - SET_TYPE_BASE) / 2;
        if ((c.length - SET_TYPE_BASE) % 2 != 0 || planes < 1 || planes > WireLimits.MAX_PLANES) {
            return c.refuse("length", "PIPE_RESOURCE_SET_TYPE needs 8 + 2n payload dwords with n in 1..4, got "
                    + c.length);
        }
        List<PlaneLayout> layouts = new ArrayList<>(planes);
        for (int i = 0; i < planes; i++) {
            layouts.add(new PlaneLayout(c.dword(9 + 2 * i), c.dword(10 + 2 * i)));
        }
        long modifier = Integer.toUnsignedLong(c.dword(7)) | (long) c.dword(8) << 32;
        listener.pipeResourceSetType(new PipeResourceSetType(c.dword(1), c.dword(2), c.dword(3), c.dword(4),
                c.dword(5), c.dword(6), modifier, layouts));
        return true;
    }

    private boolean stringMarker(DecodeContext c) {
        if (!c.lengthAtLeast(2)) {
            return false;
        }
        int bytes = c.dword(1);
        if (Integer.compareUnsigned(bytes, 4 * (c.length - 1)) > 0) {
            return c.refuse("string_size", Integer.toUnsignedString(bytes) + " bytes do not fit in "
                    + (c.length - 1) + " dwords");
        }
        listener.sendStringMarker(text(c, 2, bytes));
        return true;
    }
}
