package org.jvirgl.wire;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.jvirgl.wire.state.ShaderSource;
import org.jvirgl.wire.state.StreamOutputInfo;

/**
 * Reassembles shader text that a guest split over several CREATE_OBJECT(SHADER) packets.
 *
 * <p>The first packet announces the total text length (offlen, bit 31 clear); continuation
 * packets carry {@code offset | 0x80000000} and must arrive in order, with the same handle,
 * for the same sub-context and stage — possibly in a later submit, which is why this state
 * lives as long as the context's decoder. Memory follows what actually arrived (buffers grow
 * with the text, not with the declared length) and is bounded: one shader's text by
 * {@link WireLimits#MAX_SHADER_TEXT_BYTES}, all pending text together by a per-decoder cap
 * ({@link #MAX_PENDING_BYTES} by default).
 */
final class ShaderAssembler {
    static final int CONTINUATION = 0x8000_0000;
    /** Upper bound on text buffered for incomplete shaders of one context. */
    static final long MAX_PENDING_BYTES = 64L << 20;

    private final Map<Long, Pending> pending = new HashMap<>();
    private final long maxPendingBytes;
    private long pendingBytes;

    ShaderAssembler(long maxPendingBytes) {
        this.maxPendingBytes = maxPendingBytes;
    }

    /** What the first packet declared, kept until the text is complete. */
    private static final class Pending {
        final int handle;
        final int stage;
        final int numTokens;
        final StreamOutputInfo streamOutput;
        final int sharedMemory;
        final int declared;
        byte[] text = new byte[0];
        int filled;

        Pending(int handle, int stage, int numTokens, StreamOutputInfo streamOutput, int sharedMemory, int declared) {
            this.handle = handle;
            this.stage = stage;
            this.numTokens = numTokens;
            this.streamOutput = streamOutput;
            this.sharedMemory = sharedMemory;
            this.declared = declared;
        }

        void ensureRoom(int more) {
            int needed = filled + more;
            if (needed > text.length) {
                int capacity = (int) Math.min(declared, Math.max(needed, 2L * text.length));
                text = java.util.Arrays.copyOf(text, capacity);
            }
        }
    }

    /** The packet being decoded; {@code textDword} is its first text dword, {@code textDwords} how many. */
    record Packet(int subContext, int handle, int stage, int offlen, int numTokens, StreamOutputInfo streamOutput,
                  int sharedMemory, int textDword, int textDwords) {
    }

    /**
     * Takes one packet. Returns the complete shader, or null when more text is expected or
     * the packet was refused (then {@code command.refusal} is set).
     */
    ShaderSource accept(DecodeContext command, Packet p) {
        long key = key(p.subContext(), p.stage());
        Pending open = pending.get(key);
        boolean continuation = (p.offlen() & CONTINUATION) != 0;
        if (open != null && !continuation) {
            drop(key);
            command.refuse("offlen", "a new " + p.stage() + "-stage shader while handle " + open.handle
                    + " still waits for continuation packets");
            return null;
        }
        return continuation ? continueShader(command, key, open, p) : startShader(command, key, p);
    }

    private ShaderSource startShader(DecodeContext command, long key, Packet p) {
        long total = Integer.toUnsignedLong(p.offlen());
        long expectedDwords = (total + 3) / 4;
        if (total > WireLimits.MAX_SHADER_TEXT_BYTES) {
            command.refuse("offlen", "shader text of " + total + " bytes exceeds " + WireLimits.MAX_SHADER_TEXT_BYTES);
            return null;
        }
        if (p.textDwords() > expectedDwords) {
            command.refuse("offlen", "packet carries " + p.textDwords() + " text dwords but the shader declares "
                    + total + " bytes");
            return null;
        }
        if (p.textDwords() == expectedDwords) {
            byte[] text = new byte[(int) expectedDwords * 4];
            MemorySegment.copy(command.segment(), command.byteOffsetOf(p.textDword()),
                    MemorySegment.ofArray(text), 0, text.length);
            return finish(command, p.stage(), p.numTokens(), p.streamOutput(), p.sharedMemory(), text);
        }
        Pending open = new Pending(p.handle(), p.stage(), p.numTokens(), p.streamOutput(), p.sharedMemory(),
                (int) expectedDwords * 4);
        if (!append(command, open, p)) {
            return null;
        }
        pending.put(key, open);
        return null;
    }

