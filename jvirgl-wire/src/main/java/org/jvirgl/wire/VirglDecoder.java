package org.jvirgl.wire;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Decodes VirGL command buffers of one context and drives a {@link VirglCommandListener}.
 *
 * <p>Reads the buffer in place (little-endian dwords), bounds-checks every command, validates
 * its length and the fields it can judge without host state, and dispatches with a switch.
 * Hot commands reuse flyweight views, so decoding them allocates nothing. The first bad
 * command — refused by the decoder or failed by the listener through {@link CommandErrors} —
 * ends the batch; {@link #decode} then returns a {@link Refusal} instead of throwing.
 *
 * <p>One instance per context: it carries state across submits (partially received shaders,
 * the current sub-context). Not thread-safe; a context's submits are serial anyway.
 */
public final class VirglDecoder {
    private static final System.Logger LOG = System.getLogger(VirglDecoder.class.getName());

    private final VirglCommandListener listener;
    private final DecodeContext command = new DecodeContext();
    private final BatchErrors errors = new BatchErrors();
    private final ObjectDecoder objects;
    private final StateDecoder state;
    private int subContext;

    public VirglDecoder(VirglCommandListener listener) {
        this(listener, ShaderAssembler.MAX_PENDING_BYTES);
    }

    /** With a custom cap on buffered incomplete shader text (tests). */
    VirglDecoder(VirglCommandListener listener, long maxPendingShaderBytes) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.objects = new ObjectDecoder(listener, maxPendingShaderBytes);
        this.state = new StateDecoder(listener);
    }

    /** The sub-context the stream last switched to (0 initially). */
    public int subContext() {
        return subContext;
    }

    /** Bytes held for shaders whose continuation packets have not all arrived yet. */
    public long pendingShaderBytes() {
        return objects.shaders().pendingBytes();
    }

    /**
     * Decodes and delivers every command of {@code buffer}.
     *
     * @param buffer the submitted command buffer; its size must be a multiple of 4
     * @return {@link DecodeResult.Decoded} or the {@link Refusal} of the first bad command
     */
    public DecodeResult decode(MemorySegment buffer) {
        errors.reset();
        listener.beginBatch(errors);
        DecodeResult result;
        try {
            result = run(buffer);
        } catch (RuntimeException bug) {
            // A listener bug must not take the host down; it poisons this batch only.
            LOG.log(System.Logger.Level.ERROR, "listener failed on " + command.commandName(), bug);
            result = new Refusal(command.dwordOffset, command.opcode, command.commandName(), "execution",
                    "listener threw " + bug, ContextError.UNKNOWN);
        }
        if (result instanceof Refusal refusal) {
            LOG.log(System.Logger.Level.DEBUG, "refused {0}", refusal);
        }
        listener.endBatch(result);
        return result;
    }

    private DecodeResult run(MemorySegment buffer) {
        long size = buffer.byteSize();
        if (size % 4 != 0) {
            return new Refusal(0, -1, "BUFFER", "size", "buffer of " + size + " bytes is not dword aligned",
                    ContextError.ILLEGAL_CMD_BUFFER);
        }
        if (size / 4 > Integer.MAX_VALUE) {
            return new Refusal(0, -1, "BUFFER", "size", "buffer of " + size + " bytes is too large",
                    ContextError.ILLEGAL_CMD_BUFFER);
        }
        int total = (int) (size / 4);
        int position = 0;
        int commands = 0;
        while (position < total) {
            command.at(buffer, position, buffer.get(CommandView.LE_INT, 4L * position));
            if (command.opcode >= VirglCcmd.MAX_COMMANDS) {
                command.refuse("opcode", "unknown opcode " + command.opcode);
                return command.refusal;
            }
            if ((long) position + 1 + command.length > total) {
                command.refuse("length", command.length + " payload dwords run past the end of the buffer ("
                        + (total - position - 1) + " left)");
                return command.refusal;
            }
            if (!dispatch()) {
                return command.refusal;
            }
            if (errors.failed()) {
                return errors.toRefusal(command);
            }
            commands++;
            position += 1 + command.length;
        }
        return new DecodeResult.Decoded(commands);
    }

    private boolean dispatch() {
        DecodeContext c = command;
        return switch (c.opcode) {
            case VirglCcmd.NOP -> {
                listener.nop(c.length);
                yield true;
            }
            case VirglCcmd.END_TRANSFERS -> {
                listener.endTransfers(c.length);
                yield true;
            }
            case VirglCcmd.CREATE_OBJECT -> objects.create(c, subContext);
            case VirglCcmd.BIND_OBJECT -> bindObject(c);
            case VirglCcmd.DESTROY_OBJECT -> destroyObject(c);
            case VirglCcmd.SET_SUB_CTX -> setSubContext(c);
            case VirglCcmd.CREATE_SUB_CTX -> {
                if (c.lengthIs(1)) {
                    listener.createSubContext(c.dword(1));
                    yield true;
                }
                yield false;
            }
            case VirglCcmd.DESTROY_SUB_CTX -> destroySubContext(c);
            case VirglCcmd.CREATE_VIDEO_CODEC, VirglCcmd.DESTROY_VIDEO_CODEC, VirglCcmd.CREATE_VIDEO_BUFFER,
                 VirglCcmd.DESTROY_VIDEO_BUFFER, VirglCcmd.BEGIN_FRAME, VirglCcmd.DECODE_MACROBLOCK,
                 VirglCcmd.DECODE_BITSTREAM, VirglCcmd.ENCODE_BITSTREAM, VirglCcmd.END_FRAME ->
                    c.refuse("opcode", "video commands are not supported", ContextError.UNSUPPORTED_FUNCTION);
            default -> state.dispatch(c);
        };
    }

    private boolean bindObject(DecodeContext c) {
        if (!c.lengthIs(1)) {
            return false;
        }
        int handle = c.dword(1);
        switch (c.objectType) {
            case VirglObjectType.BLEND -> listener.bindBlend(handle);
            case VirglObjectType.DSA -> listener.bindDepthStencilAlpha(handle);
            case VirglObjectType.RASTERIZER -> listener.bindRasterizer(handle);
            case VirglObjectType.VERTEX_ELEMENTS -> listener.bindVertexElements(handle);
            default -> {
                return c.refuse("object_type", VirglObjectType.name(c.objectType) + " objects cannot be bound");
            }
        }
        return true;
    }

    private boolean destroyObject(DecodeContext c) {
        if (!c.lengthIs(1)) {
            return false;
        }
        int handle = c.dword(1);
        objects.shaders().destroyed(subContext, handle);
        listener.destroyObject(c.objectType, handle);
        return true;
    }

    private boolean setSubContext(DecodeContext c) {
        if (!c.lengthIs(1)) {
            return false;
        }
        int id = c.dword(1);
        listener.setSubContext(id);
        if (!errors.failed()) {
            subContext = id;
        }
        return true;
    }

    private boolean destroySubContext(DecodeContext c) {
        if (!c.lengthIs(1)) {
            return false;
        }
        int id = c.dword(1);
        listener.destroySubContext(id);
        if (id != 0) {
            objects.shaders().subContextDestroyed(id);
            if (id == subContext && !errors.failed()) {
                // The reference host falls back to sub-context 0 when the current one goes away.
                subContext = 0;
            }
        }
        return true;
    }
}