    private ShaderSource continueShader(DecodeContext command, long key, Pending open, Packet p) {
        if (open == null) {
            command.refuse("offlen", "continuation for handle " + p.handle() + " without a pending shader");
            return null;
        }
        int offset = p.offlen() & ~CONTINUATION;
        String problem = open.handle != p.handle() ? "continuation for handle " + p.handle() + " while handle "
                + open.handle + " is pending"
                : offset != open.filled ? "continuation at byte " + offset + " but " + open.filled + " were received"
                : (long) open.filled + 4L * p.textDwords() > open.declared
                        ? "continuation overflows the declared " + open.declared + " bytes" : null;
        if (problem != null) {
            drop(key);
            command.refuse("offlen", problem);
            return null;
        }
        if (!append(command, open, p)) {
            drop(key);
            return null;
        }
        if (open.filled < open.declared) {
            return null;
        }
        drop(key);
        return finish(command, open.stage, open.numTokens, open.streamOutput, open.sharedMemory, open.text);
    }

    /** Buffers the packet's text, within the pending-text budget. */
    private boolean append(DecodeContext command, Pending open, Packet p) {
        int bytes = 4 * p.textDwords();
        if (pendingBytes + bytes > maxPendingBytes) {
            command.refuse("offlen", "too much incomplete shader text buffered (" + pendingBytes + " bytes)");
            return false;
        }
        open.ensureRoom(bytes);
        MemorySegment.copy(command.segment(), command.byteOffsetOf(p.textDword()),
                MemorySegment.ofArray(open.text), open.filled, bytes);
        open.filled += bytes;
        pendingBytes += bytes;
        return true;
    }

    private static ShaderSource finish(DecodeContext command, int stage, int numTokens, StreamOutputInfo so,
                                       int sharedMemory, byte[] text) {
        // Like the reference host: the text must end with a NUL within its last dword.
        int end = -1;
        for (int i = Math.max(0, text.length - 4); i < text.length; i++) {
            if (text[i] == 0) {
                end = i;
                break;
            }
        }
        if (text.length < 4 || end < 0) {
            command.refuse("text", "shader text is not NUL-terminated in its last dword", ContextError.ILLEGAL_SHADER);
            return null;
        }
        int nul = 0;
        while (text[nul] != 0) {
            nul++;
        }
        return new ShaderSource(stage, new String(text, 0, nul, StandardCharsets.ISO_8859_1), numTokens, so, sharedMemory);
    }

    /** Forgets an incomplete shader when its object is destroyed. */
    void destroyed(int subContext, int handle) {
        for (int stage = 0; stage < WireLimits.SHADER_STAGES; stage++) {
            long key = key(subContext, stage);
            Pending open = pending.get(key);
            if (open != null && open.handle == handle) {
                drop(key);
            }
        }
    }

    /** Forgets every incomplete shader of a destroyed sub-context. */
    void subContextDestroyed(int subContext) {
        for (Iterator<Map.Entry<Long, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Pending> e = it.next();
            if (e.getKey() >>> 3 == Integer.toUnsignedLong(subContext)) {
                pendingBytes -= e.getValue().filled;
                it.remove();
            }
        }
    }

    /** Bytes currently buffered for incomplete shaders. */
    long pendingBytes() {
        return pendingBytes;
    }

    private void drop(long key) {
        Pending removed = pending.remove(key);
        if (removed != null) {
            pendingBytes -= removed.filled;
        }
    }

    private static long key(int subContext, int stage) {
        return Integer.toUnsignedLong(subContext) << 3 | stage;
    }
}
